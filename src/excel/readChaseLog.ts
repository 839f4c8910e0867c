/**
 * Reading the workbook's sources for the pipeline. The chase log (table Chases) on its own: 1 sync to
 * find it, 1 to measure, then 1 sync (or chunks) to read. With the register (`readSources`): the log
 * rides in the register's own syncs.
 */
import { CHASE_TABLE_NAME } from "../register/template";
import type { WorkbookSources } from "../pipeline/sources";
import { Measured, ReadOptions, ReadReport, queueMeasure, readBlocks } from "./blockReader";
import { RegisterTarget, readRegisterBlocks, toSource, RegisterLocation } from "./readRegister";
import { queueLoadRecord } from "./settingsStore";
import { queueHolidays } from "./holidays";
import { queueDateSettingsProbe } from "./dateSystem";

export interface ChaseLogData {
  /** Header row first; an empty log is just the header (Excel's blank first row is dropped). */
  values: unknown[][];
  /** 1-based sheet row of the header. */
  firstRow: number;
  firstColumn: number;
  sheet: string;
  tableName: string;
}

function toLog(measured: Measured, values: unknown[][]): ChaseLogData {
  // Blank rows are kept (parseChaseLog skips them) so every row keeps its sheet row number.
  const { block } = measured;
  return { values, firstRow: block.rowIndex + 1, firstColumn: block.columnIndex, sheet: block.sheet, tableName: CHASE_TABLE_NAME };
}

/** The chase log, or null when the workbook has none. */
export async function readChaseLog(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<{ log: ChaseLogData | null; report: ReadReport }> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const name = tables.items.map((t) => t.name).find((n) => n.toLowerCase() === CHASE_TABLE_NAME.toLowerCase());
  if (!name) return { log: null, report: { syncs: 1, bytes: 0 } };
  const measure = queueMeasure(context.workbook.tables.getItem(name).getRange(), false);
  await context.sync();
  const measured = measure.read();
  const { data, report } = await readBlocks(context, [measured], { ...options, numberFormats: false });
  report.syncs += 2;
  return { log: toLog(measured, data[0].values), report };
}

/** Everything the pipeline reads from the workbook, and where the register was found. */
export interface SourcesRead {
  sources: WorkbookSources;
  /** null when the workbook has no register the buyer picked, saved or named "Register". */
  location: RegisterLocation | null;
  report: ReadReport;
}

/**
 * The pipeline's sources (src/pipeline/sources.ts): register, chase log, saved settings record, the
 * `Holidays` cells, date system and locale date order, in the register's own syncs: ONE sync on desktop
 * when the register is a table known by name and both fit 100,000 rows (see readRegister.ts for the
 * other counts). Callers must not queue their own settings load before this: when the first sync fails
 * (no "Register" table) and falls back, Office.js does not fill loads queued in that failed request.
 */
export async function readSources(
  context: Excel.RequestContext,
  target: RegisterTarget = {},
  options: ReadOptions = {},
): Promise<SourcesRead> {
  const { register, log, saved, holidays, dates: probed, report } = await readRegisterBlocks(context, target, options, true);
  const source = register ? toSource(register.found, register.data.values, register.data.numberFormats) : null;
  const dates = register?.found.dates ?? probed ?? { dateSystem: "1900" as const, dateOrder: null };
  return {
    sources: {
      register: source,
      chaseLog: log ? toLog(log.measured, log.data.values) : null,
      settingsRecord: saved.raw,
      holidays,
      dateSystem: dates.dateSystem,
      localeDateOrder: dates.dateOrder,
      history: [],
    },
    location: register?.found.location ?? null,
    report,
  };
}

/**
 * What the custom functions need: the saved settings record, the `Holidays` cells and the date system,
 * in ONE sync (no register is read).
 */
export async function readSettingsSources(context: Excel.RequestContext): Promise<WorkbookSources> {
  const settings = queueLoadRecord(context);
  const holidays = queueHolidays(context);
  const dates = queueDateSettingsProbe(context);
  await context.sync();
  const { dateSystem, dateOrder } = dates.read();
  return {
    register: null,
    chaseLog: null,
    settingsRecord: settings.read().raw,
    holidays: holidays.read(),
    dateSystem,
    localeDateOrder: dateOrder,
    history: [],
  };
}
