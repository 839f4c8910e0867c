import type { FollowUpState, Lifecycle } from "../model";

/** The one status word shown for a line (PO.STATUS, the task pane's badges). */
export type StatusKey = "received" | "partial" | "cancelled" | "closed" | "onHold" | FollowUpState;

/**
 * Precedence: what the buyer set (cancelled, closed, on hold) and received lines first; then the
 * follow-up state when it asks for action (late, unconfirmed, due soon), so a partly received line that
 * is late still says Late; then Partial for a partly received line that is on track; else On track.
 */
export function statusKey(lifecycle: Lifecycle, state: FollowUpState | null | undefined): StatusKey {
  if (lifecycle === "received" || lifecycle === "cancelled" || lifecycle === "closed" || lifecycle === "onHold") return lifecycle;
  if (state === "late" || state === "unconfirmed" || state === "dueSoon") return state;
  return lifecycle === "partial" ? "partial" : "onTrack";
}
