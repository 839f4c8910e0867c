import type { Serial } from "../model";
import { workday, type WorkCalendar } from "../dates/calendar";

/**
 * WORKDAY with a memo per calendar. A register has far fewer distinct dates than lines, so the
 * escalation dates of 100,000 lines come mostly from the memo. Same answers as `workday`.
 */
const memos = new WeakMap<WorkCalendar, Map<number, Serial>>();
/** Offsets are small integers; a key packs (start, offset) into one number. */
const OFFSET_SPAN = 4096;
const HALF_SPAN = OFFSET_SPAN / 2;
// Module-level aliases: global look-ups are slow inside sandboxed contexts (jest's vm).
const floor = Math.floor;
const trunc = Math.trunc;

export function cachedWorkday(cal: WorkCalendar, start: Serial, days: number): Serial {
  const from = floor(start);
  const steps = trunc(days);
  if (steps >= HALF_SPAN || steps <= -HALF_SPAN) return workday(cal, from, steps);
  let memo = memos.get(cal);
  if (!memo) memos.set(cal, (memo = new Map()));
  const key = from * OFFSET_SPAN + steps + HALF_SPAN;
  let result = memo.get(key);
  if (result === undefined) {
    result = workday(cal, from, steps);
    memo.set(key, result);
  }
  return result;
}
