import type { Serial } from "../model";
import type { LineStatus } from "../followup/types";
import type { Settings } from "../settings/settings";
import { knownSerial } from "../followup/known";
import { goodQty } from "../followup/quality";
import { isInFull, isOnTime } from "./delivery";
import { isInPeriod, type PeriodRange } from "./periodRange";

/**
 * How one line takes part in a period's delivery performance (OTD, OTIF, days late).
 *
 * The population of a period (DESIGN.md) = lines whose committed date falls in the period and that
 * are received or already past due at `asOf`. Choices where DESIGN.md is silent
 * (docs/rules/kpi.md says the same in a buyer's words):
 * - Cancelled and on-hold lines are never measured; a closed line is measured like a received one
 *   when something was received on it (a short-closed line is then not in full), otherwise it is
 *   not measured.
 * - An open or partially received line joins the population once it can no longer be on time,
 *   i.e. asOf > committed + lateTolerance. A partial line is judged on time by the date of its
 *   (last) receipt and is never in full; an open line, or a partial one without a receipt date,
 *   is a miss.
 * - Days late are measured against the committed date, at the receipt date for delivered lines
 *   and partial lines with a receipt, at `asOf` for the rest (still growing).
 * - A line whose committed date is blank or unreadable cannot be placed in any period; a measured
 *   line whose receipt date or quantities are unreadable cannot be judged. Both are counted as
 *   "unknown" so the report can say how many lines were left out.
 */
export type PeriodOutcome =
  | { kind: "outside" }
  | { kind: "notMeasured"; why: "cancelled" | "onHold" | "closedWithoutReceipt" | "notYetDue" }
  | { kind: "unknown"; why: "noCommittedDate" | "noReceiptDate" | "unreadableQuantity" }
  | Measured;

export interface Measured {
  kind: "measured";
  onTime: boolean;
  inFull: boolean;
  /** Calendar days after the committed date (negative = early). */
  daysLate: number;
  /** Nothing (open) or not everything (partial) has arrived yet. */
  stillOpen: boolean;
  /** Missed "on time" by arriving (or still being) too late, not too early. */
  late: boolean;
}

const OUTSIDE: PeriodOutcome = { kind: "outside" };
const CANCELLED: PeriodOutcome = { kind: "notMeasured", why: "cancelled" };
const ON_HOLD: PeriodOutcome = { kind: "notMeasured", why: "onHold" };
const CLOSED_EMPTY: PeriodOutcome = { kind: "notMeasured", why: "closedWithoutReceipt" };
const NOT_YET_DUE: PeriodOutcome = { kind: "notMeasured", why: "notYetDue" };
const NO_COMMITTED: PeriodOutcome = { kind: "unknown", why: "noCommittedDate" };
const NO_RECEIPT_DATE: PeriodOutcome = { kind: "unknown", why: "noReceiptDate" };
const BAD_QTY: PeriodOutcome = { kind: "unknown", why: "unreadableQuantity" };

export function periodOutcome(status: LineStatus, period: PeriodRange, asOf: Serial, settings: Settings): PeriodOutcome {
  const { lifecycle, committed, line } = status;
  if (lifecycle === "cancelled") return CANCELLED;
  if (lifecycle === "onHold") return ON_HOLD;
  if (lifecycle === "closed") {
    if (line.receivedQty === undefined) return BAD_QTY;
    if (!(typeof line.receivedQty === "number" && line.receivedQty > 0)) return CLOSED_EMPTY;
  }
  if (typeof committed !== "number") return NO_COMMITTED;
  if (!isInPeriod(committed, period)) return OUTSIDE;

  const receivedDate = knownSerial(line.receivedDate);
  if (lifecycle === "received" || lifecycle === "closed") {
    if (typeof receivedDate !== "number") return NO_RECEIPT_DATE;
    // In full by the accepted quantity: rejected or returned goods do not count (followup/quality.ts).
    const inFull = isInFull(line.orderedQty, goodQty(line), settings);
    if (inFull === undefined) return BAD_QTY;
    return measured(receivedDate, committed, inFull, false, settings);
  }

  // open or partial: undecided until the last on-time day has passed
  if (asOf <= committed + settings.lateTolerance) return NOT_YET_DUE;
  if (lifecycle === "partial") {
    if (receivedDate === undefined) return NO_RECEIPT_DATE;
    if (receivedDate !== null) return measured(receivedDate, committed, false, true, settings);
  }
  return measured(asOf, committed, false, true, settings, false);
}

function measured(at: Serial, committed: Serial, inFull: boolean, stillOpen: boolean, settings: Settings, canBeOnTime = true): Measured {
  const daysLate = at - committed;
  const onTime = canBeOnTime && isOnTime(at, committed, settings);
  return { kind: "measured", onTime, inFull, daysLate, stillOpen, late: !onTime && daysLate > settings.lateTolerance };
}
