import type { Known, Serial } from "../model";
import type { Settings } from "../settings/settings";
import { isReceivedInFull } from "../followup/lifecycle";

/**
 * On time (DESIGN.md): committed − earlyTolerance ≤ receivedDate ≤ committed + lateTolerance.
 * A null earlyTolerance means any early receipt is on time.
 */
export function isOnTime(receivedDate: Serial, committed: Serial, settings: Pick<Settings, "earlyTolerance" | "lateTolerance">): boolean {
  if (receivedDate > committed + settings.lateTolerance) return false;
  return settings.earlyTolerance === null || receivedDate >= committed - settings.earlyTolerance;
}

/**
 * In full (DESIGN.md): receivedQty ≥ orderedQty × (1 − qtyTolerance), the same test that makes a
 * line "received" (src/followup/lifecycle.ts). Over-receipt is in full.
 * Unknown when a quantity is blank or unreadable.
 */
export function isInFull(
  orderedQty: Known<number>,
  receivedQty: Known<number>,
  settings: Pick<Settings, "qtyTolerance">,
): boolean | undefined {
  if (typeof orderedQty !== "number" || typeof receivedQty !== "number") return undefined;
  if (!Number.isFinite(orderedQty) || !Number.isFinite(receivedQty)) return undefined;
  return isReceivedInFull(receivedQty, orderedQty, settings.qtyTolerance);
}
