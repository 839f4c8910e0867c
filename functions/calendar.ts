/**
 * The working calendar of PO.WORKDAYSLATE's holidays and weekend arguments, read like
 * NETWORKDAYS.INTL's: weekend = a 7-character string (Monday first, 1 = day off) or one of Excel's
 * weekend numbers (1–7, 11–17); blank = Saturday–Sunday. Holidays = a range of dates; blanks ignored.
 */
import { message } from "./language";
import { isValidWeekend, makeCalendar, weekendFromExcelCode, type WorkCalendar } from "../src/dates/calendar";
import type { Serial } from "../src/model";
import { CALENDAR, SETTINGS } from "./engine";
import { isBlank, isErrorCell, invalid, propagate, readDate, type Cell, type Matrix } from "./cells";

export type CalendarRead = { ok: true; calendar: WorkCalendar } | { ok: false; error: CustomFunctions.Error };

export function readWeekend(cell: Cell): { ok: true; weekend: string } | { ok: false; error: CustomFunctions.Error } {
  if (isBlank(cell)) return { ok: true, weekend: SETTINGS.weekend };
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

/** The last calendar built, reused while the arguments stay the same (a column of single-cell formulas). */
let last: { key: string; calendar: WorkCalendar } | undefined;

export function readCalendar(holidaysRange: Matrix | undefined | null, weekendCell: Cell): CalendarRead {
  const weekend = readWeekend(weekendCell);
  if (!weekend.ok) return weekend;
  const holidays = readHolidays(holidaysRange);
  if (!holidays.ok) return holidays;
  if (holidays.holidays.length === 0 && weekend.weekend === SETTINGS.weekend) return { ok: true, calendar: CALENDAR };
  const key = `${weekend.weekend}|${holidays.holidays.join(",")}`;
  if (last?.key !== key) last = { key, calendar: makeCalendar(weekend.weekend, holidays.holidays) };
  return { ok: true, calendar: last.calendar };
}
