/**
 * Reading the chase log (table Chases). On its own: 1 sync to find it, 1 to measure, then 1 sync (or
 * chunks) to read. With the register (`readRegisterAndLog`): the log rides in the register's own syncs.
 */
import { CHASE_TABLE_NAME } from "../register/template";
import type { ExcelRegisterSource } from "./types";
import { Measured, ReadOptions, ReadReport, queueMeasure, readBlocks } from "./blockReader";
import { RegisterTarget, readRegisterBlocks, toSource, isEmptyBlock, RegisterLocation } from "./readRegister";
import type { StoredSettings } from "./settingsStore";
import { withHolidays } from "./holidays";

export interface ChaseLogData {
  /** Header row first; an empty log is just the header (Excel's blank first row is dropped). */
  values: unknown[][];
  /** 1-based sheet row of the header. */
  firstRow: number;
  sheet: string;
}

function toLog(measured: Measured, values: unknown[][]): ChaseLogData {
  const rows = values.filter((row, i) => i === 0 || row.some((v) => v !== "" && v !== null));
  return { values: rows, firstRow: measured.block.rowIndex + 1, sheet: measured.block.sheet };
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

/**
 * `settings`: the saved settings, read in the register's own syncs (always from a sync that succeeded),
 * their holidays joined with the dates of the workbook's `Holidays` range (union). Do not save these
 * settings back as they are: the range's dates would be copied into the saved list. `savedSettings`:
 * the settings exactly as saved (for a settings form that saves them again).
 */
export type ReadRegisterAndLogResult =
  | {
      ok: true;
      source: ExcelRegisterSource;
      location: RegisterLocation;
      log: ChaseLogData | null;
      settings: StoredSettings;
      savedSettings: StoredSettings;
      report: ReadReport;
    }
  | {
      ok: false;
      reason: "notFound" | "empty";
      log: ChaseLogData | null;
      settings: StoredSettings;
      savedSettings: StoredSettings;
      report: ReadReport;
    };

/**
 * Register, chase log and saved settings together, in the register's own syncs: ONE sync on desktop when
 * the register is a table known by name and both fit 100,000 rows (see readRegister.ts for the other
 * counts). Callers must not queue their own settings load before this: when the first sync fails (no
 * "Register" table) and falls back, Office.js does not fill loads queued in that failed request.
 */
export async function readRegisterAndLog(
  context: Excel.RequestContext,
  target: RegisterTarget = {},
  options: ReadOptions = {},
): Promise<ReadRegisterAndLogResult> {
  const { register, log: logBlock, stored, workbookHolidays, report } = await readRegisterBlocks(context, target, options, true);
  const merged = withHolidays(stored.settings, workbookHolidays);
  const settings: StoredSettings = merged === stored.settings ? stored : { ...stored, settings: merged };
  const log = logBlock ? toLog(logBlock.measured, logBlock.data.values) : null;
  if (!register) return { ok: false, reason: "notFound", log, settings, savedSettings: stored, report };
  if (isEmptyBlock(register.data.values)) return { ok: false, reason: "empty", log, settings, savedSettings: stored, report };
  return {
    ok: true,
    source: toSource(register.found, register.data.values, register.data.numberFormats),
    location: register.found.location,
    log,
    settings,
    savedSettings: stored,
    report,
  };
}
