import type { Serial } from "../model";
import { isoWeek, isoWeeksInYear, isoWeekYearStart } from "./isoWeek";
import { daysInMonth, isoWeekday, serialFromYmd, ymdFromSerial } from "./serial";

/** The length of a report period. */
export type PeriodKind = "week" | "month";

/** A report period: an ISO week (Monday–Sunday) or a calendar month. */
export interface Period {
  kind: PeriodKind;
  start: Serial;
  /** Inclusive: the period's last day. */
  end: Serial;
  /** "2026-W47" for a week, "2026-11" for a month. */
  label: string;
}

export function periodContaining(serial: Serial, kind: PeriodKind): Period {
  const day = Math.floor(serial);
  if (kind === "week") {
    const { year, week } = isoWeek(day);
    const monday = day - isoWeekday(day) + 1;
    return { kind, start: monday, end: monday + 6, label: weekLabel(year, week) };
  }
  const { year, month } = ymdFromSerial(day);
  return monthPeriod(year, month);
}

export function previousPeriod(period: Period): Period {
  return periodContaining(period.start - 1, period.kind);
}

export function nextPeriod(period: Period): Period {
  return periodContaining(period.end + 1, period.kind);
}

/** The n periods that end with `period`, oldest first (empty when n < 1). */
export function lastPeriods(period: Period, n: number): Period[] {
  const count = Math.floor(n);
  if (!(count >= 1)) return [];
  const periods = [period];
  for (let i = 1; i < count; i++) periods.push(previousPeriod(periods[i - 1]));
  return periods.reverse();
}

const WEEK_LABEL = /^(\d{4})-W(\d{2})$/i;
const MONTH_LABEL = /^(\d{4})-(\d{2})$/;

/** Reads "2026-W47" or "2026-11"; undefined for anything else, or for a week or month that does not exist. */
export function periodFromLabel(label: string): Period | undefined {
  const text = label.trim();
  let m = WEEK_LABEL.exec(text);
  if (m) {
    const year = +m[1];
    const week = +m[2];
    const weeks = isoWeeksInYear(year);
    const start = isoWeekYearStart(year);
    if (weeks === undefined || start === undefined || week < 1 || week > weeks) return undefined;
    const monday = start + (week - 1) * 7;
    return { kind: "week", start: monday, end: monday + 6, label: weekLabel(year, week) };
  }
  m = MONTH_LABEL.exec(text);
  if (m) {
    const year = +m[1];
    const month = +m[2];
    if (month < 1 || month > 12 || serialFromYmd(year, month, 1) === undefined) return undefined;
    return monthPeriod(year, month);
  }
  return undefined;
}

function monthPeriod(year: number, month: number): Period {
  const start = serialFromYmd(year, month, 1) as Serial;
  // February 1900 ends on Excel's fictitious 29th (serial 60).
  const lastDay = year === 1900 && month === 2 ? 29 : daysInMonth(year, month);
  const end = serialFromYmd(year, month, lastDay) as Serial;
  return { kind: "month", start, end, label: `${year}-${pad2(month)}` };
}

function weekLabel(year: number, week: number): string {
  return `${year}-W${pad2(week)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
