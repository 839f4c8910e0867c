import type { Serial } from "../model";
import type { LineStatus } from "../followup/types";
import type { Settings } from "../settings/settings";
import type { PeriodRange } from "./periodRange";
import { tallyPerformance, type PerformanceTally } from "./performance";
import { mean, median } from "./stats";

/**
 * Average and median calendar days late of the period's late lines: population lines that missed
 * "on time" by being late, measured against the committed date (a slipped promise does not make a
 * line less late). On-time and early lines are not averaged in, so the figure answers "when we
 * are late, by how much". No late line → no data.
 */
export type DaysLateStat = { kind: "days"; mean: number; median: number; max: number; lines: number } | { kind: "noData" };

export function daysLateOf(tally: PerformanceTally): DaysLateStat {
  const days = tally.lateDays;
  if (days.length === 0) return { kind: "noData" };
  let max = -Infinity;
  for (const d of days) if (d > max) max = d;
  return { kind: "days", mean: mean(days), median: median(days), max, lines: days.length };
}

export function lateDaysStat(statuses: readonly LineStatus[], period: PeriodRange, asOf: Serial, settings: Settings): DaysLateStat {
  return daysLateOf(tallyPerformance(statuses, period, asOf, settings));
}
