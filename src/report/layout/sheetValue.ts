/**
 * A report-model value as the value its sheet cell holds: numbers as numbers, dates as serials of
 * the workbook's date system, "no data" and booleans as words, an empty cell as "".
 *
 * Text stays as it is, cut only past Excel's 32,767 characters a cell (cellText.ts). Guarding it against Excel's typing rules ("=x" read as a formula) belongs
 * to the Office.js renderer, which types values into cells (src/excel/cellInput.ts); a file
 * stores text as text.
 */
import type { Serial } from "../../model";
import type { DateSystem } from "../../register/cells";
import { to1904 } from "../../dates/serial";
import { isNoData, type CellValue, type ColumnType, type ReportLabels } from "../model";
import { GENERAL_FORMAT, numberFormatFor } from "./numberFormats";
import { fitCellText } from "./cellText";

export type SheetValue = string | number | boolean;

export function sheetValue(value: CellValue, type: ColumnType, labels: ReportLabels, dateSystem: DateSystem): SheetValue {
  if (value === null || value === undefined) return "";
  if (isNoData(value)) return labels.noData;
  if (typeof value === "boolean") return value ? labels.yes : labels.no;
  if (typeof value === "string") return fitCellText(value, labels.textCut);
  if (!Number.isFinite(value)) return "";
  return type === "date" && dateSystem === "1904" ? to1904(value as Serial) : value;
}

/** Text cells (and "no data") keep the General format so a later number typed there is a number again. */
export function cellNumberFormat(value: CellValue, type: ColumnType, signed = false, decimals?: number): string {
  return typeof value === "number" ? numberFormatFor(type, signed, decimals) : GENERAL_FORMAT;
}
