import type { ChaseEntry, Serial } from "../model";
import { compareText } from "../compareText";
import type { LineStatus } from "../followup/types";
import type { Settings } from "../settings/settings";
import type { WorkCalendar } from "../dates/calendar";
import { supplierKey } from "../followup/supplierKey";
import type { CurrencyAmounts } from "./amounts";
import { periodChases, type PeriodChase } from "./periodChases";
import { ageingOf, countAgeing, newAgeingTally, type AgeingTally } from "./ageing";
import {
  confirmationRateOf,
  countConfirmation,
  newConfirmationTally,
  type ConfirmationClass,
  type ConfirmationTally,
} from "./confirmation";
import { daysLateOf, type DaysLateStat } from "./daysLate";
import { openOf, pastDueOf } from "./openValue";
import { otdOf, otifOf } from "./otd";
import { addOutcome, newPerformanceTally, type PerformanceTally } from "./performance";
import type { PeriodRange } from "./periodRange";
import type { PeriodOutcome } from "./population";
import { walkLines } from "./lineWalk";
import type { Rate } from "./rate";

/** The headline measures for one supplier ("" = lines without a supplier name). */
export interface SupplierScore {
  supplier: string;
  /** Lines measured for OTD/OTIF in the period. */
  population: number;
  otd: Rate;
  otif: Rate;
  daysLate: DaysLateStat;
  openLines: number;
  openValue: CurrencyAmounts;
  overdueLines: number;
  pastDueValue: CurrencyAmounts;
  confirmation: Rate;
  /** Chase-log entries dated in the period. */
  chases: number;
}

export interface SupplierTally {
  /** The supplier's name as first written in the register (or chase log), trimmed. */
  name: string;
  performance: PerformanceTally;
  confirmation: ConfirmationTally;
  ageing: AgeingTally;
  chases: number;
}

/**
 * Suppliers are told apart by src/followup's supplierKey (case, width and spacing ignored), the
 * same identity the chase list uses, so "ACME  Corp" and "Acme Corp" are one row.
 */
export interface SupplierTallies {
  byKey: Map<string, SupplierTally>;
  /** The same tallies by name exactly as written: skips normalising a name seen before. */
  byName: Map<string, SupplierTally>;
}

export function newSupplierTallies(): SupplierTallies {
  return { byKey: new Map(), byName: new Map() };
}

function tallyFor(tallies: SupplierTallies, rawName: string | null | undefined): SupplierTally {
  const name = typeof rawName === "string" ? rawName : "";
  const seen = tallies.byName.get(name);
  if (seen) return seen;
  const key = supplierKey(name);
  let tally = tallies.byKey.get(key);
  if (!tally) {
    tally = {
      name: name.trim(),
      performance: newPerformanceTally(),
      confirmation: newConfirmationTally(),
      ageing: newAgeingTally(),
      chases: 0,
    };
    tallies.byKey.set(key, tally);
  }
  tallies.byName.set(name, tally);
  return tally;
}

/** Counts one line for its supplier, from the classifications already made for the headline. */
export function addToSuppliers(
  tallies: SupplierTallies,
  status: LineStatus,
  outcome: PeriodOutcome,
  confirmation: ConfirmationClass,
  ageingSlot: number,
): void {
  const tally = tallyFor(tallies, status.line.supplier);
  addOutcome(tally.performance, outcome);
  countConfirmation(tally.confirmation, confirmation);
  countAgeing(tally.ageing, ageingSlot, status);
}

/** Counts the period's chases (log entries and register-only last chases: periodChases) against their supplier. */
export function addChasesToSuppliers(tallies: SupplierTallies, chases: readonly PeriodChase[]): void {
  for (const chase of chases) tallyFor(tallies, chase.supplier).chases++;
}

/**
 * One row per supplier that is active in the period: it has lines measured in the period, open
 * lines, or chases logged in the period. Sorted by supplier name, lines without a supplier last.
 */
export function scorecardOf(tallies: SupplierTallies): SupplierScore[] {
  const rows: SupplierScore[] = [];
  for (const tally of tallies.byKey.values()) {
    const { performance, chases } = tally;
    const ageing = ageingOf(tally.ageing);
    const open = openOf(ageing);
    if (performance.population === 0 && open.lines === 0 && chases === 0) continue;
    const late = pastDueOf(ageing);
    rows.push({
      supplier: tally.name,
      population: performance.population,
      otd: otdOf(performance),
      otif: otifOf(performance),
      daysLate: daysLateOf(performance),
      openLines: open.lines,
      openValue: open.value,
      overdueLines: late.lines,
      pastDueValue: late.value,
      confirmation: confirmationRateOf(tally.confirmation),
      chases,
    });
  }
  return rows.sort((a, b) => compareText(a.supplier, b.supplier));
}

export function supplierScorecard(
  statuses: readonly LineStatus[],
  chases: readonly ChaseEntry[],
  settings: Settings,
  period: PeriodRange,
  asOf: Serial,
  calendar?: WorkCalendar,
): SupplierScore[] {
  const tallies = newSupplierTallies();
  walkLines(statuses, settings, period, asOf, calendar, (status, outcome, confirmation, slot) =>
    addToSuppliers(tallies, status, outcome, confirmation, slot),
  );
  addChasesToSuppliers(
    tallies,
    periodChases(
      chases,
      statuses.map((s) => s.line),
      period,
    ),
  );
  return scorecardOf(tallies);
}
