/**
 * A block of cells read from a sheet (the file adapter's SourceBlock), and its used range. Where the
 * register's header is in it is src/workbook's rule (registerLocation.ts). Coordinates as the engine wants them: firstRow is the 1-based sheet row of values[0],
 * firstColumn the 0-based sheet column of values[r][0].
 */
import { isBlankValue, type ExcelValue } from "./cellValue";

export interface Grid {
  sheet: string;
  /** The Excel table the block is, or null for a sheet's used range. */
  tableName: string | null;
  values: ExcelValue[][];
  firstRow: number;
  firstColumn: number;
  /** [row, column] within values of formulas with no saved result (src/pipeline/sources.ts). */
  uncachedFormulas?: [number, number][];
}

/** Sheet positions (1-based row and column) → positions within `grid`, those outside dropped. */
export function withUncached(grid: Grid, sheetCells: readonly (readonly [number, number])[]): Grid {
  if (sheetCells.length === 0) return grid;
  const rows = grid.values.length;
  const cols = grid.values[0]?.length ?? 0;
  const inside: [number, number][] = [];
  for (const [row, col] of sheetCells) {
    const r = row - grid.firstRow;
    const c = col - 1 - grid.firstColumn;
    if (r >= 0 && r < rows && c >= 0 && c < cols) inside.push([r, c]);
  }
  return inside.length > 0 ? { ...grid, uncachedFormulas: inside } : grid;
}

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
