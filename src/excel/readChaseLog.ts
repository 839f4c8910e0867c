/**
 * Reading the chase log (table Chases). On its own: 1 sync to measure, then 1 sync (or chunks) to read.
 * With the register (`readRegisterAndLog`): the log is measured and read in the register's own syncs.
 */
import { CHASE_TABLE_NAME } from "../register/template";
import type { ExcelRegisterSource } from "./types";
import { Measured, ReadOptions, ReadReport, queueMeasure, readBlocks } from "./blockReader";
import { RegisterTarget, locateAndMeasure, toSource, RegisterLocation } from "./readRegister";

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
export async function readChaseLog(context: Excel.RequestContext, options: ReadOptions = {}): Promise<{ log: ChaseLogData | null; report: ReadReport }> {
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

export type ReadRegisterAndLogResult =
  | { ok: true; source: ExcelRegisterSource; location: RegisterLocation; log: ChaseLogData | null; report: ReadReport }
  | { ok: false; reason: "notFound" | "empty"; log: ChaseLogData | null; report: ReadReport };

/** Register and chase log together: 3 syncs when both fit one read (see readRegister.ts). */
export async function readRegisterAndLog(context: Excel.RequestContext, target: RegisterTarget = {}, options: ReadOptions = {}): Promise<ReadRegisterAndLogResult> {
  const withFormats = options.numberFormats ?? true;
  let logMeasure: { read(): Measured } | null = null;
  const located = await locateAndMeasure(context, target, withFormats, (tables) => {
    const name = tables.find((n) => n.toLowerCase() === CHASE_TABLE_NAME.toLowerCase());
    if (name) logMeasure = queueMeasure(context.workbook.tables.getItem(name).getRange(), withFormats);
  });
  const logMeasured = logMeasure ? (logMeasure as { read(): Measured }).read() : null;
  const blocks: Measured[] = [];
  if (located.register) blocks.push(located.register.measured);
  if (logMeasured) blocks.push(logMeasured);
  const { data, report } = await readBlocks(context, blocks, options);
  report.syncs += located.syncs;
  const log = logMeasured ? toLog(logMeasured, data[blocks.length - 1].values) : null;
  if (!located.register) return { ok: false, reason: "notFound", log, report };
  const register = data[0];
  if (register.values.every((row) => row.every((v) => v === "" || v === null))) return { ok: false, reason: "empty", log, report };
  return { ok: true, source: toSource(located.register, register.values, register.numberFormats), location: located.register.location, log, report };
}
