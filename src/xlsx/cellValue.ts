/**
 * A cell as exceljs gives it → the value Excel's JavaScript API would give for the same cell, so
 * that the engine reads a file exactly as it reads the open workbook: numbers, strings, booleans,
 * "" for empty, "#N/A"-style error strings; dates as serials of the workbook's own date system
 * (exceljs turns date-formatted numbers into Date objects: they are turned back); formulas → their
 * cached result; rich text → its plain text; hyperlinks → their text.
 */
import type { CellValue as ExcelJsValue } from "exceljs";

export type ExcelValue = string | number | boolean;

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system; the 1904 system is 1462 days behind. */
const UNIX_EPOCH_SERIAL = 25569;
const OFFSET_1904 = 1462;

/** The number stored in the file for a date exceljs decoded (inverse of exceljs's excelToDate). */
export function serialOfDate(date: Date, date1904: boolean): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return NaN;
  // exceljs rounded the stored number to the millisecond: whole days come back whole.
  const days = Math.round(ms) / MS_PER_DAY;
  return UNIX_EPOCH_SERIAL + days - (date1904 ? OFFSET_1904 : 0);
}

interface RichTextPart {
  text?: unknown;
}

export function excelValue(value: ExcelJsValue | undefined, date1904: boolean): ExcelValue {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : "#NUM!";
    case "object":
      return objectValue(value as object, date1904);
    default:
      return String(value);
  }
}

function objectValue(value: object, date1904: boolean): ExcelValue {
  if (value instanceof Date) {
    const serial = serialOfDate(value, date1904);
    return Number.isFinite(serial) ? serial : "";
  }
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return v.error;
  if (Array.isArray(v.richText)) return (v.richText as RichTextPart[]).map((p) => (typeof p.text === "string" ? p.text : "")).join("");
  if ("formula" in v || "sharedFormula" in v) return v.result === undefined ? "" : excelValue(v.result as ExcelJsValue, date1904);
  if ("hyperlink" in v || "text" in v) return excelValue(v.text as ExcelJsValue, date1904);
  return "";
}

export function isBlankValue(value: ExcelValue): boolean {
  return value === "";
}

/** A formula whose result the file does not hold (written by a program that does not calculate). */
export function isUncachedFormula(value: ExcelJsValue | undefined): boolean {
  if (value === null || typeof value !== "object" || value instanceof Date) return false;
  const v = value as unknown as Record<string, unknown>;
  return ("formula" in v || "sharedFormula" in v) && v.result === undefined;
}
