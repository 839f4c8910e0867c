import type { Serial } from "../model";
import type { ChaseReason, HeldBack, LineStatus } from "./types";
import { chaseReason } from "./chaseReason";
import { isFollowedUp } from "./followUpState";

/** A line that is due on asOf, to chase now or held back by its supplier's minimum gap. */
export interface DueLine {
  /** Why it is due (escalation level, missing confirmation, pre-due reminder). */
  reason: ChaseReason;
  /** Set when the supplier was chased too recently: the line waits until `heldBack.until`. */
  heldBack: HeldBack | null;
}

type DueFacts = Pick<LineStatus, "lifecycle" | "nextChase" | "level" | "state" | "supplierGap">;

/**
 * The one "chase now" rule: Today's list, the report's to-chase and held-back sections and the chase
 * letters all ask it.
 * - Chase now: an open or partial line whose next chase is on or before asOf.
 * - Held back: the line's own schedule (escalation, confirmation, planned date) asks for a chase on
 *   or before asOf, but its supplier was chased less than the minimum gap ago on another line, so
 *   its next chase is later (heldBack.until). It is due, and shown as waiting, never dropped.
 * - Otherwise null: nothing to chase on asOf.
 */
export function dueLine(status: DueFacts, asOf: Serial): DueLine | null {
  if (!isFollowedUp(status.lifecycle)) return null;
  const now = chaseReason(status, asOf);
  if (now !== null) return { reason: now, heldBack: null };
  const gap = status.supplierGap;
  if (!gap || typeof status.nextChase !== "number") return null;
  const reason = chaseReason({ nextChase: gap.ownNextChase, level: status.level, state: status.state }, asOf);
  if (reason === null) return null;
  return { reason, heldBack: { until: status.nextChase, lastSupplierChase: gap.lastSupplierChase, minGap: gap.minGap } };
}
