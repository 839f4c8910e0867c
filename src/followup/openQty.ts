import { knownNumber } from "./known";
import { goodQty, type ReceiptFields } from "./quality";

/**
 * Open quantity (DESIGN.md) = max(orderedQty − receivedQty, 0), where the received quantity is net
 * of rejected and returned goods (quality.ts goodQty). A blank received quantity means nothing
 * received yet. The ordered quantity is required, so blank or unreadable gives unknown.
 */
export function openQty(line: ReceiptFields): number | undefined {
  const ordered = knownNumber(line.orderedQty);
  if (ordered === null || ordered === undefined) return undefined;
  const received = goodQty(line);
  if (received === undefined) return undefined;
  const open = ordered - (received ?? 0);
  return open > 0 ? open : 0;
}
