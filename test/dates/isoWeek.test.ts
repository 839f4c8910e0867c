import { isoWeek, isoWeeksInYear, isoWeekYearStart } from "../../src/dates/isoWeek";
import { isoWeekday, serialFromYmd, ymdFromSerial } from "../../src/dates/serial";

const s = (y: number, m: number, d: number) => serialFromYmd(y, m, d)!;

describe("isoWeek", () => {
  test.each([
    // [date, ISO year, week] — weekdays checked against a printed calendar
    [2026, 11, 21, 2026, 47], // Saturday; week 1 of 2026 starts Mon 2025-12-29, 322 days earlier than Mon 2026-11-16 = 46 weeks
    [2026, 11, 16, 2026, 47], // Monday
    [2026, 11, 22, 2026, 47], // Sunday
    [2026, 11, 23, 2026, 48],
    [2026, 1, 1, 2026, 1], // Thursday: its week is week 1
    [2025, 12, 29, 2026, 1], // Monday of 2026-W01, still in calendar 2025
    [2025, 12, 28, 2025, 52], // Sunday
    [2026, 12, 28, 2026, 53], // 2026 starts on a Thursday, so it has 53 weeks
    [2026, 12, 31, 2026, 53],
    [2027, 1, 1, 2026, 53], // Friday, counted in 2026's last week
    [2027, 1, 3, 2026, 53],
    [2027, 1, 4, 2027, 1],
    [2020, 12, 31, 2020, 53], // 2020 starts on a Wednesday and is a leap year: 53 weeks
    [2021, 1, 3, 2020, 53],
    [2021, 1, 4, 2021, 1],
    [2024, 12, 30, 2025, 1], // Monday; the week's Thursday is 2025-01-02
    [2023, 1, 1, 2022, 52], // Sunday
    [2024, 2, 29, 2024, 9],
    [2010, 1, 3, 2009, 53],
    [2008, 12, 29, 2009, 1],
    [9999, 12, 31, 9999, 52], // Friday, last day Excel shows
  ])("%i-%i-%i → %i-W%i", (y, m, d, year, week) => {
    expect(isoWeek(s(y, m, d))).toEqual({ year, week });
  });

  test("a time of day does not change the week", () => {
    expect(isoWeek(s(2027, 1, 3) + 0.99)).toEqual({ year: 2026, week: 53 });
  });

  test("properties over 1901–2100: the week changes only on Mondays, by one, and week 1 holds 4 January", () => {
    const failures: string[] = [];
    let previous = isoWeek(s(1901, 1, 1));
    for (let day = s(1901, 1, 2); day <= s(2100, 12, 31); day++) {
      const current = isoWeek(day);
      const sameWeek = current.year === previous.year && current.week === previous.week;
      const nextWeek =
        (current.year === previous.year && current.week === previous.week + 1) ||
        (current.year === previous.year + 1 && current.week === 1 && previous.week >= 52);
      if (isoWeekday(day) === 1 ? !nextWeek : !sameWeek) failures.push(`${day}`);
      const { month, day: dom } = ymdFromSerial(day);
      if (month === 1 && dom === 4 && current.week !== 1) failures.push(`${day} (4 January)`);
      previous = current;
    }
    expect(failures).toEqual([]);
  });
});

describe("isoWeeksInYear and isoWeekYearStart", () => {
  test.each([
    [2015, 53], [2020, 53], [2026, 53], [2032, 53], [2004, 53], [2009, 53],
    [2021, 52], [2024, 52], [2025, 52], [2027, 52], [2100, 52],
  ])("%i has %i weeks", (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });
  test("week 1 starts on the Monday on or before 4 January", () => {
    expect(isoWeekYearStart(2026)).toBe(s(2025, 12, 29));
    expect(isoWeekYearStart(2021)).toBe(s(2021, 1, 4));
    expect(isoWeekYearStart(2025)).toBe(s(2024, 12, 30));
  });
  test("years Excel cannot show", () => {
    expect(isoWeeksInYear(10000)).toBeUndefined();
    expect(isoWeekYearStart(1899)).toBeUndefined();
  });
});
