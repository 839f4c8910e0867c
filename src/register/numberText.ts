/**
 * Numbers typed as text, and which mark is the decimal one. "1,200.50" and "1.200,50" say it by
 * themselves; "1,5" and "1.25" too (a thousands group always has three digits). "1.200" and "1,200"
 * do not: one thousand two hundred in half the world, one point two in the other. A column settles it
 * (`decimalMarkOf`): its other cells with a decimal mark, or — when every other number in it is whole —
 * the grouping reading. Where nothing settles it the value is reported, never read as a silent 1.2.
 */

import { trimmed } from "./whitespace";

export type DecimalMark = "." | ",";
/** How a column reads "1.200" / "1,200": with that decimal mark, as grouped thousands, or not at all. */
export type DecimalConvention = DecimalMark | "grouping" | null;

export type NumberText =
  | { kind: "number"; value: number; mark: DecimalMark | null }
  | { kind: "ambiguous"; ifDecimal: number; ifGrouping: number; mark: DecimalMark }
  | { kind: "invalid" };

const INVALID: NumberText = { kind: "invalid" };
/** No-break, figure, thin, narrow no-break, ideographic spaces and apostrophes (Swiss 1'200) group digits. */
const GROUP_MARKS = /[\u00a0\u2007\u2009\u202f\u3000\u2019']/g;

/** Reads trimmed text as a number; `text` must be non-empty. */
export function readNumberText(raw: string): NumberText {
  let text = raw;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text)) text = text.normalize("NFKC").replace(/\u2212/g, "-");
  text = text.replace(GROUP_MARKS, " ").trim();
  const sign = text[0] === "-" ? -1 : 1;
  if (text[0] === "-" || text[0] === "+") text = text.slice(1);
  const signed = (n: number, mark: DecimalMark | null): NumberText => ({ kind: "number", value: sign * n, mark });
  if (/^\d+$/.test(text)) return signed(Number(text), null);
  // Spaces group thousands; what follows a space-grouped number is a decimal part.
  let m = /^(\d{1,3}(?: \d{3})+)(?:([.,])(\d+))?$/.exec(text);
  if (m) return signed(Number(`${m[1].replace(/ /g, "")}.${m[3] ?? "0"}`), (m[2] as DecimalMark | undefined) ?? null);
  if (/\s/.test(text)) return INVALID;
  // Both marks: the last one is the decimal mark, the other groups thousands.
  m = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(text);
  if (m) return signed(Number(`${m[1].replace(/\./g, "")}.${m[2]}`), ",");
  m = /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(text);
  if (m) return signed(Number(`${m[1].replace(/,/g, "")}.${m[2]}`), ".");
  // One kind of mark.
  for (const mark of [".", ","] as const) {
    const other = mark === "." ? "," : ".";
    if (text.includes(other) || !text.includes(mark)) continue;
    const parts = text.split(mark);
    if (parts.some((p) => !/^\d*$/.test(p))) return INVALID;
    if (parts.length > 2) {
      // "1.200.000": the mark can only group thousands, so the other one is the decimal mark.
      if (/^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => p.length === 3)) return signed(Number(parts.join("")), other);
      return INVALID;
    }
    const [whole, fraction] = parts;
    if (fraction === "") return INVALID;
    const decimal = Number(`${whole || "0"}.${fraction}`);
    // "1.200": three digits after one mark, and a first group that could lead a thousands group.
    if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole))
      return { kind: "ambiguous", ifDecimal: sign * decimal, ifGrouping: sign * Number(whole + fraction), mark };
    return signed(decimal, mark);
  }
  return INVALID;
}

/**
 * Currency words and codes: "12 USD" or "100元" in a quantity or price column is not a number with a
 * unit (a price's currency belongs in the currency column), so it stays refused like "$12".
 */
const CURRENCY_WORDS: ReadonlySet<string> = new Set(
  (
    "usd eur jpy cny rmb gbp chf hkd twd krw sgd aud cad inr thb myr vnd idr php mxn brl sek nok dkk pln czk huf try zar nzd rub" +
    " dollar dollars euro euros yen yuan renminbi pound pounds franc francs won" +
    " 元 圆 圓 块 塊 角 円 美元 欧元 歐元 日元 人民币 人民幣 港币 港元 英镑 ドル ユーロ 人民元"
  ).split(" "),
);

/**
 * A number followed by a unit: letters or CJK characters after the number, no digits, at most one
 * trailing dot ("1200 pcs", "1,200 個", "1200件", "12 pcs.", "30 箱", "100 EA", "5 units").
 * Answers the number part (to read with readNumberText) and the unit, or null. Percent, currency
 * signs and words, brackets and exponents ("1e3": the "unit" holds a digit) are not units.
 */
export function splitUnit(raw: string): { number: string; unit: string } | null {
  let text = raw;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text)) text = text.normalize("NFKC");
  const m = UNIT_SUFFIX.exec(text.trim());
  if (!m) return null;
  const unit = m[2];
  const word = unit.endsWith(".") ? unit.slice(0, -1) : unit;
  if (CURRENCY_WORDS.has(word.toLowerCase())) return null;
  return { number: m[1], unit };
}

// The number: digits with the group and decimal marks readNumberText knows, ending in a digit; then
// optional spaces and one word of letters (any script) with an optional dot.
const UNIT_SUFFIX =
  /^([-+\u2212]?\d[\d.,'\u2019 \u00a0\u2007\u2009\u202f\u3000]*?)[ \u00a0\u2007\u2009\u202f\u3000]*(\p{L}[\p{L}\p{M}]*\.?)$/u;

/** Bound on the cells looked at to settle a column (evidence is plentiful or absent long before). */
const MAX_SCAN = 100_000;

/**
 * How `column` of `rows` (from `from` on) reads an ambiguous value: the decimal mark its unambiguous
 * text uses (one mark only), else "grouping" when every other number in it is whole, else null.
 */
export function decimalMarkOf(rows: readonly (readonly unknown[])[], column: number, from = 1): DecimalConvention {
  let dot = 0;
  let comma = 0;
  let ambiguous = false;
  let others = 0;
  let fractional = false;
  const end = Math.min(rows.length, from + MAX_SCAN);
  for (let r = from; r < end; r++) {
    const value = rows[r]?.[column];
    if (typeof value === "number") {
      others++;
      if (!Number.isInteger(value)) fractional = true;
      continue;
    }
    if (typeof value !== "string") continue;
    const text = trimmed(value);
    if (text === "") continue;
    let read = readNumberText(text);
    if (read.kind === "invalid") {
      const split = splitUnit(value); // "1.200 pcs" says what "1.200" says
      if (split !== null) read = readNumberText(split.number);
    }
    if (read.kind === "ambiguous") ambiguous = true;
    else if (read.kind === "number") {
      others++;
      if (!Number.isInteger(read.value)) fractional = true;
      if (read.mark === ".") dot++;
      else if (read.mark === ",") comma++;
    }
  }
  if (!ambiguous) return ".";
  if (dot > 0 && comma === 0) return ".";
  if (comma > 0 && dot === 0) return ",";
  if (dot > 0 && comma > 0) return null;
  return others > 0 && !fractional ? "grouping" : null;
}

/** The value of an ambiguous reading under a column's convention; undefined when the column does not settle it. */
export function settle(read: Extract<NumberText, { kind: "ambiguous" }>, convention: DecimalConvention): number | undefined {
  if (convention === "grouping") return read.ifGrouping;
  if (convention === null) return undefined;
  return convention === read.mark ? read.ifDecimal : read.ifGrouping;
}
