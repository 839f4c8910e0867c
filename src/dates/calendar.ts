import type { Serial } from "../model";

/**
 * Working-day arithmetic that agrees with Excel's NETWORKDAYS.INTL and WORKDAY.INTL.
 * Counting is O(log holidays) per call: whole weeks are counted arithmetically and holidays
 * by binary search, so a register of 100,000 lines costs no loops over days.
 */
export interface WorkCalendar {
  /** Seven characters, Monday first, '1' = non-working day. */
  readonly weekend: string;
  /** Holidays that fall on working days, sorted ascending, without duplicates. */
  readonly holidays: readonly Serial[];
  /** Index 0 = Monday: true when that weekday is worked. */
  readonly workingWeekdays: readonly boolean[];
  /** prefix[i] = working weekdays among the first i days of a week (Monday first). */
  readonly prefix: readonly number[];
  readonly perWeek: number;
}

/** A Monday (1969-12-29) used as the origin for counting whole weeks. */
const MONDAY_ORIGIN: Serial = 25566;

/**
 * 0 = Monday … 6 = Sunday, by plain serial arithmetic as Excel does. It is the true weekday from
 * 1900-03-01 on; before that Excel's fictitious 1900-02-29 shifts it by one day, and agreeing with
 * Excel matters more here than the calendar of January 1900.
 */
function weekdayIndex(serial: Serial): number {
  return (((serial - MONDAY_ORIGIN) % 7) + 7) % 7;
}

/** Excel's numeric weekend codes (NETWORKDAYS.INTL / WORKDAY.INTL): 1–7 two-day weekends, 11–17 one day. */
const WEEKEND_CODES: Readonly<Record<number, string>> = {
  1: "0000011",
  2: "1000001",
  3: "1100000",
  4: "0110000",
  5: "0011000",
  6: "0001100",
  7: "0000110",
  11: "0000001",
  12: "1000000",
  13: "0100000",
  14: "0010000",
  15: "0001000",
  16: "0000100",
  17: "0000010",
};

/** The weekend string of an Excel weekend number (1 = Saturday–Sunday, 11 = Sunday only, …), or undefined. */
export function weekendFromExcelCode(code: number): string | undefined {
  return WEEKEND_CODES[code];
}

export function isValidWeekend(weekend: string): boolean {
  return /^[01]{7}$/.test(weekend) && weekend !== "1111111";
}

/** Builds a calendar; throws RangeError for a weekend string Excel would reject (#VALUE!). */
export function makeCalendar(weekend = "0000011", holidays: Iterable<Serial> = []): WorkCalendar {
  if (!isValidWeekend(weekend)) {
    throw new RangeError(`Weekend must be 7 characters of 0/1 with at least one working day, got "${weekend}"`);
  }
  const workingWeekdays = [...weekend].map((c) => c === "0");
  const prefix = [0];
  for (const worked of workingWeekdays) prefix.push(prefix[prefix.length - 1] + (worked ? 1 : 0));
  const unique = new Set<Serial>();
  for (const h of holidays) {
    const day = Math.floor(h);
    // Holidays on non-working days change nothing, so they are dropped here and never counted twice.
    if (Number.isFinite(day) && workingWeekdays[weekdayIndex(day)]) unique.add(day);
  }
  return {
    weekend,
    holidays: [...unique].sort((a, b) => a - b),
    workingWeekdays,
    prefix,
    perWeek: prefix[7],
  };
}

export function isWorkday(cal: WorkCalendar, serial: Serial): boolean {
  const day = Math.floor(serial);
  return cal.workingWeekdays[weekdayIndex(day)] && !containsSorted(cal.holidays, day);
}

/** Working days in (−∞, serial], relative to a fixed origin; only differences are meaningful. */
function countUpTo(cal: WorkCalendar, serial: Serial): number {
  const offset = serial - MONDAY_ORIGIN;
  const weeks = Math.floor(offset / 7);
  const rest = offset - weeks * 7; // 0..6, 0 = Monday, same as weekdayIndex(serial)
  return weeks * cal.perWeek + cal.prefix[rest + 1] - upperBound(cal.holidays, serial);
}

/**
 * NETWORKDAYS.INTL(start, end, weekend, holidays): inclusive count, negative when start > end.
 * Times of day are dropped. NaN when start or end is not a finite number.
 */
export function networkdays(cal: WorkCalendar, start: Serial, end: Serial): number {
  const a = Math.floor(start);
  const b = Math.floor(end);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return NaN;
  if (a <= b) return countUpTo(cal, b) - countUpTo(cal, a - 1);
  return -(countUpTo(cal, a) - countUpTo(cal, b - 1));
}

/**
 * WORKDAY.INTL(start, days, weekend, holidays): the working day `days` working days after start
 * (before it when negative). As in Excel: the time of day of start is dropped, days is truncated
 * toward zero, and days = 0 returns start itself even on a weekend or holiday. The result is not
 * capped at 9999-12-31 (Excel would show #NUM!; check with isValidSerial). NaN for non-finite input.
 */
export function workday(cal: WorkCalendar, start: Serial, days: number): Serial {
  const from = Math.floor(start);
  const steps = Math.trunc(days);
  if (!Number.isFinite(from) || !Number.isFinite(steps)) return NaN;
  if (steps === 0) return from;
  // Find the smallest serial whose running count reaches the target; it is a working day.
  const target = steps > 0 ? countUpTo(cal, from) + steps : countUpTo(cal, from - 1) + steps + 1;
  const span = Math.ceil((Math.abs(steps) / cal.perWeek) * 7) + 7;
  let lo = steps > 0 ? from + 1 : from - span;
  let hi = steps > 0 ? from + span : from - 1;
  while (steps > 0 && countUpTo(cal, hi) < target) hi += span; // holidays pushed it further
  while (steps < 0 && countUpTo(cal, lo) >= target) lo -= span;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (countUpTo(cal, mid) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Number of items ≤ value in a sorted array. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function containsSorted(sorted: readonly number[], value: number): boolean {
  const i = upperBound(sorted, value);
  return i > 0 && sorted[i - 1] === value;
}
