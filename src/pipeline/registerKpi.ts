/**
 * What the department KPI keeps of one register (issue 14 point 5): its counts for the period, the
 * previous period's delivery counts, and its buyers and suppliers: no line survives this call, so a
 * caller reading many registers one at a time holds only these.
 */
import { previousPeriod, type Period } from "../dates/period";
import { calendarFromSettings } from "../followup/calendarFromSettings";
import { computeKpis } from "../kpi/computeKpis";
import { buyerCounts, countsOf, emptyCounts, supplierCounts, type KpiCounts, type NamedCounts } from "../kpi/consolidate";
import { daysLateOf } from "../kpi/daysLate";
import { otdOf, otifOf } from "../kpi/otd";
import { tallyPerformance } from "../kpi/performance";
import type { WorkbookModel } from "./runPipeline";

export interface RegisterKpi {
  lines: number;
  current: KpiCounts;
  /** The previous period's delivery counts (population, on time, in full, days late) at the same asOf. */
  previous: KpiCounts;
  buyers: NamedCounts[];
  suppliers: NamedCounts[];
}

/** `fallbackBuyer`: whom lines with a blank Buyer cell count for (the workbook's buyer, else the file's name). */
export function registerKpi(model: WorkbookModel, period: Period, fallbackBuyer: string): RegisterKpi {
  const { settings } = model.settled;
  const calendar = calendarFromSettings(settings);
  const snapshot = computeKpis(model.statuses, model.chases, settings, period, model.asOf, calendar);
  const suppliers = snapshot.suppliers.map(supplierCounts);
  const chases = suppliers.reduce((n, s) => n + s.counts.chases, 0);
  const performance = tallyPerformance(model.statuses, previousPeriod(period), model.asOf, settings);
  const previous = {
    ...emptyCounts(),
    ...countsOf({
      population: performance.population,
      otd: otdOf(performance),
      otif: otifOf(performance),
      confirmation: { kind: "noData" },
      daysLate: daysLateOf(performance),
      open: { lines: 0, value: {} },
      pastDue: { lines: 0, value: {} },
      chases: 0,
    }),
  };
  return {
    lines: model.parsed?.lines.length ?? 0,
    current: countsOf({ ...snapshot, population: snapshot.population.lines, chases }),
    previous,
    buyers: buyerCounts(model.statuses, settings, period, model.asOf, calendar, fallbackBuyer),
    suppliers,
  };
}
