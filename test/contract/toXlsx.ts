/**
 * The same workbook on disk: an in-memory Excel workbook written as an .xlsx with exceljs — every
 * sheet's cells and number formats, its tables, its workbook-scope names, the date system, and the
 * workbook settings as Office saves them (webextension part). So one fixture goes through the
 * Office.js adapter and the file adapter alike, and any difference is the adapters'.
 */
import ExcelJS from "exceljs";
import { namesOf, type InMemoryWorkbook } from "../../in-memory-excel";
import { withAddInRecords } from "../xlsx/fixtures";
import { columnLetter } from "../../src/register/columnLetter";

const a1 = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

export async function toXlsx(doc: InMemoryWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = doc.date1904;
  for (const sheet of doc.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const [r, cells] of sheet.rows) {
      cells.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        if (cell.value !== "" && cell.value !== null && cell.value !== undefined) target.value = cell.value as ExcelJS.CellValue;
        if (cell.numberFormat && cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
      });
    }
    for (const table of doc.tables.filter((t) => t.sheet === sheet)) {
      const header = Array.from({ length: table.cols }, (_, c) =>
        String(sheet.rows.get(table.row)?.[table.col + c]?.value ?? `Column${c + 1}`),
      );
      const rows = Array.from({ length: table.dataRows }, (_, r) =>
        Array.from({ length: table.cols }, (_, c) => {
          const value = sheet.rows.get(table.row + 1 + r)?.[table.col + c]?.value;
          return value === "" || value === undefined ? null : (value as ExcelJS.CellValue);
        }),
      );
      ws.addTable({
        name: table.name,
        displayName: table.name,
        ref: a1(table.row, table.col),
        headerRow: true,
        columns: header.map((name) => ({ name })),
        rows,
      } as never);
    }
  }
  for (const named of namesOf(doc).values()) {
    if (!("rect" in named)) continue;
    const sheet = doc.sheets.find((s) => s.id === named.sheetId);
    if (!sheet) continue;
    const { row, col, rows, cols } = named.rect;
    const range = `${sheet.name}!$${columnLetter(col)}$${row + 1}:$${columnLetter(col + cols - 1)}$${row + rows}`;
    workbook.definedNames.add(range, named.name);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  const records: Record<string, string> = {};
  for (const [key, value] of doc.settings) if (typeof value === "string") records[key] = value;
  return Object.keys(records).length > 0 ? withAddInRecords(bytes, records) : Buffer.from(bytes);
}
