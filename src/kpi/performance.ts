import type { Serial } from "../model";
import type { LineStatus } from "../followup/types";
import type { Settings } from "../settings/settings";
import type { PeriodRange } from "./periodRange";
import { periodOutcome, type PeriodOutcome } from "./population";

/**
 * Running counts of a period's delivery performance, filled one line at a time so that
 * computeKpis can serve every measure (and every supplier) from a single walk over the lines.
 */
export interface PerformanceTally {
  /** Lines in the population (the denominator of OTD and OTIF). */
  population: number;
  onTime: number;
  inFull: number;
  onTimeInFull: number;
  /** Population lines not (fully) received yet: counted as misses. */
  stillOpen: number;
  /** Calendar days late against the committed date, one entry per late population line. */
  lateDays: number[];
  /** Open lines with a committed date in the period that can still be on time. */
  notYetDue: number;
  /** Lines left out because a date or quantity is blank/unreadable (see PeriodOutcome). */
  unknown: number;
}

export function newPerformanceTally(): PerformanceTally {
  return { population: 0, onTime: 0, inFull: 0, onTimeInFull: 0, stillOpen: 0, lateDays: [], notYetDue: 0, unknown: 0 };
}

export function addOutcome(tally: PerformanceTally, outcome: PeriodOutcome): void {
  switch (outcome.kind) {
    case "measured":
      tally.population++;
      if (outcome.onTime) tally.onTime++;
      if (outcome.inFull) tally.inFull++;
      if (outcome.onTime && outcome.inFull) tally.onTimeInFull++;
      if (outcome.stillOpen) tally.stillOpen++;
      if (outcome.late) tally.lateDays.push(outcome.daysLate);
      return;
    case "unknown":
      tally.unknown++;
      return;
    case "notMeasured":
      if (outcome.why === "notYetDue") tally.notYetDue++;
      return;
    default:
      return;
  }
}

/** The performance tally of a set of lines for one period (one walk). */
export function tallyPerformance(statuses: readonly LineStatus[], period: PeriodRange, asOf: Serial, settings: Settings): PerformanceTally {
  const tally = newPerformanceTally();
  for (const status of statuses) addOutcome(tally, periodOutcome(status, period, asOf, settings));
  return tally;
}
