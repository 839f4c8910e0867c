import type { Serial } from "../model";
import { daysInMonth, serialFromYmd } from "./serial";

/**
 * Reading dates typed as text (CSV and ERP exports, hand-typed cells). The rules are written for
 * buyers in docs/rules/dates.md; in short:
 * - year-first dates are always accepted: 2026-11-21, 2026/11/21, 2026.11.21, 20261121,
 *   2026年11月21日, 2026年11月21号, with or without a time part (the time is dropped, the day kept);
 * - Japanese eras: 令和8年11月21日, R8.11.21, 平成31年4月30日, H31/4/30 (元年 = year 1);
 * - English month names: 21 Nov 2026, 21-Nov-26, Nov 21, 2026, Saturday 21 November 2026;
 * - day and month written as numbers (03/04/2026) only when the order is known or cannot matter:
 *   one part above 12 is the day, or both parts are equal; with dots (05.11.2026) always
 *   day.month.year, the only way dotted dates are written;
 * - two-digit years are 2000–2099 (a purchase register never holds 20th-century dates).
 * Full-width digits and separators are folded with NFKC first.
 */

/** How text dates like 03/04/2026 are read. null: unknown, so such dates are refused as ambiguous. */
export type DateOrder = "DMY" | "MDY" | "YMD" | null;

export type TextDateError = "notADate" | "ambiguousDate" | "dateOutOfRange";
export type TextDateResult = { serial: Serial } | { error: TextDateError };

const NOT_A_DATE: TextDateResult = Object.freeze({ error: "notADate" });
const AMBIGUOUS: TextDateResult = Object.freeze({ error: "ambiguousDate" });
const OUT_OF_RANGE: TextDateResult = Object.freeze({ error: "dateOutOfRange" });

/** First year of each Japanese era (year 1 of the era). Era boundaries inside a year are not checked. */
const ERA_START_YEAR: Readonly<Record<string, number>> = {
  令和: 2019,
  r: 2019,
  平成: 1989,
  h: 1989,
  昭和: 1926,
  s: 1926,
  大正: 1912,
  t: 1912,
};

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

// A trailing time of day: "T10:00", " 10:00:00.000Z", " 9:30 pm", "T10:00+09:00". Dropped, the day is kept.
const TIME_SUFFIX = /(?:(?<=\d)T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:z|[+-]\d{2}(?::?\d{2})?))?$/i;
// A leading English weekday: "Sat, ", "Saturday ".
const WEEKDAY_PREFIX = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:[a-z]*)\.?,?\s+/;
// A trailing weekday in brackets, as Japanese and Chinese dates often carry: "(土)", "(周六)", "(Sat)".
const BRACKETED_WEEKDAY = /\s*\([^()]{1,3}\)$/;

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const CJK = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$/;
const ERA = /^(令和|平成|昭和|大正|[rhst])\s*(\d{1,2}|元)(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|[-/.](\d{1,2})[-/.](\d{1,2}))$/;
const NUMERIC_DAY_MONTH = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const DAY_MONTHNAME_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})$/;
const MONTHNAME_DAY_YEAR = /^([a-z]{3,9})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|[\s\-/.]+)(\d{4}|\d{2})$/;
const YEAR_MONTHNAME_DAY = /^(\d{4})[\s\-/.]([a-z]{3,9})\.?[\s\-/.](\d{1,2})$/;

/** Reads a text date into a serial. Never throws: unreadable text is `notADate`. */
export function parseTextDate(text: string, order: DateOrder): TextDateResult {
  if (typeof text !== "string") return NOT_A_DATE; // defensive: cell values arrive untyped
  const s = normalize(text);
  if (s === "") return NOT_A_DATE;
  const first = s.charCodeAt(0);
  const startsWithDigit = first >= 48 && first <= 57;
  let m: RegExpExecArray | null;

  if (startsWithDigit) {
    if ((m = YEAR_FIRST.exec(s))) return fromYmd(+m[1], +m[3], +m[4]);
    if ((m = NUMERIC_DAY_MONTH.exec(s))) return fromNumericParts(m[1], m[3], m[4], m[2] === "." ? dottedOrder(order, m[1], m[4]) : order);
    if ((m = CJK.exec(s))) return fromYmd(+m[1], +m[2], +m[3]);
    if ((m = COMPACT.exec(s))) return fromYmd(+m[1], +m[2], +m[3]);
    if ((m = DAY_MONTHNAME_YEAR.exec(s))) return fromMonthName(m[3], m[2], m[1]);
    if ((m = YEAR_MONTHNAME_DAY.exec(s))) return fromMonthName(m[1], m[2], m[3]);
    return NOT_A_DATE;
  }
  if ((m = ERA.exec(s))) {
    const eraYear = m[2] === "元" ? 1 : +m[2];
    if (eraYear < 1) return NOT_A_DATE;
    return fromYmd(ERA_START_YEAR[m[1]] + eraYear - 1, +(m[3] ?? m[5]), +(m[4] ?? m[6]));
  }
  const withoutWeekday = s.replace(WEEKDAY_PREFIX, "");
  if (withoutWeekday !== s) return parseTextDate(withoutWeekday, order);
  if ((m = MONTHNAME_DAY_YEAR.exec(s))) return fromMonthName(m[3], m[1], m[2]);
  return NOT_A_DATE;
}

/** Trims, folds full-width forms (NFKC, only when needed: it is the slow step), lower-cases, drops a time part. */
function normalize(text: string): string {
  let s = text;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize("NFKC").replace(/[\u3000\u00a0]/g, " ");
  s = s.trim().toLowerCase();
  if (s.endsWith(")")) s = s.replace(BRACKETED_WEEKDAY, "");
  return s.includes(":") ? s.replace(TIME_SUFFIX, "") : s;
}

/**
 * Dotted dates (05.11.2026, German, Russian, Swiss…) are day.month.year whatever the workbook's
 * order: no locale writes month.day.year with dots. A YMD workbook keeps its 26.11.21 = 2026-11-21.
 */
function dottedOrder(order: DateOrder, first: string, yearText: string): DateOrder {
  return order === "YMD" && first.length === 2 && yearText.length === 2 ? "YMD" : "DMY";
}

/**
 * The order that a day-month-year text date proves by itself: "DMY" for 25/11/2026 (25 cannot be a
 * month), "MDY" for 11/25/2026, null for anything else (03/04/2026, 04/04/2026, dotted dates, which are
 * always DMY, year-first dates, text that is not a date). parseRegister settles a column's order with it.
 */
export function provenDateOrder(text: string): "DMY" | "MDY" | null {
  if (typeof text !== "string") return null;
  // Fast rejection of most cells (2026-11-21, serial-like text): a leading ASCII digit must be followed
  // by "/" or "-" within two characters. Other text (spaces, full-width digits) goes the long way.
  const lead = text.charCodeAt(0);
  if (lead >= 48 && lead <= 57 && !isDaySeparator(text.charCodeAt(1)) && !isDaySeparator(text.charCodeAt(2))) return null;
  const s = normalize(text);
  const m = NUMERIC_DAY_MONTH.exec(s);
  if (!m || m[2] === ".") return null;
  const first = +m[1];
  const second = +m[3];
  const year = m[4].length === 2 ? twoDigitYear(+m[4]) : +m[4];
  if (first > 12 && second <= 12) return "serial" in fromYmd(year, second, first) ? "DMY" : null;
  if (second > 12 && first <= 12) return "serial" in fromYmd(year, first, second) ? "MDY" : null;
  return null;
}

/** "/" or "-". */
function isDaySeparator(code: number): boolean {
  return code === 47 || code === 45;
}

/** 03/04/2026, 25.03.2026, 21-11-26 or, with the YMD order, 26/11/21. */
function fromNumericParts(a: string, b: string, yearText: string, order: DateOrder): TextDateResult {
  if (order === "YMD" && yearText.length === 2 && a.length === 2) {
    return fromYmd(twoDigitYear(+a), +b, +yearText);
  }
  const year = yearText.length === 2 ? twoDigitYear(+yearText) : +yearText;
  const first = +a;
  const second = +b;
  if (order === "DMY") return fromYmd(year, second, first);
  if (order === "MDY") return fromYmd(year, first, second);
  // Order unknown (or YMD, which says nothing about day and month written before the year).
  if (first === second) return fromYmd(year, first, second);
  if (first > 12 && second <= 12) return fromYmd(year, second, first);
  if (second > 12 && first <= 12) return fromYmd(year, first, second);
  if (first > 12 && second > 12) return NOT_A_DATE;
  return AMBIGUOUS;
}

function fromMonthName(yearText: string, monthName: string, dayText: string): TextDateResult {
  const month = MONTHS[monthName];
  if (month === undefined) return NOT_A_DATE;
  const year = yearText.length === 2 ? twoDigitYear(+yearText) : +yearText;
  return fromYmd(year, month, +dayText);
}

/** Two-digit years are read as 2000–2099. */
function twoDigitYear(yy: number): number {
  return 2000 + yy;
}

function fromYmd(year: number, month: number, day: number): TextDateResult {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    if (!(year === 1900 && month === 2 && day === 29)) return NOT_A_DATE; // Excel's serial 60
  }
  const serial = serialFromYmd(year, month, day);
  return serial === undefined ? OUT_OF_RANGE : { serial };
}
