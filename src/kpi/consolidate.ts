/**
 * The department's KPI over many registers (issue 14 point 5). Each register is reduced to counts and
 * sums (KpiCounts) for the whole register, each buyer and each supplier, and those are added up:
 * rates are recomputed from the summed numerators and denominators (never an average of rates),
 * money stays per currency, and a group with an empty denominator stays "no data".
 * Memory follows the number of buyers and suppliers, not lines.
 */
import type { Serial } from "../model";
import type { LineStatus } from "../followup/types";
import type { Settings } from "../settings/settings";
import type { WorkCalendar } from "../dates/calendar";
import { supplierKey } from "../followup/supplierKey";
import { mergeAmounts, roundAmounts, type CurrencyAmounts } from "./amounts";
import { ageingOf, countAgeing, newAgeingTally, type AgeingTally } from "./ageing";
import { confirmationRateOf, countConfirmation, newConfirmationTally, type ConfirmationTally } from "./confirmation";
import { daysLateOf, type DaysLateStat } from "./daysLate";
import { walkLines } from "./lineWalk";
import { openOf, pastDueOf, type LinesAndValue } from "./openValue";
import { otdOf, otifOf } from "./otd";
import { addOutcome, newPerformanceTally, type PerformanceTally } from "./performance";
import type { PeriodRange } from "./periodRange";
import { rate, type Rate } from "./rate";
import type { SupplierScore } from "./scorecard";

/** Counts and sums only, so that two groups add up exactly. */
export interface KpiCounts {
  /** Lines measured for OTD/OTIF (their denominator). */
  population: number;
  onTime: number;
  onTimeInFull: number;
  /** Open lines old enough to need a confirmation, and of those the confirmed ones. */
  confirmationDue: number;
  confirmed: number;
  /** Late population lines, their days late added up, and the most days late (null: none late). */
  lateLines: number;
  lateDays: number;
  maxDaysLate: number | null;
  openLines: number;
  openValue: CurrencyAmounts;
  overdueLines: number;
  pastDueValue: CurrencyAmounts;
  chases: number;
}

export interface NamedCounts {
  name: string;
  counts: KpiCounts;
}

export function emptyCounts(): KpiCounts {
  return {
    population: 0,
    onTime: 0,
    onTimeInFull: 0,
    confirmationDue: 0,
    confirmed: 0,
    lateLines: 0,
    lateDays: 0,
    maxDaysLate: null,
    openLines: 0,
    openValue: {},
    overdueLines: 0,
    pastDueValue: {},
    chases: 0,
  };
}

/** The parts every KPI result shares (a register's snapshot, a supplier's score, a buyer's tallies). */
export interface KpiParts {
  population: number;
  otd: Rate;
  otif: Rate;
  confirmation: Rate;
  daysLate: DaysLateStat;
  open: LinesAndValue;
  pastDue: LinesAndValue;
  chases: number;
}

export function countsOf(parts: KpiParts): KpiCounts {
  const late = parts.daysLate.kind === "days" ? parts.daysLate : null;
  return {
    population: parts.population,
    onTime: parts.otd.kind === "rate" ? parts.otd.numerator : 0,
    onTimeInFull: parts.otif.kind === "rate" ? parts.otif.numerator : 0,
    confirmationDue: parts.confirmation.kind === "rate" ? parts.confirmation.denominator : 0,
    confirmed: parts.confirmation.kind === "rate" ? parts.confirmation.numerator : 0,
    lateLines: late?.lines ?? 0,
    // mean × lines gives back the sum of whole days; rounding removes the float noise of the division.
    lateDays: late ? Math.round(late.mean * late.lines * 1e6) / 1e6 : 0,
    maxDaysLate: late?.max ?? null,
    openLines: parts.open.lines,
    openValue: { ...parts.open.value },
    overdueLines: parts.pastDue.lines,
    pastDueValue: { ...parts.pastDue.value },
    chases: parts.chases,
  };
}

export function supplierCounts(score: SupplierScore): NamedCounts {
  return {
    name: score.supplier,
    counts: countsOf({
      ...score,
      open: { lines: score.openLines, value: score.openValue },
      pastDue: { lines: score.overdueLines, value: score.pastDueValue },
    }),
  };
}

/** Adds `from` into `into`. */
export function addCounts(into: KpiCounts, from: KpiCounts): void {
  into.population += from.population;
  into.onTime += from.onTime;
  into.onTimeInFull += from.onTimeInFull;
  into.confirmationDue += from.confirmationDue;
  into.confirmed += from.confirmed;
  into.lateLines += from.lateLines;
  into.lateDays += from.lateDays;
  if (from.maxDaysLate !== null) into.maxDaysLate = Math.max(into.maxDaysLate ?? -Infinity, from.maxDaysLate);
  into.openLines += from.openLines;
  mergeAmounts(into.openValue, from.openValue);
  into.overdueLines += from.overdueLines;
  mergeAmounts(into.pastDueValue, from.pastDueValue);
  into.chases += from.chases;
}

/** The rates and averages of summed counts; "no data" wherever the denominator is empty. */
export interface KpiFigures {
  otd: Rate;
  otif: Rate;
  confirmation: Rate;
  /** Mean days late of the late lines; null without a late line. */
  avgDaysLate: number | null;
  maxDaysLate: number | null;
  openValue: CurrencyAmounts;
  pastDueValue: CurrencyAmounts;
}

export function figuresOf(c: KpiCounts): KpiFigures {
  return {
    otd: rate(c.onTime, c.population),
    otif: rate(c.onTimeInFull, c.population),
    confirmation: rate(c.confirmed, c.confirmationDue),
    avgDaysLate: c.lateLines > 0 ? c.lateDays / c.lateLines : null,
    maxDaysLate: c.maxDaysLate,
    openValue: roundAmounts(c.openValue),
    pastDueValue: roundAmounts(c.pastDueValue),
  };
}

interface BuyerTally {
  name: string;
  performance: PerformanceTally;
  confirmation: ConfirmationTally;
  ageing: AgeingTally;
}

/**
 * One register's lines by buyer (the register's Buyer column; a blank cell counts for `fallback`,
 * e.g. the buyer's name from the workbook's settings), in the same walk the headline uses.
 */
export function buyerCounts(
  statuses: readonly LineStatus[],
  settings: Settings,
  period: PeriodRange,
  asOf: Serial,
  calendar: WorkCalendar | undefined,
  fallback: string,
): NamedCounts[] {
  const byName = new Map<string, BuyerTally>();
  walkLines(statuses, settings, period, asOf, calendar, (status, outcome, confirmation, slot) => {
    const written = typeof status.line.buyer === "string" ? status.line.buyer.trim() : "";
    const name = written === "" ? fallback : written;
    let tally = byName.get(name);
    if (!tally) {
      tally = { name, performance: newPerformanceTally(), confirmation: newConfirmationTally(), ageing: newAgeingTally() };
      byName.set(name, tally);
    }
    addOutcome(tally.performance, outcome);
    countConfirmation(tally.confirmation, confirmation);
    countAgeing(tally.ageing, slot, status);
  });
  return [...byName.values()].map((tally) => {
    const ageing = ageingOf(tally.ageing);
    return {
      name: tally.name,
      counts: countsOf({
        population: tally.performance.population,
        otd: otdOf(tally.performance),
        otif: otifOf(tally.performance),
        confirmation: confirmationRateOf(tally.confirmation),
        daysLate: daysLateOf(tally.performance),
        open: openOf(ageing),
        pastDue: pastDueOf(ageing),
        chases: 0, // the chase log is kept per supplier, not per buyer
      }),
    };
  });
}

/** Groups added up across registers; names told apart as suppliers are (case, width and spacing ignored). */
export class CountsByName {
  private readonly groups = new Map<string, NamedCounts>();

  add(group: NamedCounts): void {
    const key = supplierKey(group.name);
    const seen = this.groups.get(key);
    if (seen) addCounts(seen.counts, group.counts);
    else this.groups.set(key, { name: group.name.trim(), counts: cloneCounts(group.counts) });
  }

  get size(): number {
    return this.groups.size;
  }

  /** Sorted by name; the nameless group ("") last. */
  list(): NamedCounts[] {
    return [...this.groups.values()].sort((a, b) =>
      a.name === "" ? 1 : b.name === "" ? -1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  }
}

function cloneCounts(c: KpiCounts): KpiCounts {
  return { ...c, openValue: { ...c.openValue }, pastDueValue: { ...c.pastDueValue } };
}
