/**
 * The file adapter's read: an .xlsx → the pipeline's WorkbookSources (src/pipeline/sources.ts), the
 * same sources the Office.js adapter reads from the open workbook. The file is only read, never written.
 *
 * Which register is src/workbook's rule (registerLocation.ts): --table / --sheet, else the table or
 * sheet saved in the settings, else a table named Register; having no Set up view, the runner then
 * searches the sheets. Where things sit comes from the package index (packageIndex.ts), so a whole read
 * and a streamed read locate everything alike: the register, the Chases and KpiHistory tables, the
 * Holidays name, the settings record.
 *
 * The runner's reader streams: only the wanted sheets' XML, the shared strings and the metadata parts
 * are inflated, parsed as they inflate (sheetRows.ts), and only the cells wanted are kept, so memory
 * follows the register, not the package (a stray far cell, an oversized table ref cost nothing).
 * `streamAboveBytes` (default 0: always stream) lets a smaller file be loaded whole by exceljs instead:
 * the independent second reader the contract suite compares it with.
 */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import { numberRowsAndCells } from "./rowNumbers";
import { CHASE_TABLE_NAME } from "../register/template";
import { KPI_HISTORY_TABLE } from "../report/sheetName";
import { kpiHistoryRecordFromRow, type KpiHistoryRecord } from "../report/kpiHistory";
import { from1904 } from "../dates/serial";
import { parseStoredSettings } from "../workbook/storedSettings";
import { HOLIDAYS_NAME } from "../workbook/holidays";
import { parseOwnedSheets, sheetOwnershipInFile } from "../workbook/ownedSheets";
import { sameName } from "../workbook/names";
import {
  HEADER_SCAN_ROWS,
  chooseRegister,
  findHeaderRow,
  isOwnSheet,
  isOwnTable,
  isRegisterHeader,
  searchOrder,
  type RegisterTarget,
} from "../workbook/registerLocation";
import type { ColumnMapping } from "../register/savedMapping";
import { inspectFile, megabytes } from "./fileGuard";
import { isCsvCandidate, readCsv } from "./readCsv";
import { withUncached, type Grid } from "./grid";
import type { HistorySheetCells, ReadFailureCode, ReadProgress, WorkbookRead } from "./workbookRead";
import {
  PackageError,
  parseReference,
  openPackage,
  readPackageIndex,
  type OpenedPackage,
  type IndexedTable,
  type PackageIndex,
  type Rect,
} from "./packageIndex";
import { streamCells, wholeCells, type CellSource, type SheetWant, type ThreadOptions } from "./cellSource";
import { ZipBombError } from "./zipLimits";
import { TooManyCellsError, XmlPartError } from "./xmlStream";

export const STREAM_ABOVE_BYTES = 0;
/** Larger files are refused: even streamed, their register would not fit in a Node process's memory. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export interface ReadOptions {
  table?: string | null;
  sheet?: string | null;
  streamAboveBytes?: number;
  /** When a streamed sheet is parsed on worker threads too (threadSizes.ts THREADS_ABOVE_BYTES). */
  threads?: ThreadOptions;
  maxBytes?: number;
  onProgress?: (event: ReadProgress) => void;
}

export type { ReadFailureCode, ReadProgress, WorkbookRead } from "./workbookRead";

export interface ReadFailure {
  code: ReadFailureCode;
  params: Record<string, string | number>;
}

export type ReadOutcome = { ok: true; read: WorkbookRead } | ({ ok: false } & ReadFailure);

export { megabytes };

export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const fail = (code: ReadFailureCode, params: Record<string, string | number> = {}): ReadOutcome => ({
    ok: false,
    code,
    params: { path, ...params },
  });
  const file = await inspectFile(path);
  // A register exported as CSV/TSV is read as the one sheet Excel would show (readCsv.ts).
  if (file.kind === "notXlsx" && isCsvCandidate(path, file))
    return readCsv(path, file.size, { ...options, maxBytes: options.maxBytes ?? MAX_FILE_BYTES });
  if (file.kind === "notXlsx") return fail("notXlsx", { reason: file.reason });
  // A package that is a zip but not a workbook: reason "damaged", with the zip library's words as detail.
  if (file.kind !== "xlsx") return fail(file.kind);
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  if (file.size > max) return fail("tooLarge", { size: megabytes(file.size), max: megabytes(max) });
  options.onProgress?.({ kind: "reading", size: file.size });
  const started = Date.now();
  const limit = options.streamAboveBytes ?? STREAM_ABOVE_BYTES;
  const streamed = file.size > limit;

  let bytes: Buffer | null = null;
  let pkg: OpenedPackage | null = null;
  let index: PackageIndex;
  try {
    if (streamed) index = (pkg = await openPackage(path)).index;
    else index = await readPackageIndex((bytes = await fs.readFile(path)));
  } catch (error) {
    if (error instanceof ZipBombError) return fail("notXlsx", zipBombParams(error));
    return fail("notXlsx", damagedParams(error));
  }
  const stored = parseStoredSettings(index.settingsRecord);
  const plan = planRegister(index, stored, options);
  if ("code" in plan) {
    const names =
      plan.code === "tableNotFound" ? index.tables.map((t) => t.name).join(", ") || "—" : index.sheets.map((s) => s.name).join(", ");
    return fail(plan.code, { ...plan.params, sheets: index.sheets.map((s) => s.name).join(", "), names });
  }
  const others = otherParts(index);

  let workbook: ExcelJS.Workbook | null = null;
  let cells: CellSource;
  try {
    if (pkg) cells = await streamCells(pkg, wantsOf(plan, others, stored.mapping, index), {}, options.threads);
    else {
      workbook = await loadWhole(bytes!);
      cells = wholeCells(workbook, index.date1904);
    }
  } catch (error) {
    if (error instanceof ZipBombError) return fail("notXlsx", zipBombParams(error)); // a part that inflates past its declared size
    if (error instanceof TooManyCellsError) return fail("notXlsx", { reason: "tooManyCells", where: error.where, limit: error.limit });
    return fail("notXlsx", damagedParams(error));
  }

  const register = registerBlock(plan, cells, stored.mapping);
  if (!register) return fail("noRegister");
  const otherSheets = register.tableName === null ? continuationCandidates(index, register, cells) : [];
  const owned = parseOwnedSheets(index.ownedSheetsRecord);
  const dateSystem = index.date1904 ? "1904" : "1900";
  const chases = others.chases ? tableBlock(others.chases, cells) : null;
  const history = others.history ? historyFromRows((tableBlock(others.history, cells)?.values ?? []).slice(1), index.date1904) : [];
  const holidays = others.holidays ? cells.rect(others.holidays.sheet, others.holidays.rect) : null;
  const read: WorkbookRead = {
    path,
    size: file.size,
    streamed,
    workbook,
    sources: {
      register,
      otherSheets,
      chaseLog: chases && chases.values.length > 0 ? chases : null,
      settingsRecord: index.settingsRecord,
      holidays,
      dateSystem,
      // A file carries no locale: the date order saved in the workbook decides (as in Excel when one is saved).
      localeDateOrder: null,
      history,
    },
    register,
    sheets: index.sheets.map((s) => s.name),
    tables: index.tables.map((t) => t.name),
    owned,
    ownership: sheetOwnershipInFile(
      index.sheets.map((sheet) => sheet.name),
      index.tables,
      owned,
    ),
    unkept: index.unkept,
    historySheet: others.history?.sheet ?? null,
    historySheetCells: pkg && others.history ? historySheetCells(others.history.sheet, cells, index) : null,
  };
  options.onProgress?.({
    kind: "read",
    rows: Math.max(0, register.values.length - 1),
    where: gridName(register),
    ms: Date.now() - started,
  });
  return { ok: true, read };
}

/**
 * exceljs's whole read; a file whose rows or cells carry no position (valid, but refused by exceljs) is numbered first.
 * exceljs and JSZip are loaded here, on first use: the streaming reader (and `check`) never needs them,
 * and loading exceljs costs a run ~0.15 s.
 */
async function loadWhole(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const ExcelJS = require("exceljs") as typeof import("exceljs");
  const JSZip = require("jszip") as typeof import("jszip");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch (error) {
    if (!/Invalid row number|Invalid Address/i.test(reasonOf(error))) throw error;
    const zip = await JSZip.loadAsync(bytes);
    let numbered = false;
    for (const part of zip.file(/^xl\/worksheets\/[^/]+\.xml$/)) {
      const fixed = numberRowsAndCells(await part.async("string"));
      if (fixed !== null) {
        zip.file(part.name, fixed);
        numbered = true;
      }
    }
    if (!numbered) throw error;
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await zip.generateAsync({ type: "nodebuffer" })) as unknown as ArrayBuffer);
    return again;
  }
}

export function gridName(grid: Pick<Grid, "sheet" | "tableName">): string {
  return grid.tableName ? `${grid.sheet} (table ${grid.tableName})` : grid.sheet;
}

type RegisterPlan = { kind: "table"; table: IndexedTable } | { kind: "sheet"; sheet: string } | { kind: "search"; sheets: string[] };

/** The register's table or sheet from the index alone (src/workbook's rule), or the sheets to search. */
function planRegister(
  index: PackageIndex,
  stored: ReturnType<typeof parseStoredSettings>,
  options: ReadOptions,
): RegisterPlan | ReadFailure {
  const sheetNames = index.sheets.map((s) => s.name);
  const tableNamed = (name: string) => index.tables.find((t) => sameName(t.name, name));
  // A sheet holding a table of its own is read through that table, as the add-in does.
  const onSheet = (sheet: string): RegisterPlan => {
    const table = index.tables.find((t) => sameName(t.sheet, sheet) && !isOwnTable(t.name));
    return table ? { kind: "table", table } : { kind: "sheet", sheet };
  };
  if (options.table && !tableNamed(options.table)) return { code: "tableNotFound", params: { name: options.table } };
  if (options.sheet && !sheetNames.some((s) => sameName(s, options.sheet!)))
    return { code: "sheetNotFound", params: { name: options.sheet } };
  const target: RegisterTarget = { tableName: options.table ?? null, sheetName: options.sheet ?? null };
  const location = chooseRegister(
    {
      tables: index.tables.map((t) => t.name),
      sheets: sheetNames,
      registerTable: stored.registerTable,
      registerSheet: stored.registerSheet,
    },
    target,
  );
  if (location?.kind === "table") return { kind: "table", table: tableNamed(location.table)! };
  if (location?.kind === "sheet") return onSheet(location.sheet);
  return { kind: "search", sheets: searchOrder(sheetNames) };
}

interface OtherParts {
  chases: IndexedTable | null;
  history: IndexedTable | null;
  holidays: { sheet: string; rect: Rect } | null;
}

function otherParts(index: PackageIndex): OtherParts {
  const table = (name: string) => index.tables.find((t) => sameName(t.name, name)) ?? null;
  const name = index.names.find((n) => sameName(n.name, HOLIDAYS_NAME));
  return { chases: table(CHASE_TABLE_NAME), history: table(KPI_HISTORY_TABLE), holidays: name ? parseReference(name.formula) : null };
}

/**
 * The used range of every other sheet that may continue the register (monthly tabs): the pipeline keeps
 * those with the register's header (src/workbook/registerContinuations.ts).
 */
function continuationCandidates(index: PackageIndex, register: Grid, cells: CellSource): Grid[] {
  const found: Grid[] = [];
  for (const { name } of index.sheets) {
    if (sameName(name, register.sheet) || isOwnSheet(name)) continue;
    const used = cells.used(name);
    if (used && used.values.length > 0) found.push(used);
  }
  return found;
}

/** What the streaming pass must keep: the register's cells, sheets that may continue it, the two tables, the Holidays cells. */
function wantsOf(plan: RegisterPlan, others: OtherParts, mapping: ColumnMapping, index: PackageIndex): Map<string, SheetWant> {
  const wants = new Map<string, SheetWant>();
  const want = (sheet: string): SheetWant => {
    const key = [...wants.keys()].find((k) => sameName(k, sheet)) ?? sheet;
    let found = wants.get(key);
    if (!found) wants.set(key, (found = { used: false, rects: [] }));
    return found;
  };
  if (plan.kind === "table") want(plan.table.sheet).rects.push(plan.table.rect);
  else if (plan.kind === "sheet") want(plan.sheet).used = true;
  // A register on a plain sheet: any other sheet with a register header may be one of its monthly tabs
  // (or, searching, the register itself). A table register has no continuations.
  if (plan.kind !== "table")
    for (const { name } of index.sheets)
      if (!isOwnSheet(name) && (plan.kind === "search" || !sameName(name, plan.sheet)))
        want(name).candidate = { scanRows: HEADER_SCAN_ROWS, keep: (rows) => findHeaderRow(rows, mapping) >= 0 };
  if (others.chases) want(others.chases.sheet).rects.push(others.chases.rect);
  // The whole sheet holding KpiHistory: the report's KPI sheet is redrawn over it (workbookRead.ts historySheetCells).
  if (others.history) want(others.history.sheet).used = true;
  if (others.holidays) want(others.holidays.sheet).rects.push(others.holidays.rect);
  return wants;
}

/** The register's block: its table, its sheet's used range, or the first searched sheet whose header is recognised. */
function registerBlock(plan: RegisterPlan, cells: CellSource, mapping: ColumnMapping): Grid | null {
  if (plan.kind === "table") return tableBlock(plan.table, cells);
  if (plan.kind === "sheet") return cells.used(plan.sheet);
  for (const sheet of plan.sheets) {
    const used = cells.used(sheet);
    if (used && findHeaderRow(used.values, mapping) >= 0) return used;
  }
  return null;
}

function tableBlock(table: IndexedTable, cells: CellSource): Grid | null {
  const uncached: [number, number][] = [];
  const values = cells.rect(table.sheet, table.rect, uncached);
  if (!values) return null;
  return withUncached(
    { sheet: table.sheet, tableName: table.name, values, firstRow: table.rect.top, firstColumn: table.rect.left - 1 },
    uncached,
  );
}

/** The used cells and the tables of the sheet holding KpiHistory (a streamed read's; a whole read has the workbook). */
function historySheetCells(sheet: string, cells: CellSource, index: PackageIndex): HistorySheetCells | null {
  const used = cells.used(sheet);
  return used ? { used, tables: index.tables.filter((t) => sameName(t.sheet, sheet)) } : null;
}

/** KpiHistory data rows → records, dates brought to the 1900 system. */
export function historyFromRows(rows: readonly (readonly unknown[])[], date1904: boolean): KpiHistoryRecord[] {
  const records: KpiHistoryRecord[] = [];
  for (const row of rows) {
    const record = kpiHistoryRecordFromRow(row);
    if (!record) continue;
    records.push(date1904 ? { ...record, start: from1904(record.start), end: from1904(record.end), asOf: from1904(record.asOf) } : record);
  }
  return records;
}

/** A refused zip bomb as the runner words it (cli catalogue reason_zipBomb_*): part, size in MB, ratio. */
function zipBombParams(error: ZipBombError): Record<string, string | number> {
  return { reason: `zipBomb_${error.kind}`, part: error.part, size: megabytes(error.bytes), ratio: Math.round(error.ratio) };
}

/** A damaged package: where it was met, when a part's reader knew (XmlPlace), as data the runner says in its language. */
function damagedParams(error: unknown): Record<string, string | number> {
  const place = error instanceof XmlPartError ? Object.entries(error.place).filter(([, value]) => value !== undefined) : [];
  if (place.length === 0) return { reason: "damaged", detail: reasonOf(error) };
  return { reason: "damagedAt", detail: reasonOf((error as XmlPartError).detail), ...Object.fromEntries(place) };
}

export function reasonOf(error: unknown): string {
  const message = error instanceof PackageError ? error.message : error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 200);
}

export { isRegisterHeader };
