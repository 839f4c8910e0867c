/** A1 addresses of the layout's 0-based cells and rectangles. */
import { columnLetter, parseCellAddress } from "../../register/columnLetter";
import type { Cell0, Rect0 } from "./types";

/** "B12" → { row: 11, col: 1 } (0-based). Only plain cell addresses, as the KPI layout uses. */
export function parseCell(address: string): Cell0 {
  const cell = parseCellAddress(address);
  if (!cell || cell.sheet !== null) throw new Error(`Not a cell address: ${address}`);
  return { row: cell.row - 1, col: cell.column };
}

/** { row: 0, col: 1 } → "B1". */
export function cellA1(cell: Cell0): string {
  return `${columnLetter(cell.col)}${cell.row + 1}`;
}

/** "B1" for one cell, "B1:D5" for more. */
export function rectA1(rect: Rect0): string {
  const start = cellA1(rect);
  return rect.rows === 1 && rect.cols === 1
    ? start
    : `${start}:${cellA1({ row: rect.row + rect.rows - 1, col: rect.col + rect.cols - 1 })}`;
}

/** Whether the 0-based cell (row, col) lies in the rectangle. */
export function insideRect(rect: Rect0, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}
