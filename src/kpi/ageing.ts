import type { LineStatus } from "../followup/types";
import { addAmount, roundAmounts, type AmountTally, type CurrencyAmounts } from "./amounts";
import { isOpenLine } from "./confirmation";

/** Ageing buckets of open lines by calendar days late against the due date (DESIGN.md). */
export type AgeingBucket = "notDue" | "d1to7" | "d8to14" | "d15to30" | "d31to60" | "over60";
export const AGEING_BUCKETS: readonly AgeingBucket[] = ["notDue", "d1to7", "d8to14", "d15to30", "d31to60", "over60"];

export function ageingBucket(daysLate: number): AgeingBucket {
  if (daysLate <= 0) return "notDue";
  if (daysLate <= 7) return "d1to7";
  if (daysLate <= 14) return "d8to14";
  if (daysLate <= 30) return "d15to30";
  if (daysLate <= 60) return "d31to60";
  return "over60";
}

export interface AgeingRow {
  bucket: AgeingBucket;
  lines: number;
  /** Open value per currency. */
  value: CurrencyAmounts;
}

/**
 * Open lines (open or partial; not received, cancelled, closed or on hold) at asOf.
 * Lines without a due date (or with an unreadable one) are counted apart as `undated`.
 * `withoutValue` counts open lines whose open value is unknown (no price or quantity); they are in
 * the line counts but add nothing to the values.
 */
export interface Ageing {
  rows: AgeingRow[];
  undated: { lines: number; value: CurrencyAmounts };
  withoutValue: number;
}

export interface AgeingTally {
  lines: number[];
  values: AmountTally[];
  undatedLines: number;
  undatedValue: AmountTally;
  withoutValue: number;
}

export function newAgeingTally(): AgeingTally {
  return {
    lines: AGEING_BUCKETS.map(() => 0),
    values: AGEING_BUCKETS.map(() => new Map()),
    undatedLines: 0,
    undatedValue: new Map(),
    withoutValue: 0,
  };
}

const BUCKET_INDEX: Record<AgeingBucket, number> = { notDue: 0, d1to7: 1, d8to14: 2, d15to30: 3, d31to60: 4, over60: 5 };

/** Slot of a line in the ageing: a bucket index (0–5), UNDATED, or NOT_OPEN; computed once per line. */
export const UNDATED = -1;
export const NOT_OPEN = -2;

export function ageingSlot(status: LineStatus): number {
  if (!isOpenLine(status)) return NOT_OPEN;
  return typeof status.daysLate === "number" ? BUCKET_INDEX[ageingBucket(status.daysLate)] : UNDATED;
}

export function countAgeing(tally: AgeingTally, slot: number, status: LineStatus): void {
  if (slot === NOT_OPEN) return;
  let values: AmountTally;
  if (slot === UNDATED) {
    tally.undatedLines++;
    values = tally.undatedValue;
  } else {
    tally.lines[slot]++;
    values = tally.values[slot];
  }
  if (!addAmount(values, status.line.currency, status.openValue)) tally.withoutValue++;
}

export function addToAgeing(tally: AgeingTally, status: LineStatus): void {
  countAgeing(tally, ageingSlot(status), status);
}

export function ageingOf(tally: AgeingTally): Ageing {
  return {
    rows: AGEING_BUCKETS.map((bucket, i) => ({ bucket, lines: tally.lines[i], value: roundAmounts(tally.values[i]) })),
    undated: { lines: tally.undatedLines, value: roundAmounts(tally.undatedValue) },
    withoutValue: tally.withoutValue,
  };
}

export function ageing(statuses: readonly LineStatus[]): Ageing {
  const tally = newAgeingTally();
  for (const status of statuses) addToAgeing(tally, status);
  return ageingOf(tally);
}
