/**
 * Excel column letters from 0-based column indexes: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD".
 * Bijective base 26: there is no zero digit, so each step subtracts one before dividing.
 */
export function columnLetter(index: number): string {
  let n = Math.floor(index);
  if (!(n >= 0)) return "";
  let letters = "";
  while (n >= 0) {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  }
  return letters;
}

/** "A" → 0, "Z" → 25, "AA" → 26, "XFD" → 16383 (case-insensitive); -1 for anything that is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface CellAddress {
  /** Sheet name without quotes, or null when the address has none. */
  sheet: string | null;
  /** 1-based worksheet row. */
  row: number;
  /** 0-based column. */
  column: number;
}

/** "B12", "$B$12", "Register!B12", "'Chase log'!B12" → sheet, row and column; null when it is not a cell address. */
export function parseCellAddress(address: string): CellAddress | null {
  const match = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
  return { sheet, row: Number(match[4]), column: columnIndex(match[3]) };
}
