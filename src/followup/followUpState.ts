import type { FollowUpState, Known, Lifecycle, PoLine, Serial } from "../model";
import type { Settings } from "../settings/settings";
import type { WorkCalendar } from "../dates/calendar";
import { knownSerial } from "./known";
import { cachedWorkday } from "./workdayCache";

/** Lines still expected from the supplier; the others are not followed up. */
export function isFollowedUp(state: Lifecycle): boolean {
  return state === "open" || state === "partial";
}

/**
 * The day after which a line without a promised date counts as Unconfirmed:
 * WORKDAY(orderDate, confirmWithin). undefined when the order date is blank or unreadable.
 */
export function confirmationDeadline(cal: WorkCalendar, orderDate: Known<Serial>, confirmWithin: number): Serial | undefined {
  const ordered = knownSerial(orderDate);
  return typeof ordered === "number" ? cachedWorkday(cal, ordered, confirmWithin) : undefined;
}

/**
 * Follow-up state (DESIGN.md), first match wins:
 * 1. Late: asOf > due.
 * 2. Unconfirmed: no promised date and WORKDAY(orderDate, confirmWithin) < asOf.
 * 3. Due soon: due ≤ WORKDAY(asOf, dueSoon), i.e. due within `dueSoon` working days (today included).
 * 4. On track.
 * null for lines not followed up (received, cancelled, closed, on hold). undefined when the due date
 * is unreadable and the line is not Unconfirmed. A line with no date at all is On track unless
 * Unconfirmed. A blank or unreadable order date skips the Unconfirmed test (nothing to count from).
 */
export function followUpState(
  cal: WorkCalendar,
  settings: Pick<Settings, "confirmWithin" | "dueSoon">,
  line: Pick<PoLine, "promisedDate" | "orderDate">,
  state: Lifecycle,
  due: Known<Serial>,
  asOf: Serial,
): FollowUpState | null | undefined {
  if (!isFollowedUp(state)) return null;
  if (typeof due === "number" && asOf > due) return "late";
  if (line.promisedDate === null) {
    const deadline = confirmationDeadline(cal, line.orderDate, settings.confirmWithin);
    if (deadline !== undefined && deadline < asOf) return "unconfirmed";
  }
  if (due === undefined) return undefined;
  if (due === null) return "onTrack";
  return due <= cachedWorkday(cal, asOf, settings.dueSoon) ? "dueSoon" : "onTrack";
}
