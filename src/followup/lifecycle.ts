import type { Lifecycle, PoLine } from "../model";
import type { Settings } from "../settings/settings";
import { knownNumber } from "./known";
import { goodQty, type ReceiptFields } from "./quality";

/** Absorbs float noise such as 100 × (1 − 0.05) = 94.99999999999999. */
const EPSILON = 1e-9;

/**
 * Derived lifecycle (DESIGN.md): Cancelled / Closed / On hold set by the buyer win; then Received
 * when receivedQty ≥ orderedQty × (1 − qtyTolerance); then Partial when something arrived; else Open.
 * - Nothing received (0 or blank) is never "received", whatever the tolerance, unless 0 was ordered.
 * - Over-receipt is simply received.
 * - The received quantity is net of rejected and returned goods (quality.ts goodQty): a rejected lot
 *   reopens the line until it is replaced or the buyer closes the line.
 * - An unreadable lifecycle or quantity cell cannot prove the line is finished, so the line stays
 *   open (the parser has already reported the cell) and keeps being followed up.
 */
export function lifecycle(line: Pick<PoLine, "lifecycle"> & ReceiptFields, settings: Pick<Settings, "qtyTolerance">): Lifecycle {
  if (line.lifecycle) return line.lifecycle;
  const received = knownNumber(goodQty(line)) ?? 0;
  const ordered = knownNumber(line.orderedQty);
  if (typeof ordered === "number" && isReceivedInFull(received, ordered, settings.qtyTolerance)) return "received";
  return received > 0 ? "partial" : "open";
}

/** receivedQty ≥ orderedQty × (1 − tolerance), with at least something received when something was ordered. */
export function isReceivedInFull(received: number, ordered: number, qtyTolerance: number): boolean {
  if (ordered > 0 && received <= 0) return false;
  const needed = ordered * (1 - qtyTolerance);
  const scale = needed > 1 ? needed : 1;
  return received >= needed - EPSILON * scale;
}
