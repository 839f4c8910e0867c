import type { Serial } from "../model";
import type { WorkCalendar } from "../dates/calendar";
import { workdaysLate } from "../followup/workdaysLate";
import type { LineStatus } from "../followup/types";
import { firstAtLeast } from "./quantile";
import { arrivalAfter, lateFloor, NO_SLIPS, shrunkSlip, type ShrunkSlip } from "./shrunkSlip";
import type { SlipHistory, SupplierSlips } from "./slipHistory";

/** What a prediction rests on, for the reason in words and the Line view. */
export interface PredictionBasis {
  /** "supplier": its own slips weigh ≥ 80 %; "mixed": shrunk toward all suppliers; "allSuppliers": it has none; "none": no history at all. */
  kind: "supplier" | "mixed" | "allSuppliers" | "none";
  /** The supplier's receipt slips in the window (its last N lines), ascending, working days. */
  receipts: number[];
  /** Of those, how many were late (slip > 0). */
  late: number;
  /** Working days from committed date to the latest promise, for its open lines re-promised later. */
  promiseMoves: number[];
  /** How many slips of every supplier in the window. */
  everyone: number;
  /** Working days late already (vs the committed date); > 0 means only longer slips count. */
  lateSoFar: number;
  /** How many of the supplier's slips the quantiles rest on (after the lateness condition). */
  used: number;
  /** The weight of the supplier's own figure, n / (n + k). */
  weight: number;
}

export interface Prediction {
  /** Median predicted arrival. */
  p50: Serial;
  /** 90 % of such lines arrive on or before this date. */
  p90: Serial;
  /** The date the slips are counted from: the committed date, else the due date. */
  anchor: Serial;
  /** Working-day slips behind p50 and p90. */
  slip50: number;
  slip90: number;
  basis: PredictionBasis;
}

/** Lines of one supplier mostly share a floor: their quantiles are worked out once per history (cheaper over 100,000 lines). */
const memos = new WeakMap<SlipHistory, Map<string, { q50: ShrunkSlip; q90: ShrunkSlip }>>();

function quantilesOf(history: SlipHistory, supplier: string, own: SupplierSlips, floor: number): { q50: ShrunkSlip; q90: ShrunkSlip } {
  let memo = memos.get(history);
  if (!memo) memos.set(history, (memo = new Map()));
  const key = `${floor}|${supplier}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = { q50: shrunkSlip(history, own, floor, 0.5), q90: shrunkSlip(history, own, floor, 0.9) }));
  return found;
}

/**
 * Predicted arrival of one open line (DESIGN.md "Predicted arrival"). Slips count from the committed
 * date (else the due date). What is known already narrows the history (a conditional quantile):
 * - a line L > 0 working days late at asOf has not come, so only slips > L count;
 * - a line not yet late may come any day from asOf on, so slips ≥ L count (L ≤ 0: days left);
 * - a line re-promised m working days later than committed counts only slips ≥ m.
 * The supplier's quantile is then shrunk toward every supplier's (weight n/(n+k), k = history.k, n =
 * the supplier's slips left after the condition). With no slip left anywhere the floor itself is
 * used (the next working day for a late line). Never before asOf. undefined for a line that is not
 * open or partial, or has no readable date.
 */
export function predictArrival(status: LineStatus, history: SlipHistory, calendar: WorkCalendar, asOf: Serial): Prediction | undefined {
  if (status.lifecycle !== "open" && status.lifecycle !== "partial") return undefined;
  const anchor = typeof status.committed === "number" ? status.committed : status.due;
  if (typeof anchor !== "number") return undefined;
  const lateSoFar = workdaysLate(calendar, anchor, asOf) as number;
  const promiseMove = typeof status.due === "number" && status.due > anchor ? (workdaysLate(calendar, anchor, status.due) as number) : 0;
  const floor = Math.max(lateFloor(lateSoFar), promiseMove);
  const supplier = history.supplierKeyOf(status.line.supplier);
  const own = history.bySupplier.get(supplier) ?? NO_SLIPS;
  const { q50, q90 } = quantilesOf(history, supplier, own, floor);
  const used = q50.used;
  const slip50 = q50.slip;
  const slip90 = Math.max(q90.slip, slip50);
  const dateOf = (slip: number) => arrivalAfter(calendar, anchor, slip, asOf);
  const kind = history.everyone.length === 0 ? "none" : used === 0 ? "allSuppliers" : q50.weight >= 0.8 ? "supplier" : "mixed";
  return {
    p50: dateOf(slip50),
    p90: dateOf(slip90),
    anchor,
    slip50,
    slip90,
    basis: {
      kind,
      receipts: own.receipts,
      late: own.receipts.length - firstAtLeast(own.receipts, 1),
      promiseMoves: own.promiseMoves,
      everyone: history.everyone.length,
      lateSoFar,
      used,
      weight: q50.weight,
    },
  };
}
