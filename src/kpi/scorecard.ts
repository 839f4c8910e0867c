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
import { countQuality, newQualityTally, rejectRateOf, type QualityTally } from "./quality";
import {
  confirmationDays,
  confirmationDaysOf,
  countChaseAnswer,
  firstConfirmations,
  newResponsivenessTally,
  noAnswerRateOf,
  type ConfirmationDaysStat,
  type ResponsivenessTally,
} from "./responsiveness";
import { calendarFromSettings } from "../followup/calendarFromSettings";
import type { PeriodRange as Range } from "./periodRange";

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
  /** Quality: rejected / received qty of the period's inspected receipts (quality.ts). */
  rejectRate?: Rate;
  /** Responsiveness: median working days from order to first confirmation (responsiveness.ts). */
  confirmationDays?: ConfirmationDaysStat;
  /** Responsiveness: share of the period's logged chases with no answer. */
  noAnswer?: Rate;
}

export interface SupplierTally {
  /** The supplier's name as first written in the register (or chase log), trimmed. */
  name: string;
  performance: PerformanceTally;
  confirmation: ConfirmationTally;
  ageing: AgeingTally;
  chases: number;
  quality: QualityTally;
  responsiveness: ResponsivenessTally;
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
      quality: newQualityTally(),
      responsiveness: newResponsivenessTally(),
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
  for (const chase of chases) {
    const tally = tallyFor(tallies, chase.supplier);
    tally.chases++;
    countChaseAnswer(tally.responsiveness, chase);
  }
}

/** Counts one line's receipt for its supplier's reject rate (called from the same walk as addToSuppliers). */
export function addQualityToSuppliers(tallies: SupplierTallies, status: LineStatus, period: Range): void {
  if (status.lifecycle === "cancelled" || status.line.receivedDate === null) return; // most lines: skip the name look-up
  countQuality(tallyFor(tallies, status.line.supplier).quality, status, period);
}

/** Working days from order to first confirmation, for each line first confirmed in the period. */
export function addConfirmationsToSuppliers(
  tallies: SupplierTallies,
  statuses: readonly LineStatus[],
  chases: readonly ChaseEntry[],
  period: Range,
  calendar: WorkCalendar,
): void {
  if (chases.length === 0) return;
  const first = firstConfirmations(chases);
  if (first.size === 0) return;
  for (const { line } of statuses) {
    const days = confirmationDays(line, first.get(line.key), period, calendar);
    if (days !== undefined) tallyFor(tallies, line.supplier).responsiveness.confirmDays.push(days);
  }
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
    if (performance.population === 0 && open.lines === 0 && chases === 0 && tally.quality.lines === 0) continue;
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
      rejectRate: rejectRateOf(tally.quality),
      confirmationDays: confirmationDaysOf(tally.responsiveness),
      noAnswer: noAnswerRateOf(tally.responsiveness),
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
  walkLines(statuses, settings, period, asOf, calendar, (status, outcome, confirmation, slot) => {
    addToSuppliers(tallies, status, outcome, confirmation, slot);
    addQualityToSuppliers(tallies, status, period);
  });
  addConfirmationsToSuppliers(tallies, statuses, chases, period, calendar ?? calendarFromSettings(settings));
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
