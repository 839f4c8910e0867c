/**
 * Cells of an .xlsx as Excel's JavaScript API gives them (see cellValue.ts), from one of two readers:
 * the whole workbook loaded by exceljs (it can then be copied), or one streaming pass (exceljs's
 * WorkbookReader) that keeps only the rows asked for in advance. Both answer the same two questions,
 * so the file adapter cannot tell them apart: the values of a rectangle, and a sheet's used range.
 */
import ExcelJS from "exceljs";
import { excelValue, isBlankValue, isUncachedFormula, type ExcelValue } from "./cellValue";
import { occupiedCells, readRect, usedGrid } from "./workbookTables";
import { trimGrid, withUncached, type Grid } from "./grid";
import type { Rect } from "./packageIndex";
import { boundedRect, dataExtent, type Occupied } from "./dataExtent";
import { sameName } from "../workbook/names";

export interface CellSource {
  /**
   * Values of `rect` on `sheet` ("" for empty cells); null when the sheet does not exist. `uncached`
   * collects the sheet positions (1-based row, column) of formulas with no saved result.
   */
  rect(sheet: string, rect: Rect, uncached?: [number, number][]): ExcelValue[][] | null;
  /** The sheet's used range (values only, like getUsedRange(true)); null when the sheet does not exist. */
  used(sheet: string): Grid | null;
}

export function wholeCells(workbook: ExcelJS.Workbook, date1904: boolean): CellSource {
  const find = (name: string) => workbook.worksheets.find((s) => sameName(s.name, name));
  return {
    rect(sheet, rect, uncached) {
      const ws = find(sheet);
      if (!ws) return null;
      // A reference over whole columns (or a table ref claiming the sheet) stops at the data inside it.
      const read = boundedRect(rect, occupiedCells(ws, rect));
      return readRect(ws, read.top, read.left, read.bottom, read.right, date1904, uncached);
    },
    used(sheet) {
      const ws = find(sheet);
      return ws ? usedGrid(ws, date1904) : null;
    },
  };
}

/** What the streaming pass keeps of one sheet. */
export interface SheetWant {
  /** Keep every row (the sheet's used range is wanted). */
  used: boolean;
  /** Otherwise: keep the rows and columns of these rectangles. */
  rects: Rect[];
  /**
   * A register candidate: after `scanRows` rows, `keep(rows)` decides from those rows whether to go on
   * keeping the rest of the sheet (the header was found) or to drop it (not a register).
   */
  candidate?: { scanRows: number; keep(rows: readonly (readonly ExcelValue[])[]): boolean };
}

interface KeptSheet {
  /** Sheet row number → values (1-based columns at index 0 = column A). */
  rows: Map<number, ExcelValue[]>;
  maxRow: number;
  /** Sheet positions (1-based row, column) of kept formulas with no saved result. */
  uncached: [number, number][];
}

/** One pass over the file, keeping only what `wants` names (sheet name, any case → want). */
export async function streamCells(path: string, wants: ReadonlyMap<string, SheetWant>): Promise<CellSource> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore", // dates stay the serials stored in the file: what Excel's API gives
    worksheets: "emit",
    entries: "ignore",
  });
  const kept = new Map<string, KeptSheet>();
  const sheetNames: string[] = [];
  const wantOf = (name: string): SheetWant | undefined => {
    for (const [wanted, want] of wants) if (sameName(wanted, name)) return want;
    return undefined;
  };
  for await (const ws of reader) {
    const name = (ws as unknown as { name: string }).name;
    sheetNames.push(name);
    const want = wantOf(name);
    if (!want) {
      for await (const row of ws) void row; // rows must be consumed for the reader to move on
      continue;
    }
    const sheet: KeptSheet = { rows: new Map(), maxRow: 0, uncached: [] };
    const lastRow = want.used ? Infinity : Math.max(0, ...want.rects.map((r) => r.bottom));
    const lastCol = want.used ? Infinity : Math.max(0, ...want.rects.map((r) => r.right));
    let candidate = want.candidate;
    let keepAll = want.used;
    for await (const row of ws) {
      const number = row.number;
      if (!keepAll && number > lastRow && !candidate) continue;
      const values = rowValues(row.values as unknown[], keepAll || candidate ? Infinity : lastCol, number, sheet.uncached);
      if (keepAll || candidate || inRects(number, want.rects)) {
        sheet.rows.set(number, values);
        sheet.maxRow = Math.max(sheet.maxRow, number);
      }
      if (candidate && number >= candidate.scanRows) {
        const scanned = denseRows(sheet, 1, candidate.scanRows);
        if (candidate.keep(trimGrid({ sheet: name, tableName: null, values: scanned, firstRow: 1, firstColumn: 0 }).values)) keepAll = true;
        else if (want.rects.length === 0) {
          sheet.rows.clear(); // not a register: nothing of this sheet is needed
          sheet.maxRow = 0;
          sheet.uncached = [];
        } else {
          for (const n of [...sheet.rows.keys()]) if (!inRects(n, want.rects)) sheet.rows.delete(n);
        }
        candidate = undefined;
      }
    }
    kept.set(name, sheet);
  }
  const find = (name: string) => {
    for (const [kname, sheet] of kept) if (sameName(kname, name)) return { name: kname, sheet };
    return undefined;
  };
  return {
    rect(sheetName, rect, uncached) {
      const found = find(sheetName);
      if (!found) return sheetNames.some((n) => sameName(n, sheetName)) ? [] : null; // a sheet with nothing kept
      const read = boundedRect(rect, keptCells(found.sheet, rect));
      if (uncached)
        for (const [r, c] of found.sheet.uncached)
          if (r >= read.top && r <= read.bottom && c >= read.left && c <= read.right) uncached.push([r, c]);
      return denseRows(found.sheet, read.top, read.bottom, read.left, read.right);
    },
    used(sheetName) {
      const found = find(sheetName);
      if (!found)
        return sheetNames.some((n) => sameName(n, sheetName))
          ? { sheet: sheetName, tableName: null, values: [], firstRow: 1, firstColumn: 0 }
          : null;
      const extent = dataExtent(keptCells(found.sheet));
      if (!extent) return { sheet: found.name, tableName: null, values: [], firstRow: 1, firstColumn: 0 };
      const values = denseRows(found.sheet, extent.top, extent.bottom, extent.left, extent.right);
      const grid = { sheet: found.name, tableName: null, values, firstRow: extent.top, firstColumn: extent.left - 1 };
      return withUncached(trimGrid(grid), found.sheet.uncached);
    },
  };
}

/** Rows → columns of the kept cells holding a value or an uncached formula, within `rect` (all when omitted). */
function keptCells(sheet: KeptSheet, rect?: Rect): Occupied {
  const found = new Map<number, number[]>();
  const inside = (r: number, c: number) => !rect || (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right);
  for (const [r, values] of sheet.rows) {
    const columns: number[] = [];
    for (let c = 1; c <= values.length; c++) if (!isBlankValue(values[c - 1]) && inside(r, c)) columns.push(c);
    if (columns.length > 0) found.set(r, columns);
  }
  for (const [r, c] of sheet.uncached) if (inside(r, c)) found.set(r, [...(found.get(r) ?? []), c]);
  return found;
}

function inRects(row: number, rects: readonly Rect[]): boolean {
  return rects.some((r) => row >= r.top && row <= r.bottom);
}

function rowValues(sparse: unknown[], lastCol: number, row: number, uncached: [number, number][]): ExcelValue[] {
  const end = Math.min(sparse.length - 1, lastCol);
  const out: ExcelValue[] = [];
  for (let c = 1; c <= end; c++) {
    const value = sparse[c] as Parameters<typeof excelValue>[0];
    const read = excelValue(value, false);
    if (read === "" && isUncachedFormula(value)) uncached.push([row, c]);
    out.push(read);
  }
  return out;
}

/** Rows top..bottom, columns left..right (1-based; right = widest kept row when omitted), "" where nothing was kept. */
function denseRows(sheet: KeptSheet, top: number, bottom: number, left = 1, right?: number): ExcelValue[][] {
  let width = 0;
  if (right === undefined) {
    for (let r = top; r <= bottom; r++) width = Math.max(width, sheet.rows.get(r)?.length ?? 0);
    right = width;
  }
  const span = Math.max(0, right - left + 1);
  const out: ExcelValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = sheet.rows.get(r);
    const values = new Array<ExcelValue>(span);
    for (let c = 0; c < span; c++) values[c] = row?.[left - 1 + c] ?? "";
    out.push(values);
  }
  return out;
}
