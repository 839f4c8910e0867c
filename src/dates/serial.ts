import type { Serial } from "../model";

/**
 * Excel date serials, 1900 date system. Serial 1 = 1900-01-01; serial 60 is the fictitious
 * 1900-02-29 that Excel keeps for Lotus 1-2-3 compatibility; serial 61 = 1900-03-01.
 * Calendar conversion goes through Date.UTC, which never depends on the local time zone.
 */

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01, the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 systems: serial1900 = serial1904 + 1462. */
export const DATE_SYSTEM_1904_OFFSET = 1462;
/** Serial of 9999-12-31, the last day Excel can show. */
export const MAX_SERIAL = 2958465;

export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Serial of a calendar date, or undefined when the date does not exist or Excel cannot show it. */
export function serialFromYmd(year: number, month: number, day: number): Serial | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year === 1900 && month === 2 && day === 29) return 60;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined; // e.g. 2026-02-30 rolled over
  }
  const days = Math.round(ms / MS_PER_DAY) + UNIX_EPOCH_SERIAL;
  const serial = days < 61 ? days - 1 : days;
  return serial >= 1 && serial <= MAX_SERIAL ? serial : undefined;
}

/** Calendar date of a whole serial (fractions, i.e. times of day, are dropped). */
export function ymdFromSerial(serial: Serial): Ymd {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole < 60 ? whole + 1 : whole;
  const date = new Date((days - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** True for a whole serial Excel can display as a date (1900-01-01 … 9999-12-31). */
export function isValidSerial(value: number): boolean {
  return Number.isFinite(value) && value >= 1 && value <= MAX_SERIAL;
}

/** A serial read from a 1904-system workbook, in the 1900 system the engine uses. */
export function from1904(serial1904: number): Serial {
  return serial1904 + DATE_SYSTEM_1904_OFFSET;
}

/** A 1900-system serial, for writing into a 1904-system workbook. */
export function to1904(serial: Serial): number {
  return serial - DATE_SYSTEM_1904_OFFSET;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(serial: Serial): number {
  const days = Math.floor(serial) < 61 ? Math.floor(serial) + 1 : Math.floor(serial);
  // 1970-01-01 (serial 25569) was a Thursday.
  return ((((days - UNIX_EPOCH_SERIAL + 3) % 7) + 7) % 7) + 1;
}

/** "2026-11-21" */
export function formatIsoDate(serial: Serial): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Today's serial in the time zone of the given clock reading (the user's local date). */
export function serialFromLocalDate(date: Date): Serial {
  return serialFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate()) as Serial;
}
