/**
 * The department's KPI history: every register's KpiHistory rows merged by period. A row keeps rates,
 * not counts, so OTD and OTIF are weighted back by the row's lines measured (rate × lines gives the
 * whole number of on-time lines back); the confirmation rate and average days late cannot be (their
 * denominators are not in the row) and stay blank wherever more than one register's row was merged.
 */
import type { KpiHistoryRecord } from "./kpiHistory";
import { upsertKpiHistory } from "./kpiHistory";

interface PeriodSum {
  first: KpiHistoryRecord;
  rows: number;
  asOf: number;
  population: number;
  onTime: number;
  otdPopulation: number;
  onTimeInFull: number;
  otifPopulation: number;
  linesOverdue: number;
}

export class KpiHistoryMerge {
  private readonly periods = new Map<string, PeriodSum>();

  /** One register's history (a period appears once in it: the table replaces a period's row). */
  add(records: readonly KpiHistoryRecord[]): void {
    for (const record of records) {
      let sum = this.periods.get(record.period);
      if (!sum) {
        sum = {
          first: record,
          rows: 0,
          asOf: record.asOf,
          population: 0,
          onTime: 0,
          otdPopulation: 0,
          onTimeInFull: 0,
          otifPopulation: 0,
          linesOverdue: 0,
        };
        this.periods.set(record.period, sum);
      }
      sum.rows++;
      sum.asOf = Math.max(sum.asOf, record.asOf);
      sum.population += record.population;
      sum.linesOverdue += record.linesOverdue;
      if (record.otd !== null) {
        sum.onTime += Math.round(record.otd * record.population);
        sum.otdPopulation += record.population;
      }
      if (record.otif !== null) {
        sum.onTimeInFull += Math.round(record.otif * record.population);
        sum.otifPopulation += record.population;
      }
    }
  }

  /** The merged history, oldest first, with `current` (computed from the registers' counts) in place of its period. */
  records(current?: KpiHistoryRecord): KpiHistoryRecord[] {
    const merged: KpiHistoryRecord[] = [...this.periods.values()].map((sum) => ({
      period: sum.first.period,
      start: sum.first.start,
      end: sum.first.end,
      asOf: sum.asOf,
      otd: sum.otdPopulation > 0 ? sum.onTime / sum.otdPopulation : null,
      otif: sum.otifPopulation > 0 ? sum.onTimeInFull / sum.otifPopulation : null,
      confirmation: sum.rows === 1 ? sum.first.confirmation : null,
      linesOverdue: sum.linesOverdue,
      avgDaysLate: sum.rows === 1 ? sum.first.avgDaysLate : null,
      population: sum.population,
    }));
    if (current) return upsertKpiHistory(merged, current);
    return merged.sort((a, b) => a.start - b.start || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  }
}
