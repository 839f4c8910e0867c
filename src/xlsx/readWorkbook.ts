/**
 * Reads the register, the chase log and the KPI history of an .xlsx file into the same values
 * matrices Excel's JavaScript API gives the add-in (see cellValue.ts), so the engine cannot tell
 * the two apart. The file is only read, never written.
 *
 * Which register (first match wins): --table NAME; --sheet NAME (its first table, else its used
 * range, the header being the first of its first 20 rows that names every required field); the
 * table or sheet saved in the add-in's settings; a table named Register; the first sheet whose
 * header row is recognised (report, KPI and chase-log sheets excepted).
 *
 * Files over `streamAboveBytes` (20 MB) are read with exceljs's streaming reader (streamRead.ts):
 * no workbook is kept in memory, so no copy of it can be written (see the CLI's report command).
 */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import type { DateSystem } from "../register/cells";
import { CHASE_SHEET_NAME, CHASE_TABLE_NAME, REGISTER_TABLE_NAME } from "../register/template";
import { KPI_HISTORY_TABLE, KPI_SHEET_NAME, REPORT_SHEET_PREFIX } from "../report/sheetName";
import { kpiHistoryRecordFromRow, type KpiHistoryRecord } from "../report/kpiHistory";
import { from1904 } from "../dates/serial";
import { EMPTY_STORED_SETTINGS, type StoredSettings } from "../excel/settingsStore";
import { inspectFile } from "./fileGuard";
import { findHeaderRow, fromHeaderRow, isRegisterHeader, type Grid } from "./grid";
import { allTables, findSheet, findTable, tableGrid, tablesOf, usedGrid } from "./workbookTables";
import { readStoredSettings, unkeptContent, workbookHolidays, type UnkeptContent } from "./storedSettings";
import { withHolidays } from "../excel/holidays";
import { streamWorkbook } from "./streamRead";

export const STREAM_ABOVE_BYTES = 20 * 1024 * 1024;
/** Larger files are refused: even streamed, their register would not fit in a Node process's memory. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export interface ReadOptions {
  table?: string | null;
  sheet?: string | null;
  streamAboveBytes?: number;
  maxBytes?: number;
  onProgress?: (event: ReadProgress) => void;
}

export type ReadProgress =
  { kind: "reading"; size: number } | { kind: "streaming"; limit: number } | { kind: "read"; rows: number; where: string; ms: number };

export interface WorkbookRead {
  path: string;
  size: number;
  /** True when read as a stream: `workbook` is then null. */
  streamed: boolean;
  workbook: ExcelJS.Workbook | null;
  dateSystem: DateSystem;
  register: Grid;
  chases: Grid | null;
  /** The KpiHistory rows, dates in the 1900 system. */
  history: KpiHistoryRecord[];
  stored: StoredSettings;
  sheets: string[];
  tables: string[];
  /** What a copy of this workbook would lose (exceljs does not write charts, pivot tables, slicers, macros). */
  unkept: UnkeptContent[];
}

export type ReadFailureCode =
  | "notFound"
  | "notAFile"
  | "empty"
  | "encrypted"
  | "legacyXls"
  | "notXlsx"
  | "tooLarge"
  | "noRegister"
  | "tableNotFound"
  | "sheetNotFound"
  | "tableNeedsFullRead";

export interface ReadFailure {
  code: ReadFailureCode;
  params: Record<string, string | number>;
}

export type ReadOutcome = { ok: true; read: WorkbookRead } | ({ ok: false } & ReadFailure);

const MB = 1024 * 1024;
export const megabytes = (bytes: number): string => (bytes / MB).toFixed(1);

export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const fail = (code: ReadFailureCode, params: Record<string, string | number> = {}): ReadOutcome => ({
    ok: false,
    code,
    params: { path, ...params },
  });
  const file = await inspectFile(path);
  if (file.kind === "notXlsx") return fail("notXlsx", { reason: file.reason });
  if (file.kind !== "xlsx") return fail(file.kind);
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  if (file.size > max) return fail("tooLarge", { size: megabytes(file.size), max: megabytes(max) });
  options.onProgress?.({ kind: "reading", size: file.size });
  const started = Date.now();
  const limit = options.streamAboveBytes ?? STREAM_ABOVE_BYTES;

  let outcome: ReadOutcome;
  if (file.size > limit) {
    options.onProgress?.({ kind: "streaming", limit });
    if (options.table) return fail("tableNeedsFullRead", { limit: megabytes(limit) });
    outcome = await streamWorkbook(path, file.size, options);
  } else {
    outcome = await readWhole(path, file.size, options);
  }
  if (!outcome.ok) return { ...outcome, params: { path, ...outcome.params } };
  const { register } = outcome.read;
  options.onProgress?.({
    kind: "read",
    rows: Math.max(0, register.values.length - 1),
    where: gridName(register),
    ms: Date.now() - started,
  });
  return outcome;
}

export function gridName(grid: Grid): string {
  return grid.tableName ? `${grid.sheet} (table ${grid.tableName})` : grid.sheet;
}

async function readWhole(path: string, size: number, options: ReadOptions): Promise<ReadOutcome> {
  const bytes = await fs.readFile(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, code: "notXlsx", params: { reason: reasonOf(error) } };
  }
  const saved = await readStoredSettings(bytes);
  const date1904 = Boolean(workbook.properties?.date1904);
  // The settings' holidays joined with the workbook's Holidays range, as the add-in reads them.
  const stored = { ...saved, settings: withHolidays(saved.settings, workbookHolidays(workbook, date1904)) };
  const sheets = workbook.worksheets.map((s) => s.name);
  const tables = allTables(workbook).map((t) => t.name);
  const located = locateRegister(workbook, options, stored, date1904);
  if ("code" in located)
    return {
      ok: false,
      ...located,
      params: {
        ...located.params,
        sheets: sheets.join(", "),
        names: located.code === "tableNotFound" ? tables.join(", ") || "—" : sheets.join(", "),
      },
    };

  const chasesTable = findTable(workbook, CHASE_TABLE_NAME);
  const chaseSheet = findSheet(workbook, CHASE_SHEET_NAME);
  const chases = chasesTable ? tableGrid(chasesTable, date1904) : chaseSheet ? usedGrid(chaseSheet, date1904) : null;
  const historyTable = findTable(workbook, KPI_HISTORY_TABLE);
  const history = historyTable ? historyFromRows(tableGrid(historyTable, date1904).values.slice(1), date1904) : [];
  return {
    ok: true,
    read: {
      path,
      size,
      streamed: false,
      unkept: await unkeptContent(bytes),
      workbook,
      dateSystem: date1904 ? "1904" : "1900",
      register: located,
      chases: chases && chases.values.length > 0 ? chases : null,
      history,
      stored,
      sheets,
      tables,
    },
  };
}

/** Sheets the add-in writes itself: never taken for the register by the automatic search. */
export function isOwnSheet(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith(REPORT_SHEET_PREFIX.toLowerCase()) ||
    lower === KPI_SHEET_NAME.toLowerCase() ||
    lower === CHASE_SHEET_NAME.toLowerCase()
  );
}

function locateRegister(workbook: ExcelJS.Workbook, options: ReadOptions, stored: StoredSettings, date1904: boolean): Grid | ReadFailure {
  if (options.table) {
    const table = findTable(workbook, options.table);
    return table ? tableGrid(table, date1904) : { code: "tableNotFound", params: { name: options.table } };
  }
  if (options.sheet) {
    const sheet = findSheet(workbook, options.sheet);
    return sheet ? sheetRegister(sheet, date1904, true)! : { code: "sheetNotFound", params: { name: options.sheet } };
  }
  const savedTable = stored.registerTable ? findTable(workbook, stored.registerTable) : undefined;
  if (savedTable) return tableGrid(savedTable, date1904);
  const savedSheet = stored.registerSheet ? findSheet(workbook, stored.registerSheet) : undefined;
  if (savedSheet) return sheetRegister(savedSheet, date1904, true)!;
  const named = findTable(workbook, REGISTER_TABLE_NAME);
  if (named) return tableGrid(named, date1904);
  for (const sheet of workbook.worksheets) {
    if (isOwnSheet(sheet.name)) continue;
    const found = sheetRegister(sheet, date1904, false);
    if (found) return found;
  }
  return { code: "noRegister", params: {} };
}

/**
 * The register on a sheet: its first table whose header is recognised (else its first table), or
 * its used range from the header row. `picked`: the buyer named the sheet, so take what is there
 * even when the header is not recognised (the check then lists the missing columns).
 */
function sheetRegister(sheet: ExcelJS.Worksheet, date1904: boolean, picked: boolean): Grid | null {
  const tables = tablesOf(sheet).filter(
    (t) => t.name.toLowerCase() !== CHASE_TABLE_NAME.toLowerCase() && t.name.toLowerCase() !== KPI_HISTORY_TABLE.toLowerCase(),
  );
  const grids = tables.map((t) => tableGrid(t, date1904));
  const recognised = grids.find((g) => isRegisterHeader(g.values[0] ?? []));
  if (recognised) return recognised;
  if (picked && grids.length > 0) return grids[0];
  const used = usedGrid(sheet, date1904);
  const header = findHeaderRow(used.values);
  if (header >= 0) return fromHeaderRow(used, header);
  return picked ? used : null;
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

export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 200);
}

export { EMPTY_STORED_SETTINGS };
