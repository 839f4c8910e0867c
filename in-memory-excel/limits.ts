/**
 * Documented Excel limits the fake enforces (issue 17), each with the page it follows.
 */
import { InMemoryExcelError } from "./errors";
import type { Rect } from "./address";

/**
 * "Range get operations: limited to five million cells" (Resource limits and performance optimization for
 * Office Add-ins, Excel add-ins section: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Excel answers with RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number"
 * (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes).
 */
export const MAX_CELLS_PER_READ = 5_000_000;

export function checkCellsPerRead(rect: Rect): void {
  const cells = rect.rows * rect.cols;
  if (cells > MAX_CELLS_PER_READ)
    throw new InMemoryExcelError(
      "RangeExceedsLimit",
      `Reading ${cells} cells (${rect.rows} × ${rect.cols}) exceeds the ${MAX_CELLS_PER_READ}-cell limit of one range read.`,
    );
}

/**
 * A list validation typed as comma-separated items holds at most 255 characters ("Create a drop-down list":
 * https://support.microsoft.com/office/create-a-drop-down-list-7693307a-59ef-400a-b769-c5402dce407b, the Source
 * box; ListDataValidation.source takes such a string or a range: https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation#excel-excel-listdatavalidation-source-member).
 * A source that is a reference ("=Lists!$A$1:$A$30") has no such limit.
 */
export const MAX_LIST_SOURCE_CHARS = 255;

export function checkListSource(source: string): void {
  if (!source.startsWith("=") && source.length > MAX_LIST_SOURCE_CHARS)
    throw new InMemoryExcelError(
      "InvalidArgument",
      `A list validation source of ${source.length} characters exceeds ${MAX_LIST_SOURCE_CHARS}; use a range.`,
    );
}

/**
 * Tables and defined names share one namespace: "a table name must be unique … it can't be the same as any other
 * defined name" (Rename an Excel table: https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114;
 * Office.js fails the request with ItemAlreadyExists).
 */
export function nameTaken(kind: "table" | "name", name: string): InMemoryExcelError {
  return new InMemoryExcelError(
    "ItemAlreadyExists",
    `'${name}' is already used by a ${kind === "table" ? "defined name" : "table"}; tables and names share one namespace.`,
  );
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * What Excel makes of text written through Range.values as if typed (Range.values: "If the returned value starts
 * with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula", and plain text is
 * parsed like user input: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * Besides the signs and plain numbers (handled in the store): currency "$1,200" → 1200, accounting negatives
 * "(5)" → -5, fractions "1 1/2" → 1.5, month-day dates "Jan 5" → that date this year, error literals "#N/A" → the
 * error. Returns undefined when the text stays text.
 */
export function reinterpretText(text: string, today = new Date()): number | string | undefined {
  const t = text.trim();
  let m = /^[$€£¥]\s?(\d{1,3}(,\d{3})*|\d+)(\.\d+)?$/.exec(t);
  if (m) return Number(t.replace(/[$€£¥,\s]/g, ""));
  m = /^\((\d+(\.\d+)?)\)$/.exec(t);
  if (m) return -Number(m[1]);
  m = /^(\d+) (\d+)\/(\d+)$/.exec(t);
  if (m && Number(m[3]) > 0) return Number(m[1]) + Number(m[2]) / Number(m[3]);
  m = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)? (\d{1,2})$/i.exec(t);
  if (m && MONTHS.includes(m[1].toLowerCase())) {
    const utc = Date.UTC(today.getUTCFullYear(), MONTHS.indexOf(m[1].toLowerCase()), Number(m[3]));
    return Math.round(utc / 86_400_000) + 25_569; // 1900-system serial (1970-01-01 = 25569)
  }
  if (/^#(N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!)$/i.test(t)) return t.toUpperCase();
  return undefined;
}
