import type { WorkCalendar } from "../dates/calendar";
import { previousPeriod, type Period } from "../dates/period";
import { calendarFromSettings } from "../followup/calendarFromSettings";
import { computeKpis, type KpiSnapshot } from "../kpi/computeKpis";
import { daysLateOf, type DaysLateStat } from "../kpi/daysLate";
import { otdOf, otifOf } from "../kpi/otd";
import { tallyPerformance } from "../kpi/performance";
import type { Rate } from "../kpi/rate";
import type { KpiHistoryRecord } from "./kpiHistory";
import type { ReportInput } from "./reportInput";

/** The previous period's figures the headline compares against. */
export interface PreviousFigures {
  period: Period;
  /** Period measures of the previous period, as known at the report's asOf (late receipts included). */
  otd: Rate;
  otif: Rate;
  daysLate: DaysLateStat;
  population: number;
  /** Its KpiHistory row, when the previous period's report was built: the snapshot figures of then. */
  history: KpiHistoryRecord | undefined;
}

export interface ReportFigures {
  calendar: WorkCalendar;
  current: KpiSnapshot;
  previous: PreviousFigures;
}

/** Every KPI the report shows, computed once for the report sheet, the KPI sheet and the summary. */
export function reportFigures(input: ReportInput): ReportFigures {
  const { statuses, chases, settings, period, asOf } = input;
  const calendar = calendarFromSettings(settings);
  const current = computeKpis(statuses, chases, settings, period, asOf, calendar);
  const prev = previousPeriod(period);
  const performance = tallyPerformance(statuses, prev, asOf, settings);
  return {
    calendar,
    current,
    previous: {
      period: prev,
      otd: otdOf(performance),
      otif: otifOf(performance),
      daysLate: daysLateOf(performance),
      population: performance.population,
      history: input.history?.find((r) => r.period === prev.label),
    },
  };
}
