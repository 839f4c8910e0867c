import type { ChaseEntry, Serial } from "../model";
import { isInPeriod, type PeriodRange } from "./periodRange";

/** One promised date that moved, as logged in the chase log. */
export interface PromiseMove {
  date: Serial;
  lineKey: string;
  poNumber: string;
  line: string | null;
  supplier: string;
  from: Serial;
  to: Serial;
  /** to − from in calendar days: positive = later, negative = earlier. */
  days: number;
  delayReason: string | null;
}

/**
 * Promise slips of a period: chase-log entries dated in the period whose new promised date differs
 * from the previous one. A first promise (no previous date) is a confirmation, not a slip.
 */
export interface PromiseSlips {
  moves: PromiseMove[];
  /** Distinct lines whose promise moved. */
  lines: number;
  later: { moves: number; days: number };
  earlier: { moves: number; /** positive number of days pulled in */ days: number };
  /** Sum of signed moves (later − earlier). */
  netDays: number;
  /** netDays / moves; null without moves. */
  averageDays: number | null;
}

export function isPromiseMove(entry: ChaseEntry): boolean {
  return entry.previousPromised !== null && entry.newPromised !== null && entry.newPromised !== entry.previousPromised;
}

export function promiseSlips(chases: readonly ChaseEntry[], period: PeriodRange): PromiseSlips {
  const moves: PromiseMove[] = [];
  const lineKeys = new Set<string>();
  const later = { moves: 0, days: 0 };
  const earlier = { moves: 0, days: 0 };
  for (const e of chases) {
    if (!isInPeriod(e.date, period) || !isPromiseMove(e)) continue;
    const from = e.previousPromised as Serial;
    const to = e.newPromised as Serial;
    const days = to - from;
    moves.push({
      date: e.date,
      lineKey: e.lineKey,
      poNumber: e.poNumber,
      line: e.line,
      supplier: e.supplier,
      from,
      to,
      days,
      delayReason: e.delayReason,
    });
    lineKeys.add(e.lineKey);
    if (days > 0) {
      later.moves++;
      later.days += days;
    } else {
      earlier.moves++;
      earlier.days -= days;
    }
  }
  moves.sort((a, b) => a.date - b.date || (a.lineKey < b.lineKey ? -1 : a.lineKey > b.lineKey ? 1 : 0));
  const netDays = later.days - earlier.days;
  return { moves, lines: lineKeys.size, later, earlier, netDays, averageDays: moves.length ? netDays / moves.length : null };
}
