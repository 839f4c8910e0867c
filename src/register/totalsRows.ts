/**
 * Rows under a register's header that are no PO line: totals and subtotals (Total, Grand total,
 * 合计, 合計, 小計 …, or a row that only sums the quantity above it) and footers (a lone text such as
 * "Prepared by Li Wei" in the last rows). parseRegister skips them and says so once, as a note,
 * never as a problem.
 */
import type { FieldKey } from "../model";
import { trimmed } from "./whitespace";

const TOTAL_WORDS =
  /^(?:grand\s*total|sub-?\s*total|totals?|sum|summe|gesamt(?:summe)?|total\s+général|合\s*计|合\s*計|总\s*计|總\s*計|小\s*计|小\s*計|総\s*計|累\s*计|累\s*計)(?=$|[\s:：(（])/i;

/** Columns whose text may carry the word "Total". */
const LABEL_FIELDS: readonly FieldKey[] = ["poNumber", "line", "supplier", "item", "description", "buyer"];
/** A lone text this close to the end is a footer. */
const FOOTER_ROWS = 3;

const isBlank = (v: unknown) => v === "" || v === null || v === undefined;
const isTotalWord = (v: unknown) => typeof v === "string" && TOTAL_WORDS.test(trimmed(v));

/** Indexes (within `values`, header = 0) of the rows that are totals or footers. */
export function totalsAndFooters(values: readonly (readonly unknown[])[], columns: Partial<Record<FieldKey, number>>): number[] {
  const found: number[] = [];
  const po = columns.poNumber;
  const qty = columns.orderedQty;
  const labels = [0, ...LABEL_FIELDS.map((f) => columns[f]).filter((c): c is number => c !== undefined)];
  let sum = 0;
  let summed = 0;
  const footerFrom = values.length - FOOTER_ROWS;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const poCell = po === undefined ? undefined : row[po];
    const noPo = isBlank(poCell) || isTotalWord(poCell);
    if (!noPo && r < footerFrom) {
      // A PO line (the common case): only its quantity counts, for a sum row below it.
      if (qty !== undefined && typeof row[qty] === "number") {
        sum += row[qty] as number;
        summed++;
      }
      continue;
    }
    let filled = 0;
    let lone: unknown = undefined;
    for (const v of row)
      if (!isBlank(v)) {
        filled++;
        lone = v;
      }
    if (filled === 0) continue;
    const worded = noPo && labels.some((c) => isTotalWord(row[c]));
    const sums =
      noPo &&
      (po === undefined || isBlank(poCell)) &&
      qty !== undefined &&
      typeof row[qty] === "number" &&
      summed >= 2 &&
      Math.abs((row[qty] as number) - sum) <= 1e-9 * Math.max(1, Math.abs(sum));
    const footer = filled === 1 && typeof lone === "string" && r >= footerFrom;
    if (worded || sums || footer) {
      found.push(r);
      sum = 0;
      summed = 0;
      continue;
    }
    if (qty !== undefined && typeof row[qty] === "number") {
      sum += row[qty] as number;
      summed++;
    }
  }
  return found;
}
