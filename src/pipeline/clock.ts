/**
 * The one clock: every entry point reads "today" once per call, here, and hands that asOf down.
 * A long-lived runtime (the shared runtime lives for days) asks again on the next call, never mid-call.
 */
import type { Serial } from "../model";
import { serialFromLocalDate } from "../dates/serial";
import { localStamp } from "../dates/localStamp";

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Today on the clock's local calendar, as a 1900-system serial. */
export function todayOf(clock: Clock = systemClock): Serial {
  return serialFromLocalDate(clock());
}

/** Now, local time to the minute ("2026-11-20 14:05"), for "generated at". */
export function stampOf(clock: Clock = systemClock): string {
  return localStamp(clock());
}
