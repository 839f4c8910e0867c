/** A1 addresses <-> 0-based rectangles. Pure, browser-safe. */

export interface Rect {
  /** 0-based first row */
  row: number;
  /** 0-based first column */
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "Sheet1", "'Chase log'" as Excel writes sheet names in addresses. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectToA1(rect: Rect): string {
  const start = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

export function rectToAddress(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${rectToA1(rect)}`;
}

/** Splits "'Chase log'!A1:B2" into sheet and local part; sheet is null without a "!". */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

/** Parses "B3", "A1:C5", "A:C" or "2:4" (no sheet part); undefined when it is not an address. */
export function parseA1(local: string): Rect | undefined {
  const [a, b = a] = local.split(":");
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    const rect = { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
    return isInsideSheet(rect) ? rect : undefined;
  }
  const colA = COLS.exec(a);
  const colB = COLS.exec(b);
  if (colA && colB) {
    const c1 = columnIndex(colA[1]);
    const c2 = columnIndex(colB[1]);
    return { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  const rowA = ROWS.exec(a);
  const rowB = ROWS.exec(b);
  if (rowA && rowB) {
    const r1 = Number(rowA[1]) - 1;
    const r2 = Number(rowB[1]) - 1;
    return { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
  }
  return undefined;
}

export function isInsideSheet(rect: Rect): boolean {
  return rect.row >= 0 && rect.col >= 0 && rect.rows >= 1 && rect.cols >= 1 && rect.row + rect.rows <= MAX_ROWS && rect.col + rect.cols <= MAX_COLS;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
