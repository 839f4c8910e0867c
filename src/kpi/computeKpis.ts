import type { ChaseEntry, Serial } from "../model";
import type { LineStatus } from "../followup/types";
import type { Settings } from "../settings/settings";
import type { WorkCalendar } from "../dates/calendar";
import { ageingOf, countAgeing, newAgeingTally, type Ageing } from "./ageing";
import { chaseActivityOf, type ChaseActivity } from "./chaseActivity";
import { confirmationRateOf, countConfirmation, newConfirmationTally } from "./confirmation";
import { daysLateOf, type DaysLateStat } from "./daysLate";
import { addToDelayReasons, newDelayReasonTally, paretoOf, type Pareto } from "./delayReasons";
import { openOf, pastDueOf, type LinesAndValue } from "./openValue";
import { otdOf, otifOf } from "./otd";
import { addOutcome, newPerformanceTally } from "./performance";
import type { PeriodRange } from "./periodRange";
import { periodChases } from "./periodChases";
import { walkLines } from "./lineWalk";
import { promiseSlips, type PromiseSlips } from "./promiseSlips";
import type { Rate } from "./rate";
import {
  addChasesToSuppliers,
  addConfirmationsToSuppliers,
  addQualityToSuppliers,
  addToSuppliers,
  newSupplierTallies,
  scorecardOf,
  type SupplierScore,
} from "./scorecard";
import { countQuality, newQualityTally, rejectRateOf } from "./quality";
import { calendarFromSettings } from "../followup/calendarFromSettings";

/** Counts behind OTD/OTIF, so a report can show "12 of 15" and what was left out. */
export interface PopulationSummary {
  lines: number;
  onTime: number;
  inFull: number;
  onTimeInFull: number;
  /** Population lines not (fully) received: misses. */
  stillOpen: number;
  late: number;
  /** Open lines committed in the period that can still arrive on time (not measured yet). */
  notYetDue: number;
  /** Lines left out for a blank/unreadable committed date, receipt date or quantity. */
  unknown: number;
}

/** Every KPI of one period at one asOf. Period measures use `period`; snapshots use `asOf`. */
export interface KpiSnapshot {
  period: PeriodRange;
  asOf: Serial;
  population: PopulationSummary;
  otd: Rate;
  otif: Rate;
  daysLate: DaysLateStat;
  /** Snapshot at asOf. */
  confirmation: Rate;
  open: LinesAndValue;
  pastDue: LinesAndValue;
  ageing: Ageing;
  promiseSlips: PromiseSlips;
  delayReasons: Pareto;
  chaseActivity: ChaseActivity;
  suppliers: SupplierScore[];
  /** Rejected / received qty of the period's inspected receipts; "no data" without inspection records. */
  rejectRate?: Rate;
}

/**
 * All KPIs in one walk over the line statuses (plus one over the period's chases): every measure
 * keeps a small running tally that each line updates, then the tallies are turned into results.
 */
export function computeKpis(
  statuses: readonly LineStatus[],
  chases: readonly ChaseEntry[],
  settings: Settings,
  period: PeriodRange,
  asOf: Serial,
  /** The calendar of `settings`, when the caller already built it (saves rebuilding the memo). */
  calendar?: WorkCalendar,
): KpiSnapshot {
  const performance = newPerformanceTally();
  const confirmation = newConfirmationTally();
  const ageingTally = newAgeingTally();
  const reasons = newDelayReasonTally(settings);
  const suppliers = newSupplierTallies();
  const quality = newQualityTally();

  walkLines(statuses, settings, period, asOf, calendar, (status, outcome, confirmationOfLine, slot) => {
    addOutcome(performance, outcome);
    countConfirmation(confirmation, confirmationOfLine);
    countAgeing(ageingTally, slot, status);
    addToDelayReasons(reasons, status, outcome);
    addToSuppliers(suppliers, status, outcome, confirmationOfLine, slot);
    if (status.line.receivedDate !== null) {
      countQuality(quality, status, period);
      addQualityToSuppliers(suppliers, status, period);
    }
  });
  addConfirmationsToSuppliers(suppliers, statuses, chases, period, calendar ?? calendarFromSettings(settings));

  // One list of the period's chases for the activity tables and the scorecard: the same count in both.
  const chasesInPeriod = periodChases(
    chases,
    statuses.map((s) => s.line),
    period,
  );
  addChasesToSuppliers(suppliers, chasesInPeriod);
  const ageing = ageingOf(ageingTally);
  return {
    period: { start: period.start, end: period.end },
    asOf,
    population: {
      lines: performance.population,
      onTime: performance.onTime,
      inFull: performance.inFull,
      onTimeInFull: performance.onTimeInFull,
      stillOpen: performance.stillOpen,
      late: performance.lateDays.length,
      notYetDue: performance.notYetDue,
      unknown: performance.unknown,
    },
    otd: otdOf(performance),
    otif: otifOf(performance),
    daysLate: daysLateOf(performance),
    confirmation: confirmationRateOf(confirmation),
    open: openOf(ageing),
    pastDue: pastDueOf(ageing),
    ageing,
    promiseSlips: promiseSlips(chases, period),
    delayReasons: paretoOf(reasons),
    chaseActivity: chaseActivityOf(chasesInPeriod),
    suppliers: scorecardOf(suppliers),
    rejectRate: rejectRateOf(quality),
  };
}
