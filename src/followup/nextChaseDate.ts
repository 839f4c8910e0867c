import type { Lifecycle, PoLine, Serial } from "../model";
import type { Settings } from "../settings/settings";
import type { WorkCalendar } from "../dates/calendar";
import type { Escalation } from "./escalation";
import { confirmationDeadline, isFollowedUp } from "./followUpState";
import { knownSerial } from "./known";
import { cachedWorkday } from "./workdayCache";

export interface NextChaseFacts {
  lifecycle: Lifecycle;
  line: Pick<PoLine, "promisedDate" | "orderDate">;
  /** escalation(...) of the line: null = no due date, undefined = unreadable due date. */
  escalation: Escalation | null | undefined;
  /** Last chase of this line. */
  lastLineChase?: Serial;
  /** Last chase of the line's supplier, any line (at or after lastLineChase). */
  lastSupplierChase?: Serial;
  /** Next-chase date the buyer set (or accepted) when logging the last chase. */
  plannedChase?: Serial;
}

/**
 * When to chase a line next (DESIGN.md "Next chase date"). A date on or before asOf means "chase
 * now"; it is the day the chase became due, so it does not move while nobody acts.
 *
 * 1. null for lines not followed up (received, cancelled, closed, on hold); undefined when the due
 *    date is unreadable.
 * 2. Escalation: the first escalation date (pre-due, level 1, 2, 3) AFTER the line's last chase.
 *    A level reached but not chased since it was reached is therefore due now. After level 3 has
 *    been chased: every `minGap` working days after the last chase of the line.
 * 3. Confirmation: a line without a promised date is chased for a confirmation on the first
 *    working day it is Unconfirmed, WORKDAY(orderDate, confirmWithin + 1) (the supplier has the whole
 *    day WORKDAY(orderDate, confirmWithin) to confirm), then every `minGap` working days after its
 *    last chase. The earlier of 2 and 3 wins.
 * 4. A next-chase date set when the last chase was logged (the register's next-chase column)
 *    replaces 3 and the repeat of 2, but a new escalation date reached before it still comes first.
 *    A planned date on or before the last chase is stale (the buyer chased again) and is ignored.
 * 5. Never sooner than `minGap` working days after the last chase of the same supplier:
 *    max(date, WORKDAY(lastSupplierChase, minGap)).
 * A line with no due date and no confirmation to chase: null.
 */
export function nextChaseDate(
  cal: WorkCalendar,
  settings: Pick<Settings, "minGap" | "confirmWithin">,
  facts: NextChaseFacts,
): Serial | null | undefined {
  const own = ownNextChaseDate(cal, settings, facts);
  if (typeof own !== "number" || facts.lastSupplierChase === undefined) return own;
  const gapEnd = supplierGapEnd(cal, settings, facts.lastSupplierChase);
  return gapEnd > own ? gapEnd : own;
}

/**
 * Rule 5 alone: the first day the supplier may be chased again, WORKDAY(lastSupplierChase, minGap).
 * Chased Thu 19 Nov with a 2-day gap: Mon 23 Nov (Fri 20 is day 1); with Mon 23 a holiday, Tue 24.
 */
export function supplierGapEnd(cal: WorkCalendar, settings: Pick<Settings, "minGap">, lastSupplierChase: Serial): Serial {
  return cachedWorkday(cal, lastSupplierChase, settings.minGap);
}

/**
 * Rules 1–4 without the supplier's minimum gap (rule 5): the day this line's own schedule asks for a
 * chase. evaluateLine keeps it to say why a line is held back (see chaseNow.ts).
 */
export function ownNextChaseDate(
  cal: WorkCalendar,
  settings: Pick<Settings, "minGap" | "confirmWithin">,
  facts: Omit<NextChaseFacts, "lastSupplierChase">,
): Serial | null | undefined {
  if (!isFollowedUp(facts.lifecycle)) return null;
  if (facts.escalation === undefined) return undefined;
  const { lastLineChase, plannedChase } = facts;
  const repeat = lastLineChase !== undefined ? cachedWorkday(cal, lastLineChase, settings.minGap) : undefined;

  const nextLevel = facts.escalation ? firstAfter(facts.escalation.milestones, lastLineChase) : undefined;
  let next: Serial | undefined;
  if (plannedChase !== undefined && (lastLineChase === undefined || plannedChase > lastLineChase)) {
    next = earliest(plannedChase, nextLevel);
  } else {
    // Level 3 already chased: keep chasing every minGap.
    const escalationDate = facts.escalation ? (nextLevel ?? repeat) : undefined;
    next = earliest(escalationDate, confirmationChase(cal, settings, facts.line, lastLineChase, repeat));
  }
  return next === undefined ? null : next;
}

/** Step 3: the confirmation chase of a line without a promised date; undefined when none applies. */
function confirmationChase(
  cal: WorkCalendar,
  settings: Pick<Settings, "confirmWithin">,
  line: Pick<PoLine, "promisedDate" | "orderDate">,
  lastLineChase: Serial | undefined,
  repeat: Serial | undefined,
): Serial | undefined {
  if (line.promisedDate !== null) return undefined;
  const deadline = confirmationDeadline(cal, knownSerial(line.orderDate), settings.confirmWithin);
  if (deadline === undefined) return undefined;
  const firstChase = cachedWorkday(cal, deadline, 1);
  return lastLineChase !== undefined && lastLineChase >= firstChase ? repeat : firstChase;
}

/** The first date strictly after `after` (all of them when never chased). */
function firstAfter(dates: readonly Serial[], after: Serial | undefined): Serial | undefined {
  for (const date of dates) if (after === undefined || date > after) return date;
  return undefined;
}

function earliest(a: Serial | undefined, b: Serial | undefined): Serial | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}
