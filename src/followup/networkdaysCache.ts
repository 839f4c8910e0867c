import type { Serial } from "../model";
import { networkdays, type WorkCalendar } from "../dates/calendar";

/**
 * NETWORKDAYS with a memo per calendar: open lines are all measured to the same asOf, so there is one
 * look-up per distinct due date. Same answers as `networkdays`.
 */
const memos = new WeakMap<WorkCalendar, Map<number, number>>();
/** 2^22 > the last Excel serial (2,958,465), so (start, end) packs exactly into one double. */
const SPAN = 4_194_304;

export function cachedNetworkdays(cal: WorkCalendar, start: Serial, end: Serial): number {
  if (!(start >= 0 && start < SPAN && end >= 0 && end < SPAN)) return networkdays(cal, start, end);
  let memo = memos.get(cal);
  if (!memo) memos.set(cal, (memo = new Map()));
  const key = start * SPAN + end;
  let result = memo.get(key);
  if (result === undefined) {
    result = networkdays(cal, start, end);
    memo.set(key, result);
  }
  return result;
}
