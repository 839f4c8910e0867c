import type { Known, Serial } from "../model";
import type { WorkCalendar } from "../dates/calendar";
import { cachedNetworkdays } from "./networkdaysCache";
import { knownSerial } from "./known";

/**
 * Signed working days late (DESIGN.md): NETWORKDAYS(due, x) − 1 when x > due,
 * −(NETWORKDAYS(x, due) − 1) when x < due, 0 when equal. `x` is the receipt date of a received
 * line or asOf for an open one. A due date on a weekend or holiday is not itself counted, so a
 * line due on Saturday and received on Monday is 0 working days late (but 2 calendar days late).
 */
export function workdaysLate(cal: WorkCalendar, due: Known<Serial>, x: Known<Serial>): Known<number> {
  const from = knownSerial(due);
  if (from === null || from === undefined) return from;
  const to = knownSerial(x);
  if (to === null || to === undefined) return undefined;
  if (to > from) return cachedNetworkdays(cal, from, to) - 1;
  if (to < from) return -(cachedNetworkdays(cal, to, from) - 1);
  return 0;
}
