import type { PoLine } from "../model";
import { knownNumber } from "./known";

/**
 * Open quantity (DESIGN.md) = max(orderedQty − receivedQty, 0). A blank received quantity means
 * nothing received yet. The ordered quantity is required, so blank or unreadable gives unknown.
 */
export function openQty(line: Pick<PoLine, "orderedQty" | "receivedQty">): number | undefined {
  const ordered = knownNumber(line.orderedQty);
  if (ordered === null || ordered === undefined) return undefined;
  const received = knownNumber(line.receivedQty);
  if (received === undefined) return undefined;
  const open = ordered - (received ?? 0);
  return open > 0 ? open : 0;
}
