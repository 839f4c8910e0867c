import {
  isValidWeekend, isWorkday, makeCalendar, networkdays, weekendFromExcelCode, workday, type WorkCalendar,
} from "../../src/dates/calendar";
import { MAX_SERIAL, isoWeekday, serialFromYmd } from "../../src/dates/serial";

const s = (y: number, m: number, d: number) => serialFromYmd(y, m, d)!;

// Calendar facts used below: 2026-11-01 is a Sunday, 2026-11-21 a Saturday, 2026-12-25 a Friday,
// 2026-12-26 a Saturday, 2027-01-01 a Friday, 2024-02-29 a Thursday.
const CHRISTMAS = s(2026, 12, 25);
const BOXING_DAY_SAT = s(2026, 12, 26);
const NEW_YEAR = s(2027, 1, 1);

/** Reference implementation: walk day by day (slow, obviously right). */
function slowNetworkdays(cal: WorkCalendar, start: number, end: number): number {
  const [a, b, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let n = 0;
  for (let d = Math.floor(a); d <= Math.floor(b); d++) if (slowIsWorkday(cal, d)) n++;
  return sign * n;
}
function slowIsWorkday(cal: WorkCalendar, d: number): boolean {
  return cal.weekend[isoWeekday(d) - 1] === "0" && !cal.holidays.includes(d);
}
function slowWorkday(cal: WorkCalendar, start: number, days: number): number {
  let d = Math.floor(start);
  let left = Math.trunc(days);
  const step = left > 0 ? 1 : -1;
  while (left !== 0) {
    d += step;
    if (slowIsWorkday(cal, d)) left -= step;
  }
  return d;
}

describe("makeCalendar and weekends", () => {
  test("weekend strings", () => {
    expect(isValidWeekend("0000011")).toBe(true);
    expect(isValidWeekend("1111110")).toBe(true);
    expect(isValidWeekend("1111111")).toBe(false); // no working day: #VALUE! in Excel
    expect(isValidWeekend("000011")).toBe(false);
    expect(isValidWeekend("0000012")).toBe(false);
    expect(() => makeCalendar("1111111")).toThrow(RangeError);
  });
  test("Excel's weekend numbers", () => {
    expect(weekendFromExcelCode(1)).toBe("0000011");
    expect(weekendFromExcelCode(2)).toBe("1000001");
    expect(weekendFromExcelCode(7)).toBe("0000110"); // Friday–Saturday
    expect(weekendFromExcelCode(11)).toBe("0000001"); // Sunday only
    expect(weekendFromExcelCode(17)).toBe("0000010");
    expect(weekendFromExcelCode(8)).toBeUndefined();
    expect(weekendFromExcelCode(0)).toBeUndefined();
  });
  test("holidays on weekends, duplicates and times of day are dropped from the list", () => {
    const cal = makeCalendar("0000011", [NEW_YEAR, CHRISTMAS + 0.5, BOXING_DAY_SAT, CHRISTMAS, NaN]);
    expect(cal.holidays).toEqual([CHRISTMAS, NEW_YEAR]);
    // The same Saturday is a working day in a Sunday-only week, so there it stays a holiday.
    expect(makeCalendar("0000001", [BOXING_DAY_SAT]).holidays).toEqual([BOXING_DAY_SAT]);
  });
  test("isWorkday", () => {
    const cal = makeCalendar("0000011", [CHRISTMAS]);
    expect(isWorkday(cal, s(2026, 12, 24))).toBe(true);
    expect(isWorkday(cal, CHRISTMAS)).toBe(false);
    expect(isWorkday(cal, CHRISTMAS + 0.75)).toBe(false);
    expect(isWorkday(cal, BOXING_DAY_SAT)).toBe(false);
    expect(isWorkday(makeCalendar("1111110"), s(2026, 11, 22))).toBe(true); // only Sunday worked
  });
});

describe("networkdays (NETWORKDAYS.INTL)", () => {
  const monToSun = [s(2026, 11, 16), s(2026, 11, 22)] as const;
  test.each([
    ["0000011", 5], // Saturday–Sunday
    ["1000001", 5], // Sunday–Monday
    ["0000001", 6], // Sunday only
    ["0000110", 5], // Friday–Saturday
    ["1111110", 1], // only Sunday is worked
    ["0000000", 7], // no weekend
  ])("one Monday–Sunday week with weekend %s → %i", (weekend, expected) => {
    expect(networkdays(makeCalendar(weekend), ...monToSun)).toBe(expected);
  });

  test("two months to the year end: 44 working days, 43 with Christmas (a Saturday holiday changes nothing)", () => {
    // Nov 2–30: four full weeks (20) + Mon 30 = 21; Dec 1–31: Tue–Fri 4 + three weeks 15 + Mon–Thu 28–31 4 = 23.
    expect(networkdays(makeCalendar(), s(2026, 11, 2), s(2026, 12, 31))).toBe(44);
    const holidays = makeCalendar("0000011", [CHRISTMAS, BOXING_DAY_SAT, NEW_YEAR]);
    expect(networkdays(holidays, s(2026, 11, 2), s(2026, 12, 31))).toBe(43);
  });

  test("across the year end", () => {
    // Mon 28 – Thu 31 Dec (4) + Fri 1 Jan (1) + Mon 4 – Fri 8 Jan (5) = 10; minus New Year = 9
    expect(networkdays(makeCalendar(), s(2026, 12, 28), s(2027, 1, 8))).toBe(10);
    expect(networkdays(makeCalendar("0000011", [NEW_YEAR]), s(2026, 12, 28), s(2027, 1, 8))).toBe(9);
  });

  test("leap day", () => {
    expect(networkdays(makeCalendar(), s(2024, 2, 26), s(2024, 3, 1))).toBe(5); // Mon 26 … Fri 1 Mar, 29th included
    // 2100 is not a leap year: Fri 26, Sat 27, Sun 28, Mon 1 Mar → 2
    expect(networkdays(makeCalendar(), s(2100, 2, 26), s(2100, 3, 1))).toBe(2);
  });

  test("same day, weekend day, holiday", () => {
    const cal = makeCalendar("0000011", [CHRISTMAS]);
    expect(networkdays(cal, s(2026, 12, 24), s(2026, 12, 24))).toBe(1);
    expect(networkdays(cal, BOXING_DAY_SAT, BOXING_DAY_SAT)).toBe(0);
    expect(networkdays(cal, CHRISTMAS, CHRISTMAS)).toBe(0);
    expect(networkdays(cal, CHRISTMAS, s(2026, 12, 28))).toBe(1); // only Mon 28
  });

  test("reversed span is negative", () => {
    expect(networkdays(makeCalendar(), s(2026, 11, 22), s(2026, 11, 16))).toBe(-5);
    expect(networkdays(makeCalendar("0000011", [NEW_YEAR]), s(2027, 1, 8), s(2026, 12, 28))).toBe(-9);
  });

  test("times of day are dropped", () => {
    expect(networkdays(makeCalendar(), s(2026, 11, 16) + 0.9, s(2026, 11, 20) + 0.1)).toBe(5);
  });

  test("whole Excel range in one call", () => {
    const cal = makeCalendar("0000011", [CHRISTMAS]);
    // 61 (Thu 1900-03-01) … 9999-12-31 (Fri): 2,958,405 days = 422,629 Thursday-to-Wednesday weeks
    // (5 working days each) + Thu and Fri = 2,113,147; minus Christmas 2026 = 2,113,146.
    expect(networkdays(cal, 61, MAX_SERIAL)).toBe(2_113_146);
    // Serials 1–60 as Excel counts them, serial 1 being a Sunday for Excel (it counts the fictitious
    // 29 Feb 1900): 8 weeks (40) + Sun, Mon, Tue, Wed (3) = 43.
    expect(networkdays(cal, 1, 60)).toBe(43);
    expect(networkdays(cal, 1, MAX_SERIAL)).toBe(2_113_146 + 43);
  });

  test("non-numbers give NaN, never a throw", () => {
    expect(networkdays(makeCalendar(), NaN, 5)).toBeNaN();
    expect(networkdays(makeCalendar(), 5, Infinity)).toBeNaN();
  });
});

describe("workday (WORKDAY.INTL)", () => {
  const cal = makeCalendar("0000011", [CHRISTMAS, BOXING_DAY_SAT, NEW_YEAR]);
  test("forward and backward from a weekday", () => {
    expect(workday(cal, s(2026, 11, 20), 1)).toBe(s(2026, 11, 23)); // Fri → Mon
    expect(workday(cal, s(2026, 11, 23), -1)).toBe(s(2026, 11, 20)); // Mon → Fri
    expect(workday(cal, s(2026, 11, 16), 10)).toBe(s(2026, 11, 30)); // two weeks later
  });
  test("days = 0 returns the start, even on a weekend or a holiday", () => {
    expect(workday(cal, s(2026, 11, 21), 0)).toBe(s(2026, 11, 21));
    expect(workday(cal, CHRISTMAS, 0)).toBe(CHRISTMAS);
    expect(workday(cal, CHRISTMAS + 0.5, 0)).toBe(CHRISTMAS);
  });
  test("from a weekend day", () => {
    expect(workday(cal, s(2026, 11, 21), 1)).toBe(s(2026, 11, 23)); // Sat → Mon
    expect(workday(cal, s(2026, 11, 22), -1)).toBe(s(2026, 11, 20)); // Sun → Fri
    expect(workday(cal, s(2026, 11, 22), -3)).toBe(s(2026, 11, 18)); // Sun → Fri 20, Thu 19, Wed 18
  });
  test("over holidays, and from a start that is a holiday", () => {
    expect(workday(cal, s(2026, 12, 24), 1)).toBe(s(2026, 12, 28)); // Christmas Fri, weekend
    expect(workday(cal, CHRISTMAS, 1)).toBe(s(2026, 12, 28));
    expect(workday(cal, CHRISTMAS, -1)).toBe(s(2026, 12, 24));
    // Mon 4 Jan back 5: Thu 31, Wed 30, Tue 29, Mon 28 (New Year and Christmas skipped), Thu 24
    expect(workday(cal, s(2027, 1, 4), -5)).toBe(s(2026, 12, 24));
    expect(workday(cal, s(2026, 12, 31), 1)).toBe(s(2027, 1, 4));
  });
  test("days are truncated toward zero", () => {
    expect(workday(cal, s(2026, 11, 20), 1.9)).toBe(s(2026, 11, 23));
    expect(workday(cal, s(2026, 11, 23), -1.9)).toBe(s(2026, 11, 20));
    expect(workday(cal, s(2026, 11, 21), 0.9)).toBe(s(2026, 11, 21));
  });
  test("custom weekends", () => {
    expect(workday(makeCalendar("1111110"), s(2026, 11, 16), 1)).toBe(s(2026, 11, 22)); // next Sunday
    expect(workday(makeCalendar("1111110"), s(2026, 11, 16), -2)).toBe(s(2026, 11, 8));
    expect(workday(makeCalendar("1000001"), s(2026, 11, 21), 1)).toBe(s(2026, 11, 24)); // Sat → Tue
    expect(workday(makeCalendar("0000001"), s(2026, 11, 20), 1)).toBe(s(2026, 11, 21)); // Fri → Sat
  });
  test("a long run of holidays makes the search widen", () => {
    const allOfDecember = Array.from({ length: 31 }, (_, i) => s(2026, 12, 1) + i);
    const closed = makeCalendar("0000011", allOfDecember);
    expect(workday(closed, s(2026, 11, 30), 1)).toBe(NEW_YEAR);
    expect(workday(closed, NEW_YEAR, -1)).toBe(s(2026, 11, 30));
  });
  test("non-numbers give NaN", () => {
    expect(workday(cal, NaN, 1)).toBeNaN();
    expect(workday(cal, 46000, NaN)).toBeNaN();
  });
});

describe("workday and networkdays agree with a day-by-day count", () => {
  // A small deterministic generator so failures reproduce.
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const weekends = ["0000011", "1000001", "0000001", "1111110", "0000110", "0101010", "0000000"];
  test("2,000 random cases", () => {
    let failures = 0;
    for (let i = 0; i < 2000; i++) {
      const base = s(2020, 1, 1) + Math.floor(random() * 3000);
      const holidays = Array.from({ length: Math.floor(random() * 12) }, () => base - 40 + Math.floor(random() * 120));
      const cal = makeCalendar(weekends[i % weekends.length], holidays);
      const other = base + Math.floor(random() * 160) - 80;
      const days = Math.floor(random() * 120) - 60;
      if (networkdays(cal, base, other) !== slowNetworkdays(cal, base, other)) failures++;
      if (workday(cal, base, days) !== slowWorkday(cal, base, days)) failures++;
      // WORKDAY and NETWORKDAYS are inverse: counting from the start to the result gives days + 1
      const end = workday(cal, base, days);
      if (days > 0 && networkdays(cal, base, end) !== days + (isWorkday(cal, base) ? 1 : 0)) failures++;
    }
    expect(failures).toBe(0);
  });
});
