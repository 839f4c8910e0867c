/**
 * Reading the register: header + values + number formats.
 *
 * Round trips (counted by test/excel/readRegister.test.ts):
 * - Fast path, when the register is a table known by name (the table the buyer picked, else "Register"):
 *   ONE sync carries the table's sheet, address and values (+ formats), the date system, the date order
 *   and the saved settings. On desktop that is the whole read for up to 100,000 rows; rows beyond the
 *   cap follow in ⌈rest / 100,000⌉ more syncs. Under a payload budget (Excel on the web: 4 MB of the
 *   5 MB limit) the size must be known first, so that sync measures (size + 50 sample rows) and the rows
 *   follow in ⌈bytes / budget⌉ chunks.
 * - Locate path, when the fast path cannot answer: the table is missing (the sync fails with
 *   ItemNotFound and costs 1), the saved settings name another table or a sheet (the sync's data is set
 *   aside), or the buyer picked a sheet. 1 sync for names and settings, then a table is read as above
 *   (1 sync on desktop) and a sheet's used range is measured (1) and read (1). A picked sheet that holds
 *   its own table reads that table instead, at the same count.
 * So on desktop: 1 (a picked table, or "Register" when the settings name no other); 3 (a table saved in
 * the settings: the attempt at "Register", names, the table; or a picked sheet: names, measure, read);
 * 4 (a picked table that is gone, falling back to a picked sheet: the failed attempt + 3).
 */
import { CHASE_TABLE_NAME, REGISTER_TABLE_NAME } from "../register/template";
import type { ExcelRegisterSource } from "./types";
import { queueDateSettingsProbe } from "./dateSystem";
import { BlockData, ReadOptions, ReadReport, Measured } from "./blockReader";
import { RegisterLocation, RegisterTarget, chooseRegister, queueInventory, registerRange } from "./locateRegister";
import { queueLoadRecord, type SavedRecord, type StoredSettings } from "./settingsStore";
import { queueHolidays } from "./holidays";
import { sameName } from "../workbook/names";
import { isOwnTable } from "../workbook/registerLocation";
import { MAX_ROWS_PER_SYNC, defaultPayloadBudget } from "./platform";
import { TableSnapshot, isNotThereError, queueTableHead, queueTableMeasure, readRemainders } from "./tableRead";

export type { RegisterTarget, RegisterLocation } from "./locateRegister";
export type { ReadOptions } from "./blockReader";

export interface MeasuredRegister {
  location: RegisterLocation;
  measured: Measured;
  dates: Pick<ExcelRegisterSource, "dateSystem" | "dateOrder">;
}

const same = sameName;

/** How the first sync treats a table: read it (no budget) or only measure it (a payload budget, or asked to). */
function snapshotPlan(options: ReadOptions, measureOnly = false) {
  const withFormats = options.numberFormats ?? false;
  const maxRows = options.maxRowsPerSync ?? MAX_ROWS_PER_SYNC;
  // Under a budget the size must be known before the values are asked for. Reading optimistically and
  // chunking on ResponsePayloadSizeLimitExceeded would save one sync for small registers, but Excel only
  // knows the size once it has read the cells, so a large register would pay a full, refused read first.
  const measureFirst = measureOnly || Number.isFinite(options.payloadBudget ?? defaultPayloadBudget());
  return {
    withFormats,
    /** The chase log's head skips formats: nobody reads them. */
    queue: (range: Excel.Range, formats: boolean): { read(): TableSnapshot } =>
      measureFirst ? queueTableMeasure(range, withFormats) : queueTableHead(range, formats && withFormats, maxRows),
  };
}

/** The register (and the chase log when asked for) as blocks of cells, and the round trips spent. */
export interface RegisterBlocks {
  register: { found: MeasuredRegister; data: BlockData } | null;
  /** The date system and locale order when no register was found (else the register's `found.dates`). */
  dates?: MeasuredRegister["dates"];
  log: { measured: Measured; data: BlockData } | null;
  /** The saved settings, read in a sync that succeeded (never in one that failed and fell back). */
  saved: SavedRecord;
  /** The cells of the workbook's `Holidays` name, read with the register; null without one. */
  holidays: unknown[][] | null;
  /** Every worksheet's name, in workbook order (read with the register: other sheets may continue it). */
  sheets: string[];
  report: ReadReport;
}

interface FirstSync {
  found: { location: RegisterLocation; register: TableSnapshot; dates: MeasuredRegister["dates"] };
  log: TableSnapshot | null;
  saved: SavedRecord;
  holidays: unknown[][] | null;
  sheets: string[];
}

/**
 * ONE sync: the table `name` (read, or measured under a budget), the chase log when asked, the date
 * settings and the saved settings. null when the table is not there (ItemNotFound).
 */
async function syncTable(
  context: Excel.RequestContext,
  name: string,
  options: ReadOptions,
  withLog: boolean,
  measureOnly = false,
): Promise<FirstSync | null> {
  const plan = snapshotPlan(options, measureOnly);
  const table = context.workbook.tables.getItem(name).load("name");
  const register = plan.queue(table.getRange(), true);
  // OrNullObject: a workbook without a chase log must not fail the register's sync.
  const logTable = withLog && !same(name, CHASE_TABLE_NAME) ? context.workbook.tables.getItemOrNullObject(CHASE_TABLE_NAME) : null;
  const log = logTable ? plan.queue(logTable.getRange(), false) : null;
  const probe = queueDateSettingsProbe(context);
  const settings = queueLoadRecord(context);
  const holidays = queueHolidays(context);
  const sheets = context.workbook.worksheets.load("items/name");
  try {
    await context.sync();
  } catch (error) {
    if (isNotThereError(error)) return null;
    throw error;
  }
  const dates = probe.read();
  return {
    found: { location: { kind: "table", table: table.name }, register: register.read(), dates },
    log: logTable && log && !logTable.isNullObject ? log.read() : null,
    saved: settings.read(),
    holidays: holidays.read(),
    sheets: sheets.items.map((sheet) => sheet.name),
  };
}

/** The table the fast path tries: the one the buyer picked, else "Register" (a picked sheet goes first, so: none). */
function fastPathTable(target: RegisterTarget): string | null {
  if (target.tableName) return target.tableName;
  return target.sheetName ? null : REGISTER_TABLE_NAME;
}

/** True when the saved settings do not name another register (a table the buyer picked wins anyway). */
function settingsAgree(stored: StoredSettings, name: string, target: RegisterTarget): boolean {
  if (target.tableName) return true;
  return stored.registerTable ? same(stored.registerTable, name) : stored.registerSheet === null;
}

/** Reads what the snapshots did not bring yet and assembles the blocks. */
async function complete(
  context: Excel.RequestContext,
  found: FirstSync["found"] | null,
  log: TableSnapshot | null,
  saved: SavedRecord,
  options: ReadOptions,
  syncs: number,
  holidays: unknown[][] | null,
  sheets: string[],
): Promise<RegisterBlocks> {
  const snapshots = [found?.register, log].filter((s): s is TableSnapshot => s !== undefined && s !== null);
  const { data, report } = await readRemainders(context, snapshots, options);
  report.syncs += syncs;
  return {
    register: found ? { found: { location: found.location, measured: found.register.measured, dates: found.dates }, data: data[0] } : null,
    log: log ? { measured: log.measured, data: data[data.length - 1] } : null,
    saved,
    holidays,
    sheets,
    report,
  };
}

/** Names and settings first, then the chosen table or sheet (see the file comment). */
async function locatePath(
  context: Excel.RequestContext,
  target: RegisterTarget,
  options: ReadOptions,
  syncs: number,
): Promise<RegisterBlocks> {
  const inventory = queueInventory(context);
  await context.sync();
  syncs++;
  const found = inventory.read();
  const location = chooseRegister(found, target);
  const hasLog = found.tables.some((t) => same(t, CHASE_TABLE_NAME));

  if (location?.kind === "table") {
    let first = await syncTable(context, location.table, options, hasLog);
    syncs++;
    if (!first) {
      // The table exists, so its row window ran off the sheet (a table within 100,000 rows of the last
      // row): measure it instead. If it is really gone (deleted meanwhile), that fails too: not found.
      first = await syncTable(context, location.table, options, hasLog, true);
      syncs++;
    }
    return first
      ? complete(context, first.found, first.log, found.saved, options, syncs, first.holidays, found.sheets)
      : { register: null, log: null, saved: found.saved, holidays: null, sheets: found.sheets, report: { syncs, bytes: 0 } };
  }

  const plan = snapshotPlan(options);
  const log = hasLog ? plan.queue(context.workbook.tables.getItem(CHASE_TABLE_NAME).getRange(), false) : null;
  if (!location) {
    // No register: the chase log, the date system and Holidays still come back with the sources (one more sync).
    const probe = queueDateSettingsProbe(context);
    const holidays = queueHolidays(context);
    await context.sync();
    syncs++;
    const dates = probe.read();
    return { ...(await complete(context, null, log?.read() ?? null, found.saved, options, syncs, holidays.read(), found.sheets)), dates };
  }

  // A sheet: measure its used range, and look for a table of its own.
  const probe = queueDateSettingsProbe(context);
  const holidays = queueHolidays(context);
  const used = queueTableMeasure(registerRange(context, location), plan.withFormats);
  const sheetTables = context.workbook.worksheets.getItem(location.sheet).tables.load("items/name");
  await context.sync();
  syncs++;
  const ownTable = sheetTables.items.map((t) => t.name).find((name) => !isOwnTable(name));
  if (ownTable) {
    const first = await syncTable(context, ownTable, options, false);
    syncs++;
    if (first) return complete(context, first.found, log?.read() ?? null, found.saved, options, syncs, first.holidays, found.sheets);
  }
  const dates = probe.read();
  return complete(
    context,
    { location, register: used.read(), dates },
    log?.read() ?? null,
    found.saved,
    options,
    syncs,
    holidays.read(),
    found.sheets,
  );
}

/** The register and the chase log: the fast path, else the locate path (readSources.ts). */
export async function readRegisterBlocks(
  context: Excel.RequestContext,
  target: RegisterTarget,
  options: ReadOptions,
): Promise<RegisterBlocks> {
  const name = fastPathTable(target);
  if (!name) return locatePath(context, target, options, 0);
  const first = await syncTable(context, name, options, true);
  if (first && settingsAgree(first.saved.stored, name, target))
    return complete(context, first.found, first.log, first.saved, options, 1, first.holidays, first.sheets);
  return locatePath(context, target, options, 1);
}

export function toSource(register: MeasuredRegister, values: unknown[][], numberFormats: string[][] | undefined): ExcelRegisterSource {
  const { location, measured, dates } = register;
  const source: ExcelRegisterSource = {
    sheet: measured.block.sheet,
    tableName: location.kind === "table" ? location.table : null,
    values,
    firstRow: measured.block.rowIndex + 1,
    firstColumn: measured.block.columnIndex,
    ...dates,
  };
  if (numberFormats) source.numberFormats = numberFormats;
  return source;
}
