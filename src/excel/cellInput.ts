/**
 * How the add-in turns a value into something it can write to a cell without Excel reinterpreting it.
 *
 * Excel parses text written through Range.values as if typed: "=…" becomes a formula, "+x"/"-x"/"@x"
 * can too, and "0045" or "1e3" become numbers. A leading apostrophe is Excel's own "this is text"
 * marker: it is not part of the value, works whatever the cell's number format, and is what a user
 * would type. So text that Excel could reinterpret is written as "'" + text.
 */
import type { DateSystem } from "./types";
import { to1904 } from "../dates/serial";

const NUMBER_LIKE = /^\s*[-+]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*%?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/;
const TIME_LIKE = /^\s*\d{1,2}:\d{2}/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
// Excel's entry parser also turns these into numbers, dates or errors (Range.values is parsed as typed input:
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member): currency "$1,200",
// accounting negatives "(5)", fractions "1 1/2", month-name dates "Jan 5" / "5 Jan", error literals "#N/A".
const CURRENCY_LIKE = /^\s*[-+]?[$€£¥￥]\s?[\d,]*\.?\d+\s*$|^\s*[-+]?[\d,]*\.?\d+\s?[$€£¥￥]\s*$/;
const PARENTHESIZED_NUMBER = /^\s*\(\s*[$€£¥￥]?[\d,]*\.?\d+\s*%?\s*\)\s*$/;
const FRACTION_LIKE = /^\s*\d+\s+\d+\/\d+\s*$|^\s*\d+\/\d+\s*$/;
const MONTH_NAME =
  "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?";
const MONTH_DATE_LIKE = new RegExp(
  `^\\s*(${MONTH_NAME}[\\s-]+\\d{1,4}(,?\\s*\\d{2,4})?|\\d{1,2}[\\s-]+${MONTH_NAME}([\\s-]+\\d{2,4})?)\\s*$`,
  "i",
);
const ERROR_LITERAL =
  /^\s*#(N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!)\s*$/i;

/** True when Excel would not keep `text` as the same text if written plainly. */
export function needsTextGuard(text: string): boolean {
  if (text.length === 0) return false;
  return (
    /^[=+\-@'\t\r\n]/.test(text) ||
    [
      NUMBER_LIKE,
      DATE_LIKE,
      TIME_LIKE,
      BOOLEAN_LIKE,
      CURRENCY_LIKE,
      PARENTHESIZED_NUMBER,
      FRACTION_LIKE,
      MONTH_DATE_LIKE,
      ERROR_LITERAL,
    ].some((p) => p.test(text))
  );
}

/** Text as it must be written to stay exactly that text. */
export function textInput(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

/** A cell value to write: text guarded, null as blank, numbers as they are. */
export function cellInput(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "string") return textInput(value);
  return value;
}

/** A 1900-system serial as the workbook stores it. */
export function serialInput(serial: number, dateSystem: DateSystem): number {
  return dateSystem === "1904" ? to1904(serial) : serial;
}

/** True for number formats that show a date (so an existing date format is kept when writing a date). */
export function isDateFormat(format: string): boolean {
  const withoutLiterals = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(withoutLiterals) || /m{3,}/i.test(withoutLiterals);
}
