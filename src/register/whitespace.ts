/**
 * The whitespace String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator), checked one
 * UTF-16 code unit at a time, so that a cell is trimmed only when an end needs it. In Chromium, trim
 * copies the text even when there is nothing to remove: a register whose supplier names are Chinese or
 * Japanese paid ~7 MB of garbage (and its collections) per 20,000 lines for it.
 */

/** Whether trim removes this code unit: tab, line ends, space, no-break spaces, the Unicode spaces (Zs), BOM. */
export function isTrimmedSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** text.trim(), the same string itself when neither end is whitespace (most cells). */
export function trimmed(text: string): string {
  // charCodeAt past the end gives NaN, and V8 then throws away the optimized reader of every cell (twice).
  if (text.length === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  // Visible ASCII or Latin-1 controls at both ends, most cells: decided without a call.
  if (first > 0x20 && first < 0xa0 && last > 0x20 && last < 0xa0) return text;
  return isTrimmedSpace(first) || isTrimmedSpace(last) ? text.trim() : text;
}

/** Whether the text is empty or whitespace only (trim gives ""). */
export function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  return first > 0x20 && first < 0xa0 ? false : isTrimmedSpace(first) && text.trim() === "";
}
