/**
 * Register workbooks written to disk with exceljs, as a buyer's file would be: the register as a
 * table (or a plain range), date columns formatted as dates, the chase log as the Chases table.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
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

/**
 * The add-in's records (workbook settings) as Office saves them in a file: a webextension part whose
 * properties hold each value JSON-serialised, with its relationship and content type.
 */
export async function withAddInRecords(bytes: Buffer | ArrayBuffer, records: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const attr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const properties = Object.entries(records)
    .map(([name, value]) => `<we:property name="${attr(name)}" value="${attr(JSON.stringify(value))}"/>`)
    .join("");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{52811C31-4593-43B8-A697-EB873422D156}"><we:reference id="wa000000000" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
