/**
 * The text Excel shows for a cell value under a number format code (en-US display), for the playground
 * grid. Covers what the add-in writes and what buyers' files commonly hold: General, fixed decimals,
 * thousands separators, percent, currency symbols ("¥", [$€-407]), literals, up to four sections with
 * colours and simple conditions, text "@", and dates/times. Anything else (fractions, scientific codes)
 * falls back to General rather than guessing.
 *
 * Why not a library: SheetJS `ssf` (0.11.2, the last one on npm) throws on "dd.mm.yyyy"; `numfmt` is
 * well kept but adds ~33 KB gzip to the playground and its 4.0.1 package cannot be require()d.
 */
import type { CellValue } from "../in-memory-excel/store";
import { MAX_SERIAL, isoWeekday, ymdFromSerial } from "../src/dates/serial";

/** What Excel shows for a number it cannot display in the format (a negative date, beyond 9999-12-31). */
export const UNDISPLAYABLE = "########";

/** General in a standard-width column: at most 11 characters besides the sign. */
const GENERAL_WIDTH = 11;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function formatCellValue(value: CellValue, format = "General"): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const parsed = parseFormat(format || "General");
  if (typeof value === "string") return parsed.text ? renderLiterals(parsed.text, value) : value;
  if (!Number.isFinite(value)) return String(value);
  const { section, abs } = pickSection(parsed.numeric, value);
  return formatNumberSection(abs ? Math.abs(value) : value, section);
}

type SectionKind = "empty" | "general" | "prefixedGeneral" | "date" | "digits" | "literal";

interface ParsedSection {
  condition: ((n: number) => boolean) | null;
  tokens: Token[];
  kind: SectionKind;
  digits: DigitPlan | null;
  date: DatePlan | null;
}

interface ParsedFormat {
  numeric: ParsedSection[];
  /** The section that formats text (a fourth section, or one with @), null when text shows as is. */
  text: Token[] | null;
}

/** Parsed once per format code: the grid formats every visible cell on each scroll frame. */
const parsedFormats = new Map<string, ParsedFormat>();
const PARSED_FORMATS_KEPT = 500;

function parseFormat(format: string): ParsedFormat {
  const known = parsedFormats.get(format);
  if (known) return known;
  const sections = splitSections(format);
  const textSection = sections.length === 4 ? sections[3] : sections.find((s) => /@/.test(stripQuoted(s)));
  const parsed: ParsedFormat = {
    numeric: (sections.length === 4 ? sections.slice(0, 3) : sections).map((section) => {
      const { code, condition } = cleanSection(section);
      const tokens = tokenize(code);
      const kind = sectionKind(tokens);
      return { condition, tokens, kind, digits: kind === "digits" ? digitPlan(tokens) : null, date: kind === "date" ? datePlan(tokens) : null };
    }),
    text: textSection === undefined ? null : tokenize(cleanSection(textSection).code),
  };
  if (parsedFormats.size >= PARSED_FORMATS_KEPT) parsedFormats.clear();
  parsedFormats.set(format, parsed);
  return parsed;
}

function sectionKind(tokens: Token[]): SectionKind {
  const code = tokens.filter((t) => t.kind === "code").map((t) => t.text).join("");
  if (tokens.length === 0) return "empty"; // an empty section hides the value ("0;-0;" for zero)
  if (/^\s*general\s*$/i.test(code) || /^@$/.test(code.trim())) return "general";
  if (/general/i.test(code)) return "prefixedGeneral";
  if (isDateCode(code)) return "date";
  if (/[0#?]/.test(code) && !/[eE][+-]|\//.test(code)) return "digits";
  if (!/[0#?]/.test(code)) return "literal"; // a section of text only: "zero", "-"
  return "general"; // fractions, scientific: General rather than a wrong guess
}

/** Splits on ";" outside quotes, brackets and escapes. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      current += format.slice(i, i + 2);
      i++;
    } else if (ch === "[") {
      const end = format.indexOf("]", i);
      const stop = end < 0 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === ";") {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections.slice(0, 4);
}

function stripQuoted(section: string): string {
  return section.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
}

interface CleanSection {
  code: string;
  condition: ((n: number) => boolean) | null;
}

/** Drops colours ([Red], [Color10]) and locale tags, keeps a currency symbol ([$€-407] → "€") and reads a condition ([<0]). */
function cleanSection(section: string): CleanSection {
  let condition: CleanSection["condition"] = null;
  const code = section.replace(/\[([^\]]*)\]/g, (whole, inner: string) => {
    const cond = /^(<=|>=|<>|<|>|=)\s*(-?[\d.]+(?:E[+-]?\d+)?)$/i.exec(inner);
    if (cond) {
      const limit = Number(cond[2]);
      condition = compare(cond[1], limit);
      return "";
    }
    if (inner.startsWith("$")) return `"${inner.slice(1).split("-")[0]}"`;
    if (/^(h+|m+|s+)$/i.test(inner)) return whole; // elapsed time: kept for the date renderer
    return ""; // colours, [DBNum1] and other display hints
  });
  return { code, condition };
}

function compare(op: string, limit: number): (n: number) => boolean {
  switch (op) {
    case "<": return (n) => n < limit;
    case "<=": return (n) => n <= limit;
    case ">": return (n) => n > limit;
    case ">=": return (n) => n >= limit;
    case "<>": return (n) => n !== limit;
    default: return (n) => n === limit;
  }
}

/**
 * Excel's section choice: one section for all; two: positive-and-zero / negative; three: positive /
 * negative / zero. A section chosen for a negative number shows the absolute value (its own text says
 * how a negative reads), except when the format has one section. Conditions replace the sign rules.
 */
function pickSection(sections: ParsedSection[], value: number): { section: ParsedSection; abs: boolean } {
  if (sections.some((s) => s.condition)) {
    let index = sections.findIndex((s) => s.condition?.(value));
    if (index < 0) index = Math.max(0, sections.findIndex((s) => !s.condition));
    return { section: sections[index], abs: index > 0 && value < 0 };
  }
  if (sections.length === 1 || value > 0) return { section: sections[0], abs: false };
  if (value < 0) return { section: sections[1], abs: true };
  return { section: sections.length >= 3 ? sections[2] : sections[0], abs: false };
}

type Token = { kind: "literal"; text: string } | { kind: "code"; text: string };

/** Quoted text, escapes and padding become literals; everything else stays one code character at a time. */
function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      tokens.push({ kind: "literal", text: code.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\") {
      tokens.push({ kind: "literal", text: code[i + 1] ?? "" });
      i++;
    } else if (ch === "_") {
      tokens.push({ kind: "literal", text: " " }); // the width of the next character: a space is close enough
      i++;
    } else if (ch === "*") {
      i++; // fill to the column width: nothing in a fixed-width grid cell
    } else tokens.push({ kind: "code", text: ch });
  }
  return tokens;
}

function renderLiterals(tokens: Token[], text: string): string {
  return tokens.map((t) => (t.kind === "literal" ? t.text : t.text === "@" ? text : t.text)).join("");
}

function formatNumberSection(value: number, { kind, tokens, digits, date }: ParsedSection): string {
  switch (kind) {
    case "empty": return "";
    case "general": return formatGeneral(value);
    case "prefixedGeneral": return renderLiterals(tokens.filter((t) => t.kind === "literal"), "") + formatGeneral(value);
    case "date": return formatDate(value, date!);
    case "digits": return formatDigits(value, digits!);
    case "literal": return renderLiterals(tokens, "");
  }
}

// ---------------------------------------------------------------------------------------------- General

/** Excel's General in a standard column: fixed notation when it fits in 11 characters, else scientific. */
export function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const sign = value < 0 ? "-" : "";
  const n = Math.abs(value);
  const exponent = Math.floor(Math.log10(n));
  const fixed = exponent < GENERAL_WIDTH ? fixedGeneral(n, exponent) : null;
  // From 0.0001 up, fixed notation keeps at least the 6 digits scientific could show.
  if (fixed !== null && exponent >= -4) return sign + fixed;
  const scientific = scientificGeneral(n);
  // Fixed unless scientific is closer to the value (0.000000123456 → 1.23456E-07, 5E-10 not 0.000000001).
  if (fixed !== null && Math.abs(Number(fixed) - n) <= Math.abs(Number(scientific) - n)) return sign + fixed;
  return sign + scientific;
}

function fixedGeneral(n: number, exponent: number): string | null {
  const integerDigits = Math.max(1, exponent + 1);
  const decimals = Math.max(0, GENERAL_WIDTH - integerDigits - 1);
  const { integer, fraction } = roundDecimal(n, decimals);
  if (integer.length > GENERAL_WIDTH) return null; // rounding carried into a 12th digit
  const kept = fraction.replace(/0+$/, "");
  const text = kept ? `${integer}.${kept}` : integer;
  return text.length > GENERAL_WIDTH ? text.slice(0, GENERAL_WIDTH).replace(/\.?0*$/, "") : text === "0" ? null : text;
}

function scientificGeneral(n: number): string {
  for (let digits = 6; digits >= 0; digits--) {
    const [mantissa, exp] = Number(n.toPrecision(15)).toExponential(digits).split("e");
    const e = Number(exp);
    const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
    const text = `${trimmed}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
    if (text.length <= GENERAL_WIDTH) return text;
  }
  return n.toExponential(0).toUpperCase();
}

// ---------------------------------------------------------------------------------------------- digits

/**
 * |n| rounded half away from zero to `decimals` places, as decimal digit strings. Excel first keeps 15
 * significant digits, so 2.345 (2.34499999… in binary) rounds to 2.35 as it does on screen.
 */
export function roundDecimal(n: number, decimals: number): { integer: string; fraction: string } {
  const scaled = Math.abs(n) * 10 ** decimals;
  if (scaled < 1e15) {
    // Fast path, exact below 2^53: 2.345 × 100 = 234.49999999999997 → 15 digits 234.5 → 235.
    const whole = Math.round(Number(scaled.toPrecision(15)));
    const text = String(whole).padStart(decimals + 1, "0");
    return { integer: text.slice(0, text.length - decimals), fraction: text.slice(text.length - decimals) };
  }
  const [mantissa, exp] = Math.abs(n).toExponential(14).split("e");
  const digits = mantissa.replace(".", "").split("").map(Number);
  const pointAt = Number(exp) + 1; // digits[0..pointAt) are the integer part
  let padded = digits;
  if (pointAt < 0) padded = [...Array<number>(-pointAt).fill(0), ...digits];
  const point = Math.max(0, pointAt);
  while (padded.length < point + decimals + 1) padded.push(0);
  const keep = padded.slice(0, point + decimals);
  if (padded[point + decimals] >= 5) {
    let i = keep.length - 1;
    while (i >= 0 && keep[i] === 9) keep[i--] = 0;
    if (i >= 0) keep[i]++;
    else {
      keep.unshift(1);
      return split(keep, point + 1, decimals);
    }
  }
  return split(keep, point, decimals);
}

function split(digits: number[], point: number, decimals: number): { integer: string; fraction: string } {
  const integer = digits.slice(0, point).join("").replace(/^0+(?=\d)/, "") || "0";
  return { integer, fraction: digits.slice(point, point + decimals).join("") };
}

interface DigitPlan {
  before: string;
  /** Literals between the digit placeholders ("000-0000"): shown after the number. */
  inside: string;
  after: string;
  integerCodes: string[];
  fractionCodes: string[];
  hasPoint: boolean;
  grouped: boolean;
  /** × 100 per %, ÷ 1,000 per trailing comma. */
  factor: number;
}

function digitPlan(tokens: Token[]): DigitPlan {
  const codes = tokens.map((t) => (t.kind === "code" ? t.text : ""));
  const firstDigit = codes.findIndex((c) => /[0#?]/.test(c));
  let lastDigit = codes.length - 1;
  while (!/[0#?]/.test(codes[lastDigit])) lastDigit--;
  const pointIndex = codes.findIndex((c, i) => c === "." && i > firstDigit && i < lastDigit + 1);
  const integerEnd = pointIndex < 0 ? lastDigit + 1 : pointIndex;
  // Commas right after the last digit placeholder divide by 1,000 each ("#,##0," shows thousands).
  let scale = 0;
  for (let i = lastDigit + 1; i < codes.length && codes[i] === ","; i++) scale++;
  const percents = codes.filter((c) => c === "%").length;
  return {
    before: renderLiterals(tokens.slice(0, firstDigit), ""),
    inside: renderLiterals(tokens.slice(firstDigit, lastDigit + 1).filter((t, i) => t.kind === "literal" || !/[0#?.,]/.test(codes[firstDigit + i])), ""),
    after: renderLiterals(tokens.slice(lastDigit + 1 + scale), ""),
    integerCodes: codes.slice(firstDigit, integerEnd).filter((c) => /[0#?]/.test(c)),
    fractionCodes: pointIndex < 0 ? [] : codes.slice(pointIndex + 1, lastDigit + 1).filter((c) => /[0#?]/.test(c)),
    hasPoint: pointIndex >= 0,
    grouped: codes.slice(firstDigit, integerEnd).includes(","),
    factor: 100 ** percents / 1000 ** scale,
  };
}

function formatDigits(value: number, plan: DigitPlan): string {
  const { integerCodes, fractionCodes } = plan;
  const { integer, fraction } = roundDecimal(Math.abs(value) * plan.factor, fractionCodes.length);
  const negative = value < 0 && /[1-9]/.test(integer + fraction);

  const firstZero = integerCodes.indexOf("0");
  let intText = integer === "0" && firstZero < 0 ? "" : integer;
  if (firstZero >= 0) intText = intText.padStart(integerCodes.length - firstZero, "0");
  if (plan.grouped && intText.length > 3) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // Trailing zeros under # vanish and under ? become spaces; zeros under 0 stay.
  let end = fraction.length;
  while (end > 0 && fraction[end - 1] === "0" && fractionCodes[end - 1] !== "0") end--;
  let fracText = fraction.slice(0, end);
  for (let i = end; i < fractionCodes.length; i++) if (fractionCodes[i] === "?") fracText += " ";
  // Excel keeps the point even when no decimal is left ("0.###" shows 500 as "500.").
  const number = plan.hasPoint ? `${intText}.${fracText}` : intText;
  return (negative ? "-" : "") + plan.before + number + plan.inside + plan.after;
}

// ---------------------------------------------------------------------------------------------- dates

function isDateCode(code: string): boolean {
  return /[ymdhs]/i.test(code.replace(/\[(h+|m+|s+)\]/gi, "h")) && !/[0#?]/.test(code.replace(/[ymdhs]+\.0+/gi, ""));
}

interface DatePart {
  kind: "literal" | "part";
  /** Lower case for parts: "yyyy", "mm", "am/pm", "[h]". */
  text: string;
  /** An "m"/"mm" that means minutes: after an hour or before a second (Excel's rule), literals skipped. */
  minute?: boolean;
}

interface DatePlan {
  parts: DatePart[];
  twelveHour: boolean;
}

function datePlan(tokens: Token[]): DatePlan {
  const parts = dateParts(tokens).map((p) => (p.kind === "part" ? { ...p, text: p.text.toLowerCase() } : p));
  const codes = parts.filter((p) => p.kind === "part");
  codes.forEach((p, i) => {
    if (/^m{1,2}$/.test(p.text)) p.minute = (i > 0 && /^\[?h/.test(codes[i - 1].text)) || (i + 1 < codes.length && /^\[?s/.test(codes[i + 1].text));
  });
  return { parts, twelveHour: codes.some((p) => p.text === "am/pm" || p.text === "a/p") };
}

/** Splits a date code into runs of one letter (yyyy, mm, AM/PM…) and literals. */
function dateParts(tokens: Token[]): DatePart[] {
  const parts: DatePart[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "literal") {
      parts.push({ kind: "literal", text: t.text });
      continue;
    }
    const rest = tokens.slice(i).map((x) => (x.kind === "code" ? x.text : "\u0000")).join("");
    const ampm = /^(AM\/PM|A\/P)/i.exec(rest);
    const elapsed = /^\[(h+|m+|s+)\]/i.exec(rest);
    const run = /^(([ymdhs])\2*)/i.exec(rest);
    const match = ampm ?? elapsed ?? run;
    if (match) {
      parts.push({ kind: "part", text: match[0] });
      i += match[0].length - 1;
    } else parts.push({ kind: "literal", text: t.text });
  }
  return parts;
}

function formatDate(serial: number, { parts, twelveHour }: DatePlan): string {
  if (serial < 0 || serial >= MAX_SERIAL + 1) return UNDISPLAYABLE;
  // Excel rounds a time to the nearest second before showing it.
  const seconds = Math.round(serial * 86400);
  const day = Math.floor(seconds / 86400);
  const secondOfDay = seconds - day * 86400;
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const second = secondOfDay % 60;
  const { year, month, day: dayOfMonth } = day === 0 ? { year: 1900, month: 1, day: 0 } : ymdFromSerial(day);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  let out = "";
  for (const p of parts) out += p.kind === "literal" ? p.text : datePart(p);
  return out;

  function datePart(p: DatePart): string {
    const text = p.text;
    const letter = text[0];
    if (/^\[h+\]$/.test(text)) return pad(day * 24 + hour, text.length - 2);
    if (/^\[m+\]$/.test(text)) return pad((day * 24 + hour) * 60 + minute, text.length - 2);
    if (/^\[s+\]$/.test(text)) return pad(seconds, text.length - 2);
    if (text === "am/pm") return hour < 12 ? "AM" : "PM";
    if (text === "a/p") return hour < 12 ? "A" : "P";
    if (letter === "y") return text.length <= 2 ? pad(year % 100, 2) : pad(year, 4);
    if (letter === "d") {
      if (text.length <= 2) return pad(dayOfMonth, text.length);
      const weekday = WEEKDAYS[isoWeekday(day) - 1];
      return text.length === 3 ? weekday.slice(0, 3) : weekday;
    }
    if (letter === "h") {
      const h = twelveHour ? hour % 12 || 12 : hour;
      return pad(h, Math.min(text.length, 2));
    }
    if (letter === "s") return pad(second, Math.min(text.length, 2));
    if (letter === "m") {
      if (p.minute) return pad(minute, text.length);
      if (text.length <= 2) return pad(month, text.length);
      const name = MONTHS[month - 1];
      return text.length === 3 ? name.slice(0, 3) : text.length === 5 ? name[0] : name;
    }
    return p.text;
  }
}
