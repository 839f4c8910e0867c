import type { Known, PoLine } from "../model";
import { knownNumber } from "./known";

/** The quantities a receipt is judged on; the quality columns are optional (older callers lack them). */
export type ReceiptFields = Pick<PoLine, "orderedQty" | "receivedQty"> &
  Partial<Pick<PoLine, "acceptedQty" | "rejectedQty" | "returnedQty" | "inspection">>;

/**
 * The received quantity that counts toward the order (DESIGN.md "Quality at receipt"): what passed
 * inspection and was not sent back. Rejected or returned goods reopen the line until the supplier
 * replaces them (the buyer then raises the received or accepted quantity) or the buyer closes it.
 * - No quality columns (or all blank): the received quantity, as before.
 * - Accepted quantity given: accepted, less what was returned beyond it: min(accepted, received − returned).
 * - Otherwise: received − max(rejected, returned): a returned lot is usually the rejected lot sent
 *   back, so it is counted once.
 * - Inspection "rejected" with no quantities: nothing counts (the whole receipt was refused).
 * Never below 0. Unknown (undefined) when one of the quantities is unreadable.
 */
export function goodQty(line: ReceiptFields): Known<number> {
  const received = knownNumber(line.receivedQty);
  // Fast path (every parsed line of a register without quality columns): all three are blank.
  if (line.acceptedQty === null && line.rejectedQty === null && line.returnedQty === null) {
    return line.inspection === "rejected" && typeof received === "number" ? 0 : received;
  }
  const accepted = quantity(line, "acceptedQty");
  const rejected = quantity(line, "rejectedQty");
  const returned = quantity(line, "returnedQty");
  if (accepted === null && rejected === null && returned === null) {
    return line.inspection === "rejected" && typeof received === "number" ? 0 : received;
  }
  if (received === undefined || accepted === undefined || rejected === undefined || returned === undefined) return undefined;
  const good =
    typeof accepted === "number"
      ? Math.min(accepted, (received ?? accepted) - (returned ?? 0))
      : (received ?? 0) - Math.max(rejected ?? 0, returned ?? 0);
  return good > 0 ? good : 0;
}

/** A quality column's value: null when blank or when the line has no such field at all (built before it existed). */
function quantity(line: ReceiptFields, key: "acceptedQty" | "rejectedQty" | "returnedQty"): Known<number> {
  return key in line ? knownNumber(line[key] as Known<number>) : null;
}

/**
 * Rejected quantity of a receipt, for the reject rate: the rejected column, else received − accepted,
 * else the whole receipt when the inspection says rejected; 0 for an accepted inspection.
 * null when the line carries no inspection information (it does not count in a reject rate: no data);
 * undefined when a quantity is unreadable.
 */
export function rejectedOf(line: ReceiptFields): Known<number> {
  const received = knownNumber(line.receivedQty);
  const rejected = quantity(line, "rejectedQty");
  const accepted = quantity(line, "acceptedQty");
  if (received === undefined || rejected === undefined || accepted === undefined) return undefined;
  if (typeof rejected === "number") return rejected;
  if (typeof accepted === "number") return typeof received === "number" && received > accepted ? received - accepted : 0;
  if (line.inspection === "rejected") return received ?? 0;
  if (line.inspection === "accepted") return 0;
  return null;
}

/**
 * Quantity awaiting replacement: what was received but does not count (rejected or returned) and is
 * still needed to fill the order. 0 when nothing is missing for quality reasons.
 */
export function awaitingReplacement(line: ReceiptFields): number {
  const received = knownNumber(line.receivedQty);
  const good = goodQty(line);
  const ordered = knownNumber(line.orderedQty);
  if (typeof received !== "number" || typeof good !== "number" || typeof ordered !== "number") return 0;
  const refused = received - good;
  const missing = ordered - good;
  const waiting = refused < missing ? refused : missing;
  return waiting > 0 ? waiting : 0;
}
