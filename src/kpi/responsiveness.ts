import type { ChaseEntry, PoLine, Serial } from "../model";
import { networkdays, type WorkCalendar } from "../dates/calendar";
import { knownSerial } from "../followup/known";
import type { PeriodChase } from "./periodChases";
import { isInPeriod, type PeriodRange } from "./periodRange";
import { rate, type Rate } from "./rate";
import { median } from "./stats";

/**
 * Responsiveness of a supplier in a period (DESIGN.md scorecard):
 * - working days from order to confirmation: for each line whose first confirmation (the first
 *   chase-log entry answered "confirmed" or with a new date) falls in the period, the working days
 *   after the order date up to that day (NETWORKDAYS(order, confirmed) − 1: confirmed on the order
 *   day = 0); the median over those lines, "no data" without any;
 * - share of chases with no answer: log entries of the period answered "no answer" / log entries of
 *   the period with an outcome (a last-chase date typed in the register has none and is left out).
 */
export interface ResponsivenessTally {
  confirmDays: number[];
  answeredOrNot: number;
  noAnswer: number;
}

export type ConfirmationDaysStat = { kind: "days"; median: number; lines: number } | { kind: "noData" };

export function newResponsivenessTally(): ResponsivenessTally {
  return { confirmDays: [], answeredOrNot: 0, noAnswer: 0 };
}

export function countChaseAnswer(tally: ResponsivenessTally, chase: PeriodChase): void {
  if (chase.outcome === null) return;
  tally.answeredOrNot++;
  if (chase.outcome === "noAnswer") tally.noAnswer++;
}

/** The first confirmation of each line in the chase log: line key → day. One pass over the log. */
export function firstConfirmations(chases: readonly ChaseEntry[]): Map<string, Serial> {
  const first = new Map<string, Serial>();
  for (const entry of chases) {
    if (entry.outcome !== "confirmed" && entry.outcome !== "newDate") continue;
    const day = knownSerial(entry.date);
    if (typeof day !== "number") continue;
    const seen = first.get(entry.lineKey);
    if (seen === undefined || day < seen) first.set(entry.lineKey, day);
  }
  return first;
}

/** Working days from the line's order to its first confirmation, when that confirmation is in the period. */
export function confirmationDays(
  line: PoLine,
  firstConfirmation: Serial | undefined,
  period: PeriodRange,
  calendar: WorkCalendar,
): number | undefined {
  if (firstConfirmation === undefined || !isInPeriod(firstConfirmation, period)) return undefined;
  const ordered = knownSerial(line.orderDate);
  if (typeof ordered !== "number" || ordered > firstConfirmation) return undefined;
  const days = networkdays(calendar, ordered, firstConfirmation) - 1;
  return days > 0 ? days : 0;
}

export function confirmationDaysOf(tally: ResponsivenessTally): ConfirmationDaysStat {
  const n = tally.confirmDays.length;
  return n === 0 ? { kind: "noData" } : { kind: "days", median: median(tally.confirmDays), lines: n };
}

export function noAnswerRateOf(tally: ResponsivenessTally): Rate {
  return rate(tally.noAnswer, tally.answeredOrNot);
}
