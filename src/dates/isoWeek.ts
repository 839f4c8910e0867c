import type { Serial } from "../model";
import { isoWeekday, serialFromYmd, ymdFromSerial } from "./serial";

/**
 * ISO-8601 weeks: weeks start on Monday, and week 1 of a year is the week holding its first
 * Thursday. So 2026-12-31 (a Thursday) is in 2026-W53 and 2027-01-01 too; 2024-12-30 is 2025-W01.
 * Dates before 1900-03-01 (Excel's fictitious 1900-02-29) are not supported.
 */
export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year for a few days around New Year. */
  year: number;
  /** 1–53 */
  week: number;
}

export function isoWeek(serial: Serial): IsoWeek {
  const day = Math.floor(serial);
  const thursday = day - isoWeekday(day) + 4; // the week's Thursday decides its year
  const year = ymdFromSerial(thursday).year;
  const firstOfJanuary = serialFromYmd(year, 1, 1) ?? 1;
  return { year, week: Math.floor((thursday - firstOfJanuary) / 7) + 1 };
}

/** Monday of week 1 of an ISO year: the Monday on or before 4 January. */
export function isoWeekYearStart(year: number): Serial | undefined {
  const january4 = serialFromYmd(year, 1, 4);
  return january4 === undefined ? undefined : january4 - isoWeekday(january4) + 1;
}

/** 52 or 53: the week of 28 December is always the year's last. */
export function isoWeeksInYear(year: number): number | undefined {
  const december28 = serialFromYmd(year, 12, 28);
  return december28 === undefined ? undefined : isoWeek(december28).week;
}
