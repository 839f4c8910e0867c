/**
 * Reading the pipeline's sources (src/pipeline/sources.ts) through Office.js: the register and the
 * chase log ride in the same syncs (readRegister.ts counts them), with the saved settings record, the
 * `Holidays` cells, the date system and the locale's date order. The functions read the settings part alone.
 */
import { CHASE_TABLE_NAME } from "../register/template";
import { registerOnlySources, type SourceBlock, type WorkbookSources } from "../pipeline/sources";
import type { Measured, ReadOptions, ReadReport } from "./blockReader";
import { readRegisterBlocks, toSource, type RegisterLocation, type RegisterTarget } from "./readRegister";
import { queueLoadRecord } from "./settingsStore";
import { queueHolidays } from "./holidays";
import { queueDateSettingsProbe } from "./dateSystem";
import { readContinuations } from "./readContinuations";
import { headerRowOf } from "../workbook/registerLocation";

/** The Chases table as a block (blank rows kept: parseChaseLog skips them, and every row keeps its sheet row). */
function logBlock(measured: Measured, values: unknown[][]): SourceBlock {
  const { block } = measured;
  return { values, firstRow: block.rowIndex + 1, firstColumn: block.columnIndex, sheet: block.sheet, tableName: CHASE_TABLE_NAME };
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
 * other counts; without any register, one more sync brings the date system and Holidays). Callers must not queue their own settings load before this: when the first sync fails
 * (no "Register" table) and falls back, Office.js does not fill loads queued in that failed request.
 */
export async function readSources(
  context: Excel.RequestContext,
  target: RegisterTarget = {},
  options: ReadOptions & { /** false: the register's own sheet only (Set up's preview). */ continuations?: boolean } = {},
): Promise<SourcesRead> {
  const { register, log, saved, holidays, sheets, dates: probed, report } = await readRegisterBlocks(context, target, options);
  const source = register ? toSource(register.found, register.data.values, register.data.numberFormats) : null;
  const dates = register?.found.dates ?? probed ?? { dateSystem: "1900" as const, dateOrder: null };
  // Monthly tabs: other sheets with the register's header (src/workbook/registerContinuations.ts).
  const mapping = saved.stored.mapping;
  const header = source && source.tableName === null ? source.values[headerRowOf(source.values, false, mapping)] : undefined;
  const more =
    source && header && options.continuations !== false
      ? await readContinuations(context, { sheet: source.sheet, header }, sheets, mapping, options)
      : null;
  if (more) report.syncs += more.syncs;
  return {
    sources: {
      register: source,
      otherSheets: more?.blocks ?? [],
      chaseLog: log ? logBlock(log.measured, log.data.values) : null,
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
  return registerOnlySources(null, {
    settingsRecord: settings.read().raw,
    holidays: holidays.read(),
    dateSystem,
    localeDateOrder: dateOrder,
  });
}
