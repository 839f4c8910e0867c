import type { LineStatus } from "../followup/types";
import { knownSerial } from "../followup/known";
import { rejectedOf } from "../followup/quality";
import { isInPeriod, type PeriodRange } from "./periodRange";
import { rate, type Rate } from "./rate";

/**
 * Reject rate (DESIGN.md "Quality at receipt") = rejected qty / received qty of the receipts dated
 * in the period (by the line's receipt date). Only lines that carry inspection information (a
 * rejected or accepted quantity, or an inspection result) count: a register or supplier without any
 * has "no data", never 0 %. Cancelled lines are left out; closed ones count (the goods did arrive).
 */
export interface QualityTally {
  received: number;
  rejected: number;
  /** Inspected lines counted. */
  lines: number;
  /** Lines received in the period whose quantities are unreadable. */
  unknown: number;
}

export function newQualityTally(): QualityTally {
  return { received: 0, rejected: 0, lines: 0, unknown: 0 };
}

export function countQuality(tally: QualityTally, status: LineStatus, period: PeriodRange): void {
  if (status.lifecycle === "cancelled") return;
  const { line } = status;
  const day = knownSerial(line.receivedDate);
  if (typeof day !== "number" || !isInPeriod(day, period)) return;
  const rejected = rejectedOf(line);
  if (rejected === null) return;
  const received = line.receivedQty;
  if (rejected === undefined || typeof received !== "number" || !Number.isFinite(received)) {
    tally.unknown++;
    return;
  }
  tally.lines++;
  tally.received += received;
  tally.rejected += rejected < received ? rejected : received;
}

export function rejectRateOf(tally: QualityTally): Rate {
  return rate(tally.rejected, tally.received);
}
