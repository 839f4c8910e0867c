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
