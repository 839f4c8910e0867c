/**
 * Register workbooks written to disk with exceljs, as a buyer's file would be: the register as a
 * table (or a plain range), date columns formatted as dates, the chase log as the Chases table.
 */
import ExcelJS from "exceljs";
import type { ChaseEntry } from "../../src/model";
import { chaseEntryToRow, chaseLogHeaders } from "../../src/register/chaseLog";
import { to1904 } from "../../src/dates/serial";

export const DATE_HEADERS = new Set(["Order date", "Requested date", "Promised date", "Received date", "Last chase", "Next chase"]);

export interface FixtureOptions {
  /** Register as the table "Register" (default) or a plain range under `titleRows` title rows. */
  asTable?: boolean;
  tableName?: string;
  sheetName?: string;
  titleRows?: number;
  date1904?: boolean;
  chases?: readonly ChaseEntry[];
  /** Other sheets written before the register. */
  before?: Record<string, (string | number)[][]>;
}

export function registerWorkbook(values: readonly (readonly (string | number)[])[], options: FixtureOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const date1904 = options.date1904 ?? false;
  workbook.properties.date1904 = date1904;
  for (const [name, rows] of Object.entries(options.before ?? {})) workbook.addWorksheet(name).addRows(rows);
  const sheet = workbook.addWorksheet(options.sheetName ?? "Register");
  const headers = values[0].map(String);
  const dateColumn = headers.map((h) => DATE_HEADERS.has(h));
  const asFile = (v: string | number, c: number) => (v === "" ? null : dateColumn[c] && typeof v === "number" && date1904 ? to1904(v) : v);
  const titleRows = options.asTable === false ? (options.titleRows ?? 0) : 0;
  for (let r = 0; r < titleRows; r++) sheet.getCell(r + 1, 1).value = `Title ${r + 1}`;
  const rows = values.slice(1).map((row) => row.map(asFile));
  if (options.asTable === false) {
    sheet.getRow(titleRows + 1).values = headers;
    rows.forEach((row, r) => (sheet.getRow(titleRows + 2 + r).values = row as ExcelJS.CellValue[]));
  } else {
    sheet.addTable({ name: options.tableName ?? "Register", ref: "A1", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true }, columns: headers.map((name) => ({ name, filterButton: true })), rows });
  }
  dateColumn.forEach((isDate, c) => {
    if (isDate) sheet.getColumn(c + 1).numFmt = "yyyy-mm-dd";
  });
  if (options.chases) {
    const log = workbook.addWorksheet("Chase log");
    const dateSystem = date1904 ? "1904" : "1900";
    log.addTable({
      name: "Chases",
      ref: "A1",
      headerRow: true,
      columns: chaseLogHeaders("en").map((name) => ({ name, filterButton: true })),
      rows: options.chases.map((e) => chaseEntryToRow(e, dateSystem).map((v) => (v === "" ? null : v))),
    });
  }
  return workbook;
}

export async function writeRegisterFile(path: string, values: readonly (readonly (string | number)[])[], options: FixtureOptions = {}): Promise<void> {
  await registerWorkbook(values, options).xlsx.writeFile(path);
}
