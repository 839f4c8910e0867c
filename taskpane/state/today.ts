/**
 * "Today" as a function, not a value: the shared runtime lives for days, so every load, refresh and
 * save asks the clock again. The playground and the tests inject a fixed day.
 */
import { todayOf } from "../../src/pipeline/clock";
import type { Serial } from "../../src/model";

export type Today = () => Serial;

/** The buyer's calendar day on this computer's clock. */
export const systemToday: Today = () => todayOf();

/** Always the same day (the playground's `?asOf=`, tests). */
export function fixedToday(asOf: Serial): Today {
  return () => asOf;
}
