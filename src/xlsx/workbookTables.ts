/** The Excel tables of an exceljs workbook, where they sit, and reading a rectangle of cells. */
import type { Workbook, Worksheet } from "exceljs";
import { parseCell } from "../report/layout/address";
import { excelValue, isUncachedFormula, type ExcelValue } from "./cellValue";
import { trimGrid, withUncached, type Grid } from "./grid";
import type { Rect } from "./packageIndex";
import { dataExtent } from "./dataExtent";

export interface TableInfo {
  name: string;
  sheet: Worksheet;
  /** 1-based, inclusive; the header row is `top`, the totals row (if any) excluded from `bottom`. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The part of exceljs's table model we read (its typings do not declare it). */
interface TableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
}

export function tablesOf(sheet: Worksheet): TableInfo[] {
  const tables = (sheet as unknown as { tables?: Record<string, { table?: TableModel }> }).tables ?? {};
  const out: TableInfo[] = [];
  for (const [key, table] of Object.entries(tables)) {
    const model = table?.table ?? {};
    const ref = model.tableRef ?? model.ref;
    if (!ref || !ref.includes(":")) continue;
    const [from, to] = ref.split(":").map(parseCell);
    out.push({
      name: model.name ?? model.displayName ?? key,
      sheet,
      top: from.row + 1,
      left: from.col + 1,
      bottom: to.row + 1 - (model.totalsRow ? 1 : 0),
      right: to.col + 1,
    });
  }
  return out;
}

export function allTables(workbook: Workbook): TableInfo[] {
  return workbook.worksheets.flatMap(tablesOf);
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function findTable(workbook: Workbook, name: string): TableInfo | undefined {
  return allTables(workbook).find((t) => same(t.name, name));
}

export function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((s) => same(s.name, name));
}

/** Rows → columns of the cells exceljs holds a value (or formula) for, within `rect` (the whole sheet when omitted). */
export function occupiedCells(ws: Worksheet, rect?: Rect): Map<number, number[]> {
  const found = new Map<number, number[]>();
  ws.eachRow((row, r) => {
    if (rect && (r < rect.top || r > rect.bottom)) return;
    const columns: number[] = [];
    row.eachCell((cell, c) => {
      if ((!rect || (c >= rect.left && c <= rect.right)) && cell.value !== null && cell.value !== "") columns.push(c);
    });
    if (columns.length > 0) found.set(r, columns);
  });
  return found;
}

/** Values of rows top..bottom, columns left..right (1-based, inclusive); `uncached` collects the sheet positions of formulas with no saved result. */
export function readRect(
  sheet: Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  date1904: boolean,
  uncached?: [number, number][],
): ExcelValue[][] {
  const width = Math.max(0, right - left + 1);
  const rows: ExcelValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const out = new Array<ExcelValue>(width);
    const row = sheet.findRow(r);
    const cells = row ? (row.values as unknown[]) : [];
    for (let c = 0; c < width; c++) {
      const value = cells[left + c] as Parameters<typeof excelValue>[0];
      out[c] = excelValue(value, date1904);
      if (uncached && out[c] === "" && isUncachedFormula(value)) uncached.push([r, left + c]);
    }
    rows.push(out);
  }
  return rows;
}

export function tableGrid(table: TableInfo, date1904: boolean): Grid {
  return {
    sheet: table.sheet.name,
    tableName: table.name,
    values: readRect(table.sheet, table.top, table.left, table.bottom, table.right, date1904),
    firstRow: table.top,
    firstColumn: table.left - 1,
  };
}

/**
 * A sheet's used range (values only), like Excel's getUsedRange(true), read over the block of its
 * values only: a stray far cell does not stretch it to the sheet's dimension (dataExtent.ts).
 */
export function usedGrid(sheet: Worksheet, date1904: boolean): Grid {
  const extent = dataExtent(occupiedCells(sheet));
  if (!extent) return { sheet: sheet.name, tableName: null, values: [], firstRow: 1, firstColumn: 0 };
  const uncached: [number, number][] = [];
  const values = readRect(sheet, extent.top, extent.left, extent.bottom, extent.right, date1904, uncached);
  const grid = { sheet: sheet.name, tableName: null, values, firstRow: extent.top, firstColumn: extent.left - 1 };
  return withUncached(trimGrid(grid), uncached);
}
