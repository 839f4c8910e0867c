/**
 * Logging chases: append rows to the Chases table and update the register cells the buyer asked the
 * add-in to maintain, in one batch. 2 syncs: (1) check the table, read the formats of the target
 * cells and the PO / line cells of every row to be written, (2) write everything with calculation
 * suspended.
 *
 * Only two places are written: the Chases table, and the cells of the named register columns
 * (promised date, last chase, next chase, stage, delay reason, ship date, ETA, carrier, tracking, accepted
 * and rejected quantity) in the given rows, and only where the register has that column.
 *
 * Row numbers come from the last read of the register. If the buyer has sorted, inserted or deleted
 * rows since, a row may now hold another PO line: when any row's PO / line no longer gives the line key
 * the caller expects, nothing at all is written ("registerChanged") and the caller re-reads.
 *
 * Many buyers, one workbook (DESIGN.md): each change carries the value its cell held when the pane read
 * it (`expected`); sync 1 reads those cells and, when any differs (another buyer logged a chase, or
 * someone typed), nothing is written ("registerChanged" with the cells). Chase rows are only appended
 * with table.rows.add, which Excel applies at the table's end at the moment the batch runs, never to a
 * row address computed from an earlier read; a new table's blank row is left blank (a reader skips it),
 * since filling it is exactly the computed-address race two first chases lose.
 * Office.js has no transaction: another buyer's batch can still land between our two syncs. Sync 2 reads
 * the target cells again just before writing them (same batch, no extra round trip); a cell that changed
 * in that gap comes back in `overwritten`, so the buyer is told and the pane reloads.
 */
import { CHASE_TABLE_NAME, DATE_FORMAT, DATETIME_FORMAT } from "../register/template";
import type { DateSystem } from "./types";
import { cellInput, isDateFormat, serialInput } from "./cellInput";
import { setNumberFormat } from "./numberFormats";
import { CHASE_COLUMNS, chaseEntryToRow, chaseLineKey } from "../register/chaseLog";
import type { Lang } from "../i18n/i18n";
import { readText } from "../register/cells";
import type { ChaseEntry } from "../model";

import { isDateField, isNumberField, type RegisterChangeField } from "../followup/applyChase";

export interface RegisterCellChange {
  /** 1-based sheet row of the PO line. */
  row: number;
  field: RegisterChangeField;
  /** A date serial (1900 system) for date fields, a number for quantities, text otherwise, null to blank the cell. */
  value: number | string | null;
  /**
   * The cell's value as the pane read it (Range.values, as Excel returned it; "" or null for blank). When
   * given, the cell is written only if it still holds this (compare, then set); undefined: not checked.
   */
  expected?: unknown;
}

/** A register cell that no longer holds what the pane read. */
export interface CellConflict {
  row: number;
  field: RegisterChangeField;
  expected: unknown;
  found: unknown;
  sheet: string;
}

export interface RegisterColumns {
  sheet: string;
  /** 0-based sheet column of each writable field the register has. */
  columns: Partial<Record<RegisterChangeField, number>>;
  /** 1-based sheet rows of the register's first and last data rows: changes outside are refused. */
  firstDataRow: number;
  lastDataRow: number;
  /**
   * 0-based sheet columns of the PO number and the line number (null: the register has no line
   * column), to check that each row still holds the line it held when the register was read.
   */
  keyColumns?: { poNumber: number; line: number | null };
}

/** A register row and the key of the line it held when read (PoLine.key: "PO/line", "PO" or "row:N"). */
export interface ExpectedLine {
  row: number;
  key: string;
}

/** One chase-log row, in CHASE_LOG_COLUMNS order (see chaseEntryToRow in src/register/chaseLog.ts). */
export type ChaseRow = (string | number | boolean | null)[];

export interface WriteChaseInput {
  rows: ChaseRow[];
  /**
   * Indexes of date columns to convert for 1904 workbooks. Leave empty for rows from chaseEntryToRow,
   * which already converts (writeChaseEntries does that).
   */
  dateColumns?: readonly number[];
  changes: RegisterCellChange[];
  register: RegisterColumns | null;
  dateSystem: DateSystem;
  /**
   * The lines being chased. With register.keyColumns, every row here and every row a change writes is
   * checked before anything is written; a change to a row not listed here is refused.
   */
  lines?: readonly ExpectedLine[];
  /**
   * Further sheets of the same register (monthly tabs), each with its own changes and lines: checked
   * with the first in sync 1 and written with it in sync 2 — a refusal on any sheet writes nothing on any.
   */
  more?: readonly RegisterPart[];
}

/** One register sheet's part of a write. */
export interface RegisterPart {
  register: RegisterColumns;
  changes: RegisterCellChange[];
  lines?: readonly ExpectedLine[];
}

export type WriteChaseResult =
  | ({ ok: true; appended: number; cellsWritten: number; refused: RegisterCellChange[]; syncs: number } & Overwritten)
  | { ok: false; reason: "noChaseLog" | "chaseLogShape"; syncs: number }
  /**
   * A row no longer holds the line it held when read (sorted, inserted, deleted: `rows`), or a cell to
   * write no longer holds what the pane read (`cells`): nothing was written.
   */
  | { ok: false; reason: "registerChanged"; rows: number[]; cells?: CellConflict[]; syncs: number }
  /** The register's or the Chases table's sheet is protected: nothing was written (see writeChase). */
  | { ok: false; reason: "sheetProtected"; sheets: string[]; syncs: number };

/** Written, but these cells changed between our check and our write (another buyer's batch in between). */
export type Overwritten = { overwritten?: CellConflict[] };

function isWritable(change: RegisterCellChange, register: RegisterColumns | null, expected: ReadonlyMap<number, string> | null): boolean {
  if (!register) return false;
  if (expected && !expected.has(change.row)) return false; // a row we cannot check is not written
  const column = register.columns[change.field];
  return column !== undefined && change.row >= register.firstDataRow && change.row <= register.lastDataRow;
}

/** Range.values of one cell: blank is "" from Excel (null tolerated); otherwise the same number, text or boolean. */
export function sameCellValue(found: unknown, expected: unknown): boolean {
  const blank = (v: unknown) => v === "" || v === null || v === undefined;
  return blank(found) ? blank(expected) : found === expected;
}

/** The key parseRegister gives a row with these PO and line cells (see PoLine.key). */
export function lineKeyOfCells(row: number, poCell: unknown, lineCell: unknown): string {
  const po = readText(poCell);
  if (typeof po !== "string") return `row:${row}`;
  const line = readText(lineCell);
  return chaseLineKey(po, typeof line === "string" ? line : null);
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "ItemNotFound";
}

export async function writeChase(context: Excel.RequestContext, input: WriteChaseInput): Promise<WriteChaseResult> {
  // Sync 1: the chase table's shape and last row, and the formats of the date cells we will write.
  const table = input.rows.length > 0 ? context.workbook.tables.getItem(CHASE_TABLE_NAME) : null;
  const header = table?.getHeaderRowRange().load("columnCount");
  const first: PartInput = { register: input.register, changes: input.changes, lines: input.lines };
  const parts = [first, ...(input.more ?? [])].map((part) => queuePartChecks(context, part));
  const refused = parts.flatMap((part) => part.refused);
  // A batch is no transaction: on a protected register the Chases row would be appended and the register cells
  // then refused (AccessDenied), a half-written chase. So every sheet's protection is read first (ExcelApi 1.2,
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protected-member).
  const protections = [...parts.map((part) => part.sheet), table?.worksheet].flatMap((ws) =>
    ws ? [{ ws: ws.load("name"), protection: ws.protection.load("protected") }] : [],
  );
  try {
    await context.sync();
  } catch (error) {
    // A missing Chases table fails the batch with ItemNotFound (nothing was written).
    if (table && isItemNotFound(error)) return { ok: false, reason: "noChaseLog", syncs: 1 };
    throw error;
  }
  const protectedSheets = [...new Set(protections.filter((p) => p.protection.protected).map((p) => p.ws.name))];
  if (protectedSheets.length > 0) return { ok: false, reason: "sheetProtected", sheets: protectedSheets, syncs: 1 };
  const moved = parts.flatMap((part) =>
    part.keyCells.filter((c) => lineKeyOfCells(c.row, c.po.values[0][0], c.line?.values[0][0] ?? null) !== c.key).map((c) => c.row),
  );
  const changedCells = parts.flatMap((part) =>
    part.targets
      .filter(({ change, cell }) => change.expected !== undefined && !sameCellValue(cell.values[0][0], change.expected))
      .map(({ change, cell }) => conflictOf(change, cell.values[0][0], part.register!.sheet)),
  );
  if (moved.length > 0 || changedCells.length > 0)
    return { ok: false, reason: "registerChanged", rows: moved, ...(changedCells.length > 0 ? { cells: changedCells } : {}), syncs: 1 };
  if (header && input.rows.some((row) => row.length !== header.columnCount)) return { ok: false, reason: "chaseLogShape", syncs: 1 };

  // Sync 2: everything in one batch.
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const dateColumns = new Set(input.dateColumns ?? []);
  const rows = input.rows.map((row) =>
    row.map((v, c) => (typeof v === "number" && dateColumns.has(c) ? serialInput(v, input.dateSystem) : cellInput(v))),
  );
  // Appended where the table ends when this batch runs, after any rows another buyer added meanwhile.
  if (table && rows.length > 0) table.rows.add(undefined, rows);
  if (table) queueTimestampFormat(table, rows);
  const rechecks = parts.flatMap((part) => queuePartWrites(part, input.dateSystem));
  await context.sync();
  const overwritten = rechecks
    .filter(({ change, before }) => !sameCellValue(before.values[0][0], change.expected))
    .map(({ change, before, sheet }) => conflictOf(change, before.values[0][0], sheet));
  return {
    ok: true,
    appended: rows.length,
    cellsWritten: parts.reduce((n, part) => n + part.targets.length, 0),
    refused,
    syncs: 2,
    ...(overwritten.length > 0 ? { overwritten } : {}),
  };
}

type PartInput = { register: RegisterColumns | null; changes: RegisterCellChange[]; lines?: readonly ExpectedLine[] };

/** One register sheet's loads for sync 1: the cells to write (formats, values to compare) and its rows' PO and line cells. */
function queuePartChecks(context: Excel.RequestContext, part: PartInput) {
  const { register } = part;
  const keyColumns = register?.keyColumns;
  const expected = keyColumns ? expectedKeys(part) : null;
  const writable = part.changes.filter((c) => isWritable(c, register, expected));
  const refused = part.changes.filter((c) => !isWritable(c, register, expected));
  const checked = expected && expected.size > 0;
  const sheet = register && (writable.length > 0 || checked) ? context.workbook.worksheets.getItem(register.sheet) : null;
  const targets = writable.map((change) => {
    const cell = sheet!.getCell(change.row - 1, register!.columns[change.field]!);
    // Date cells: their format (kept when it is a date format). Checked cells: the value to compare.
    if (isDateField(change.field)) cell.load("numberFormat");
    if (change.expected !== undefined) cell.load("values");
    return { change, cell };
  });
  // The PO and line cells of every row we are about to write or log against, read in the same sync.
  const keyCells = [...(expected ?? new Map<number, string>())].map(([row, key]) => ({
    row,
    key,
    po: sheet!.getCell(row - 1, keyColumns!.poNumber).load("values"),
    line: keyColumns!.line === null ? null : sheet!.getCell(row - 1, keyColumns!.line).load("values"),
  }));
  return { register, sheet, targets, keyCells, refused };
}

/** One register sheet's writes for sync 2, each cell read again just before (queued first, so Excel reads before our writes). */
function queuePartWrites(part: ReturnType<typeof queuePartChecks>, dateSystem: DateSystem) {
  const { sheet, register, targets } = part;
  const rechecks = targets
    .filter(({ change }) => change.expected !== undefined)
    .map(({ change }) => ({
      change,
      sheet: register!.sheet,
      before: sheet!.getCell(change.row - 1, register!.columns[change.field]!).load("values"),
    }));
  for (const { change, cell } of targets) {
    if (isDateField(change.field) && typeof change.value === "number") {
      const current = (cell.numberFormat as string[][])[0][0];
      if (!isDateFormat(current)) cell.numberFormat = [[DATE_FORMAT]];
      cell.values = [[serialInput(change.value, dateSystem)]];
    } else if (isNumberField(change.field) && typeof change.value === "number") {
      cell.values = [[change.value]];
    } else {
      cell.values = [[cellInput(change.value === null ? null : String(change.value))]];
    }
  }
  return rechecks;
}

function conflictOf(change: RegisterCellChange, found: unknown, sheet: string): CellConflict {
  return { row: change.row, field: change.field, expected: change.expected, found, sheet };
}

/** Logged at: the column of the chase-log rows that holds a date-time serial. */
const TIMESTAMP_COLUMN = CHASE_COLUMNS.indexOf("loggedAt");

/**
 * New rows take the formats of the row above, and a log made before Logged at was a date-time holds
 * it as Text ("@"), where Excel would keep a number as text. So the appended rows' Logged at cells
 * (the table's last rows, after the add) get the date-time format and then their serials.
 */
function queueTimestampFormat(table: Excel.Table, rows: readonly (string | number | boolean)[][]): void {
  if (!rows.some((row) => typeof row[TIMESTAMP_COLUMN] === "number")) return;
  const last = table.getDataBodyRange().getLastRow();
  const added = rows.length > 1 ? last.getOffsetRange(-(rows.length - 1), 0).getResizedRange(rows.length - 1, 0) : last;
  const stamps = added.getColumn(TIMESTAMP_COLUMN);
  setNumberFormat(stamps, DATETIME_FORMAT); // one value for the column, not one per row
  stamps.values = rows.map((row) => [row[TIMESTAMP_COLUMN]]);
}

/** Row → expected key, from the lines being chased (a row listed twice with two keys can never match). */
function expectedKeys(part: Pick<RegisterPart, "lines">): Map<number, string> {
  const keys = new Map<number, string>();
  for (const line of part.lines ?? [])
    keys.set(line.row, keys.has(line.row) && keys.get(line.row) !== line.key ? "\u0000conflict" : line.key);
  return keys;
}

/**
 * ChaseEntry objects → rows with chaseEntryToRow (dates already in the workbook's system; channel and
 * outcome as labels in `lang`, the workbook's language, English by default) → writeChase.
 */
export function writeChaseEntries(
  context: Excel.RequestContext,
  input: Omit<WriteChaseInput, "rows" | "dateColumns"> & { entries: ChaseEntry[]; lang?: Lang },
): Promise<WriteChaseResult> {
  const { entries, lang, ...rest } = input;
  return writeChase(context, { ...rest, rows: entries.map((e) => chaseEntryToRow(e, input.dateSystem, lang)) });
}
