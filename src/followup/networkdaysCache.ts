import type { Serial } from "../model";
import { networkdays, type WorkCalendar } from "../dates/calendar";

/**
 * NETWORKDAYS with a memo per calendar: open lines are all measured to the same asOf, so there is one
 * look-up per distinct due date. Same answers as `networkdays`.
 *
 * The memo is keyed by end date, then start date, so that both keys are small integers: a single key
 * packing both would be a heap-allocated double, and hashing those made the memo slower than it saved.
 */
const memos = new WeakMap<WorkCalendar, Map<Serial, Map<Serial, number>>>();
/** Above the last Excel serial (2,958,465); whole serials below it are small integers for Map keys. */
const SPAN = 4_194_304;
// Module-level alias: global look-ups are slow inside sandboxed contexts (jest's vm).
const floor = Math.floor;

export function cachedNetworkdays(cal: WorkCalendar, start: Serial, end: Serial): number {
  if (!(isWholeSerial(start) && isWholeSerial(end))) return networkdays(cal, start, end);
  let byEnd = memos.get(cal);
  if (!byEnd) memos.set(cal, (byEnd = new Map()));
  let byStart = byEnd.get(end);
  if (!byStart) byEnd.set(end, (byStart = new Map()));
  let result = byStart.get(start);
  if (result === undefined) {
    result = networkdays(cal, start, end);
    byStart.set(start, result);
  }
  return result;
}

function isWholeSerial(serial: Serial): boolean {
  return serial >= 0 && serial < SPAN && serial === floor(serial);
}
