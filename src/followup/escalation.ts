import type { Known, Serial } from "../model";
import type { Settings } from "../settings/settings";
import type { WorkCalendar } from "../dates/calendar";
import { cachedWorkday } from "./workdayCache";

export type EscalationLevel = 0 | 1 | 2 | 3;

export interface Escalation {
  /** Highest level (1 reminder, 2 urgent, 3 escalate to manager) reached at asOf; 0 = none. */
  level: EscalationLevel;
  /** The pre-due reminder date is reached and no level is. */
  preDue: boolean;
  /** Date the offsets count from (see escalationBase). */
  base: Serial;
  /** WORKDAY(base, offset) for [pre-due, level 1, level 2, level 3]. */
  milestones: Milestones;
}

/**
 * Date the escalation offsets count from. Normally the due date: a new promised date later than
 * today moves the due date and so resets the level by itself. When the promise changed AFTER the
 * due date it now holds (the supplier or buyer recorded a date already past), the count restarts
 * from the day of that change instead, so a fresh answer is never treated as weeks overdue:
 * base = lastPromiseChange when lastPromiseChange > due, else due.
 */
export function escalationBase(due: Serial, lastPromiseChange?: Serial): Serial {
  return lastPromiseChange !== undefined && lastPromiseChange > due ? lastPromiseChange : due;
}

type Milestones = readonly [Serial, Serial, Serial, Serial];
/** Shared, frozen tuples per (calendar, offsets, base): lines due the same day share one. */
const milestoneMemo = new WeakMap<WorkCalendar, WeakMap<Settings["escalationOffsets"], Map<Serial, Milestones>>>();

/** The four escalation dates, WORKDAY(base, offset) each (Excel WORKDAY also from a weekend/holiday base). */
export function escalationMilestones(cal: WorkCalendar, base: Serial, offsets: Settings["escalationOffsets"]): Milestones {
  let byOffsets = milestoneMemo.get(cal);
  if (!byOffsets) milestoneMemo.set(cal, (byOffsets = new WeakMap()));
  let byBase = byOffsets.get(offsets);
  if (!byBase) byOffsets.set(offsets, (byBase = new Map()));
  let milestones = byBase.get(base);
  if (!milestones) {
    milestones = Object.freeze([
      cachedWorkday(cal, base, offsets[0]),
      cachedWorkday(cal, base, offsets[1]),
      cachedWorkday(cal, base, offsets[2]),
      cachedWorkday(cal, base, offsets[3]),
    ] as const);
    byBase.set(base, milestones);
  }
  return milestones;
}

/**
 * Escalation of a followed-up line at asOf (DESIGN.md "Escalation levels"). A level is reached when
 * asOf ≥ WORKDAY(base, its offset); the line's level is the highest one reached. With the default
 * offsets [−3, +1, +5, +10] and a due date Fri 2026-11-20: pre-due Tue 11-17, level 1 Mon 11-23,
 * level 2 Fri 11-27, level 3 Fri 12-04. A due date on a weekend or holiday counts like Excel's
 * WORKDAY from that date: due Sat 11-21 → level 1 on Mon 11-23 (the next working day), pre-due
 * Wed 11-18 (three working days back).
 * null when there is no due date, undefined when it is unreadable.
 */
export function escalation(
  cal: WorkCalendar,
  settings: Pick<Settings, "escalationOffsets">,
  due: Known<Serial>,
  asOf: Serial,
  lastPromiseChange?: Serial,
): Escalation | null | undefined {
  if (due === null || due === undefined) return due;
  const base = escalationBase(due, lastPromiseChange);
  const milestones = escalationMilestones(cal, base, settings.escalationOffsets);
  const level: EscalationLevel = asOf >= milestones[3] ? 3 : asOf >= milestones[2] ? 2 : asOf >= milestones[1] ? 1 : 0;
  return { level, preDue: level === 0 && asOf >= milestones[0], base, milestones };
}
