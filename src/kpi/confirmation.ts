import type { Serial } from "../model";
import type { LineStatus } from "../followup/types";
import type { Settings } from "../settings/settings";
import type { WorkCalendar } from "../dates/calendar";
import { calendarFromSettings } from "../followup/calendarFromSettings";
import { confirmationDeadline, isFollowedUp } from "../followup/followUpState";
import { rate, type Rate } from "./rate";

/**
 * Confirmation rate (DESIGN.md) = open lines with a promised date / open lines older than
 * `confirmWithin` working days, i.e. whose WORKDAY(orderDate, confirmWithin) < asOf — the same
 * deadline after which a line without a promise becomes "Unconfirmed" (src/followup). A snapshot at
 * asOf. Open = open or partial (not received, cancelled, closed or on hold). Lines without a
 * readable order date, or with an unreadable promised date, cannot be judged and are left out.
 */
export interface ConfirmationTally {
  /** Open lines old enough to need a confirmation. */
  due: number;
  /** …of which have a promised date. */
  confirmed: number;
  /** Open lines left out for a blank/unreadable order date or an unreadable promised date. */
  unknown: number;
}

export function newConfirmationTally(): ConfirmationTally {
  return { due: 0, confirmed: 0, unknown: 0 };
}

export function isOpenLine(status: LineStatus): boolean {
  return isFollowedUp(status.lifecycle);
}

/** What the confirmation test needs besides the line; build once per computation. */
export interface ConfirmationContext {
  calendar: WorkCalendar;
  confirmWithin: number;
  asOf: Serial;
}

export function confirmationContext(settings: Settings, asOf: Serial, calendar?: WorkCalendar): ConfirmationContext {
  return { calendar: calendar ?? calendarFromSettings(settings), confirmWithin: settings.confirmWithin, asOf };
}

/** Where one line stands for the confirmation rate; computed once per line, counted by every tally. */
export type ConfirmationClass = "notOpen" | "young" | "unconfirmed" | "confirmed" | "unknown";

export function confirmationClass(status: LineStatus, ctx: ConfirmationContext): ConfirmationClass {
  if (!isOpenLine(status)) return "notOpen";
  const { promisedDate } = status.line;
  const deadline = confirmationDeadline(ctx.calendar, status.line.orderDate, ctx.confirmWithin);
  if (deadline === undefined || promisedDate === undefined) return "unknown";
  if (!(deadline < ctx.asOf)) return "young"; // still within the time allowed to confirm
  return promisedDate === null ? "unconfirmed" : "confirmed";
}

export function countConfirmation(tally: ConfirmationTally, cls: ConfirmationClass): void {
  if (cls === "unknown") tally.unknown++;
  else if (cls === "confirmed") {
    tally.due++;
    tally.confirmed++;
  } else if (cls === "unconfirmed") tally.due++;
}

export function addToConfirmation(tally: ConfirmationTally, status: LineStatus, ctx: ConfirmationContext): void {
  countConfirmation(tally, confirmationClass(status, ctx));
}

export function confirmationRateOf(tally: ConfirmationTally): Rate {
  return rate(tally.confirmed, tally.due);
}

export function confirmationRate(statuses: readonly LineStatus[], asOf: Serial, settings: Settings, calendar?: WorkCalendar): Rate {
  const ctx = confirmationContext(settings, asOf, calendar);
  const tally = newConfirmationTally();
  for (const status of statuses) addToConfirmation(tally, status, ctx);
  return confirmationRateOf(tally);
}
