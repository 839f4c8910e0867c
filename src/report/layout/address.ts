/** A1 addresses of the layout's 0-based cells and rectangles. */
import { columnLetter } from "../../register/columnLetter";
import type { Cell0, Rect0 } from "./types";

/** "B12" → { row: 11, col: 1 } (0-based). Only plain cell addresses, as the KPI layout uses. */
export function parseCell(address: string): Cell0 {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
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
