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

/** Where two rectangles overlap; null when they do not. */
export function intersection(a: Rect0, b: Rect0): Rect0 | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}

/** `a` without the cells of `b`: at most four rectangles (the bands above and below `b`, then left and right of it). */
export function rectMinus(a: Rect0, b: Rect0): Rect0[] {
  const cut = intersection(a, b);
  if (!cut) return [a];
  const aBottom = a.row + a.rows;
  const aRight = a.col + a.cols;
  const cutBottom = cut.row + cut.rows;
  const cutRight = cut.col + cut.cols;
  const parts: Rect0[] = [];
  if (cut.row > a.row) parts.push({ row: a.row, col: a.col, rows: cut.row - a.row, cols: a.cols });
  if (aBottom > cutBottom) parts.push({ row: cutBottom, col: a.col, rows: aBottom - cutBottom, cols: a.cols });
  if (cut.col > a.col) parts.push({ row: cut.row, col: a.col, rows: cut.rows, cols: cut.col - a.col });
  if (aRight > cutRight) parts.push({ row: cut.row, col: cutRight, rows: cut.rows, cols: aRight - cutRight });
  return parts;
}
