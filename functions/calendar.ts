/**
 * The working calendar of PO.WORKDAYSLATE's holidays and weekend arguments, read like
 * NETWORKDAYS.INTL's: weekend = a 7-character string (Monday first, 1 = day off) or one of Excel's
 * weekend numbers (1–7, 11–17); holidays = a range of dates, blanks ignored. An argument left out takes
 * the workbook's own (engine.ts: its PO Follow-up settings and its `Holidays` range): blank weekend =
 * the workbook's weekend, omitted holidays = the workbook's holidays. A holidays range that is given
 * counts alone, even when it holds no date (as in NETWORKDAYS.INTL).
 */
import { message } from "./language";
import { isValidWeekend, makeCalendar, weekendFromExcelCode, type WorkCalendar } from "../src/dates/calendar";
import type { Serial } from "../src/model";
import { currentCalendar, currentSettings } from "./engine";
import type { Settings } from "../src/settings/settings";
import { isBlank, isErrorCell, invalid, propagate, readDate, type Cell, type Matrix } from "./cells";

export type CalendarRead = { ok: true; calendar: WorkCalendar } | { ok: false; error: CustomFunctions.Error };

/** The weekend argument; blank = `fallback` (the workbook's weekend). */
function readWeekend(cell: Cell, fallback: string): { ok: true; weekend: string } | { ok: false; error: CustomFunctions.Error } {
  if (isBlank(cell)) return { ok: true, weekend: fallback };
  if (isErrorCell(cell)) return { ok: false, error: propagate(cell, "weekend") };
  if (typeof cell === "number") {
    const weekend = weekendFromExcelCode(cell);
    if (weekend) return { ok: true, weekend };
  } else if (typeof cell === "string" && isValidWeekend(cell.trim())) {
    return { ok: true, weekend: cell.trim() };
  }
  return {
    ok: false,
    error: invalid(message("err_weekend", { value: JSON.stringify(cell) })),
  };
}

export function readHolidays(
  range: Matrix | undefined | null,
): { ok: true; holidays: Serial[] } | { ok: false; error: CustomFunctions.Error } {
  const holidays: Serial[] = [];
  for (const row of range ?? []) {
    for (const cell of row) {
      const date = readDate(cell, "holidays");
      if (!date.ok) return date;
      if (date.value !== null) holidays.push(date.value);
    }
  }
  return { ok: true, holidays };
}

/** An omitted optional range arrives as null or undefined (or, defensively, as an empty matrix). */
function isOmitted(range: Matrix | undefined | null): boolean {
  return range === undefined || range === null || range.length === 0;
}

/**
 * The last calendar built, reused while the arguments stay the same (a column of single-cell formulas).
 * One built over the workbook's holidays is only reused under the same settings.
 */
let last: { key: string; settings: Settings | null; calendar: WorkCalendar } | undefined;

export function readCalendar(holidaysRange: Matrix | undefined | null, weekendCell: Cell): CalendarRead {
  const settings = currentSettings();
  const weekend = readWeekend(weekendCell, settings.weekend);
  if (!weekend.ok) return weekend;
  if (isOmitted(holidaysRange)) {
    // The workbook's calendar itself, so its working-day memos are shared with the other functions.
    if (weekend.weekend === settings.weekend) return { ok: true, calendar: currentCalendar() };
    const key = `${weekend.weekend}|workbook`;
    if (last?.key !== key || last.settings !== settings)
      last = { key, settings, calendar: makeCalendar(weekend.weekend, settings.holidays) };
    return { ok: true, calendar: last.calendar };
  }
  const holidays = readHolidays(holidaysRange);
  if (!holidays.ok) return holidays;
  if (holidays.holidays.length === 0 && settings.holidays.length === 0 && weekend.weekend === settings.weekend)
    return { ok: true, calendar: currentCalendar() };
  const key = `${weekend.weekend}|${holidays.holidays.join(",")}`;
  if (last?.key !== key) last = { key, settings: null, calendar: makeCalendar(weekend.weekend, holidays.holidays) };
  return { ok: true, calendar: last.calendar };
}
