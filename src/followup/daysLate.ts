import type { Known, Serial } from "../model";
import { knownSerial } from "./known";

/**
 * Signed calendar days late (DESIGN.md "Days late"): receivedDate − due for a received line,
 * asOf − due for an open one. Positive = late, negative = early / days left.
 * Pass receivedDate = null for a line that is not received (measured against asOf); an unreadable
 * receipt date (undefined) gives an unknown answer. No due date (null) gives null.
 */
export function daysLate(due: Known<Serial>, receivedDate: Known<Serial>, asOf: Serial): Known<number> {
  const from = knownSerial(due);
  if (from === null || from === undefined) return from;
  const received = knownSerial(receivedDate);
  if (received === undefined) return undefined;
  const to = received ?? knownSerial(asOf);
  return typeof to === "number" ? to - from : undefined;
}
