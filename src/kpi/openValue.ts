import type { LineStatus } from "../followup/types";
import { mergeAmounts, roundAmounts, type CurrencyAmounts } from "./amounts";
import { ageing, type Ageing } from "./ageing";

export interface LinesAndValue {
  lines: number;
  /** Per currency, never summed across currencies. */
  value: CurrencyAmounts;
}

/**
 * Past due = open lines whose due date has passed (days late ≥ 1): every ageing bucket but
 * "Not due". Taken from the ageing so the two can never disagree.
 */
export function pastDueOf(a: Ageing): LinesAndValue {
  return sumRows(a, (bucket) => bucket !== "notDue", false);
}

/** All open lines and their open value, undated ones included. */
export function openOf(a: Ageing): LinesAndValue {
  return sumRows(a, () => true, true);
}

export function pastDue(statuses: readonly LineStatus[]): LinesAndValue {
  return pastDueOf(ageing(statuses));
}

function sumRows(a: Ageing, include: (bucket: string) => boolean, withUndated: boolean): LinesAndValue {
  let lines = 0;
  const value: CurrencyAmounts = {};
  for (const row of a.rows) {
    if (!include(row.bucket)) continue;
    lines += row.lines;
    mergeAmounts(value, row.value);
  }
  if (withUndated) {
    lines += a.undated.lines;
    mergeAmounts(value, a.undated.value);
  }
  return { lines, value: roundAmounts(value) };
}
