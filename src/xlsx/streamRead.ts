/**
 * Reading a large file as a stream (exceljs WorkbookReader): rows are visited once and only the
 * register's, the chase log's and the KPI history's rows are kept. Styles are not parsed, so
 * dates stay the serials stored in the file (what Excel's API gives). Tables are not visible in a
 * stream: the register is the sheet named by --sheet, else the saved register sheet, else a sheet
 * named "Register", else the first sheet whose header row is recognised within its first 20 rows.
 * The chase log is the "Chase log" sheet; the KPI history the rows from A29 of the "KPI" sheet.
 */
import ExcelJS from "exceljs";
import { CHASE_SHEET_NAME, REGISTER_SHEET_NAME } from "../register/template";
import { KPI_SHEET_NAME } from "../report/sheetName";
import { KPI_CELLS } from "../report/kpiSheet";
import { parseCell } from "../report/layout";
import { EMPTY_STORED_SETTINGS, type StoredSettings } from "../excel/settingsStore";
import { excelValue, type ExcelValue } from "./cellValue";
import { findHeaderRow, fromHeaderRow, HEADER_SCAN_ROWS, trimGrid } from "./grid";
import { historyFromRows, isOwnSheet, reasonOf, type ReadOptions, type ReadOutcome } from "./readWorkbook";
import { storedSettingsFromXml } from "./storedSettings";

interface SheetRows {
  name: string;
  rows: ExcelValue[][];
  /** 1-based sheet row of rows[0]. */
  firstRow: number;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export async function streamWorkbook(path: string, size: number, options: ReadOptions): Promise<ReadOutcome> {
  const stored = await streamedStoredSettings(path);
  const wanted = options.sheet ?? stored.registerSheet ?? null;
  const historyRow = parseCell(KPI_CELLS.historyHeader).row + 1;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const sheets: string[] = [];
  let register: SheetRows | null = null;
  let registerByName: SheetRows | null = null;
  let chases: SheetRows | null = null;
  let kpi: SheetRows | null = null;
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      sheets.push(name);
      const isWanted = wanted !== null && same(name, wanted);
      const isChaseLog = same(name, CHASE_SHEET_NAME);
      const isKpi = same(name, KPI_SHEET_NAME);
      const isNamedRegister = wanted === null && same(name, REGISTER_SHEET_NAME);
      // A candidate is kept while its first rows may still hold the header.
      let candidate = wanted === null && register === null && !isOwnSheet(name);
      const keep = isWanted || isChaseLog || isKpi || isNamedRegister || candidate;
      const sheet: SheetRows = { name, rows: [], firstRow: 1 };
      for await (const row of ws) {
        if (!keep) continue;
        const number = row.number;
        if (isKpi && !isWanted && number < historyRow) continue;
        if (sheet.rows.length === 0) sheet.firstRow = isKpi && !isWanted ? historyRow : 1;
        while (sheet.firstRow + sheet.rows.length < number) sheet.rows.push([]);
        sheet.rows.push(rowValues(row.values as unknown[]));
        if (candidate && !isWanted && !isNamedRegister && number >= HEADER_SCAN_ROWS && sheet.rows.length >= HEADER_SCAN_ROWS) {
          if (findHeaderRow(sheet.rows) < 0) {
            candidate = false;
            sheet.rows = [];
            if (!isChaseLog && !isKpi) break; // the rest of this sheet is not needed
          }
        }
      }
      if (isWanted) register = sheet;
      else if (isNamedRegister) registerByName = sheet;
      else if (isChaseLog) chases = sheet;
      else if (isKpi) kpi = sheet;
      else if (candidate && register === null && findHeaderRow(sheet.rows) >= 0) register = sheet;
    }
  } catch (error) {
    return { ok: false, code: "notXlsx", params: { reason: reasonOf(error) } };
  }
  const date1904 = Boolean((reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904);
  if (wanted !== null && register === null && options.sheet)
    return { ok: false, code: "sheetNotFound", params: { name: options.sheet, names: sheets.join(", ") } };
  const chosen = (wanted !== null ? register : null) ?? registerByName ?? register;
  if (!chosen) return { ok: false, code: "noRegister", params: {} };
  const grid = trimGrid({ sheet: chosen.name, tableName: null, values: padRows(chosen.rows), firstRow: chosen.firstRow, firstColumn: 0 });
  const header = findHeaderRow(grid.values);
  const registerGrid = header >= 0 ? fromHeaderRow(grid, header) : grid;
  if (header < 0 && !options.sheet) return { ok: false, code: "noRegister", params: {} };
  const chaseGrid = chases
    ? trimGrid({
        sheet: (chases as SheetRows).name,
        tableName: null,
        values: padRows((chases as SheetRows).rows),
        firstRow: (chases as SheetRows).firstRow,
        firstColumn: 0,
      })
    : null;
  const history = kpi ? historyFromRows(padRows((kpi as SheetRows).rows).slice(1), date1904) : [];
  return {
    ok: true,
    read: {
      path,
      size,
      streamed: true,
      unkept: [], // a streamed read writes the report sheets only, not a copy of the workbook
      workbook: null,
      dateSystem: date1904 ? "1904" : "1900",
      register: registerGrid,
      chases: chaseGrid && chaseGrid.values.length > 0 ? chaseGrid : null,
      history,
      stored,
      sheets,
      tables: [],
    },
  };
}

function rowValues(sparse: unknown[]): ExcelValue[] {
  const out: ExcelValue[] = [];
  for (let c = 1; c < sparse.length; c++) out.push(excelValue(sparse[c] as Parameters<typeof excelValue>[0], false));
  return out;
}

/** Rows of equal width ("" where a row was shorter). */
function padRows(rows: ExcelValue[][]): ExcelValue[][] {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  for (const row of rows) while (row.length < width) row.push("");
  return rows;
}

/** The add-in's settings from the zip's central directory, without inflating anything else. */
async function streamedStoredSettings(path: string): Promise<StoredSettings> {
  try {
    // unzipper comes with exceljs (it is what the stream reader uses); it has no typings.

    const unzipper = require("unzipper") as {
      Open: { file(p: string): Promise<{ files: { path: string; buffer(): Promise<Buffer> }[] }> };
    };
    const directory = await unzipper.Open.file(path);
    for (const entry of directory.files) {
      if (!/^xl\/webextensions\/webextension\d*\.xml$/.test(entry.path)) continue;
      const found = storedSettingsFromXml((await entry.buffer()).toString("utf8"));
      if (found) return found;
    }
  } catch {
    // defaults below
  }
  return EMPTY_STORED_SETTINGS;
}
