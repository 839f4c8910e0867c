import type { Serial } from "../model";
import type { LineStatus } from "../followup/types";
import type { Settings } from "../settings/settings";
import type { PeriodRange } from "./periodRange";
import { tallyPerformance, type PerformanceTally } from "./performance";
import { rate, type Rate } from "./rate";

/** OTD = on-time lines / population. */
export function otdOf(tally: PerformanceTally): Rate {
  return rate(tally.onTime, tally.population);
}

/** OTIF = on-time-and-in-full lines / population. */
export function otifOf(tally: PerformanceTally): Rate {
  return rate(tally.onTimeInFull, tally.population);
}

export function otd(statuses: readonly LineStatus[], period: PeriodRange, asOf: Serial, settings: Settings): Rate {
  return otdOf(tallyPerformance(statuses, period, asOf, settings));
}

export function otif(statuses: readonly LineStatus[], period: PeriodRange, asOf: Serial, settings: Settings): Rate {
  return otifOf(tallyPerformance(statuses, period, asOf, settings));
}
