/**
 * A report-model value as the input Excel must receive to store exactly that value: numbers as numbers,
 * dates as serials of the workbook's date system, "no data" and booleans as words, text guarded so it
 * is never read as a formula or a number (cellInput.ts).
 */
import { isNoData, type CellValue, type ColumnType, type ReportLabels } from "../../report/model";
import type { DateSystem } from "../types";
import { serialInput, textInput } from "../cellInput";
import { TEXT_FORMAT, numberFormatFor } from "./numberFormats";

export type ExcelInput = string | number | boolean;

export function excelInput(value: CellValue, type: ColumnType, labels: ReportLabels, dateSystem: DateSystem): ExcelInput {
  if (value === null || value === undefined) return "";
  if (isNoData(value)) return labels.noData;
  if (typeof value === "boolean") return value ? labels.yes : labels.no;
  if (typeof value === "string") return textInput(value);
  if (!Number.isFinite(value)) return "";
  return type === "date" ? serialInput(value, dateSystem) : value;
}

/** Text cells (and "no data") keep the General format so a later number typed there is a number again. */
export function excelFormat(value: CellValue, type: ColumnType, signed = false): string {
  return typeof value === "number" ? numberFormatFor(type, signed) : TEXT_FORMAT;
}
