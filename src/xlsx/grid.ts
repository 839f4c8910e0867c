/**
 * A block of cells read from a sheet, and the pure helpers that find the register's header row
 * in it. Coordinates as the engine wants them: firstRow is the 1-based sheet row of values[0],
 * firstColumn the 0-based sheet column of values[r][0].
 */
import { detectColumns } from "../register/detectColumns";
import { isBlankValue, type ExcelValue } from "./cellValue";

export interface Grid {
  sheet: string;
  /** The Excel table the block is, or null for a sheet's used range. */
  tableName: string | null;
  values: ExcelValue[][];
  firstRow: number;
  firstColumn: number;
}

/** Rows scanned for a header row when the register is a sheet rather than a table (title rows above it are common). */
export const HEADER_SCAN_ROWS = 20;

function blankRow(row: readonly ExcelValue[]): boolean {
  for (const v of row) if (!isBlankValue(v)) return false;
  return true;
}

/**
 * The used range of a block, as Excel's getUsedRange(valuesOnly) sees it: the bounding box of the
 * non-empty cells. Rows stay shared with the input when no column is trimmed.
 */
export function trimGrid(grid: Grid): Grid {
  const { values } = grid;
  let top = 0;
  while (top < values.length && blankRow(values[top])) top++;
  let bottom = values.length;
  while (bottom > top && blankRow(values[bottom - 1])) bottom--;
  if (top === bottom) return { ...grid, values: [] };
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  for (let r = top; r < bottom; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      if (isBlankValue(row[c])) continue;
      if (c < left) left = c;
      if (c + 1 > right) right = c + 1;
    }
  }
  const rows = values.slice(top, bottom).map((row) => {
    if (left === 0 && row.length === right) return row;
    const out = row.slice(left, right);
    while (out.length < right - left) out.push("");
    return out;
  });
  return { ...grid, values: rows, firstRow: grid.firstRow + top, firstColumn: grid.firstColumn + left };
}

/** True when a row names every required register field (what "the header row is detected" means). */
export function isRegisterHeader(row: readonly unknown[]): boolean {
  return row.length > 0 && detectColumns(row).missingRequired.length === 0;
}

/** 0-based index of the header row among the first HEADER_SCAN_ROWS rows, or -1. */
export function findHeaderRow(values: readonly (readonly ExcelValue[])[]): number {
  const n = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < n; r++) if (isRegisterHeader(values[r])) return r;
  return -1;
}

/** The grid from its header row down (the rows above are titles). */
export function fromHeaderRow(grid: Grid, headerRow: number): Grid {
  return headerRow <= 0 ? grid : { ...grid, values: grid.values.slice(headerRow), firstRow: grid.firstRow + headerRow };
}
