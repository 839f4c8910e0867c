import {
  DATE_SYSTEM_1904_OFFSET, MAX_SERIAL, daysInMonth, formatIsoDate, from1904, isLeapYear, isValidSerial, isoWeekday,
  serialFromLocalDate, serialFromYmd, to1904, ymdFromSerial,
} from "../../src/dates/serial";

describe("serialFromYmd / ymdFromSerial (1900 system)", () => {
  test.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60], // Excel's fictitious leap day (Lotus 1-2-3 compatibility)
    [1900, 3, 1, 61],
    [1900, 12, 31, 366], // 365 real days + the fictitious one
    [1901, 1, 1, 367],
    [1904, 1, 1, 1462], // day 0 of the 1904 system
    [1970, 1, 1, 25569],
    [1999, 12, 31, 36525],
    [2000, 1, 1, 36526],
    [2000, 2, 29, 36585], // 36526 + 31 + 28
    [2024, 1, 1, 45292],
    [2024, 2, 29, 45351], // 45292 + 59
    [2024, 12, 31, 45657], // 45292 + 365 (leap year)
    [2025, 1, 1, 45658],
    [2026, 11, 21, 46347], // 2026-01-01 = 45658 + 365 = 46023; + 324 days (21 Nov is day 325)
    [2100, 3, 1, 73110], // = DATE(2100;3;1) in Excel/LibreOffice
    [9999, 12, 31, MAX_SERIAL],
  ])("%i-%i-%i ↔ %i", (year, month, day, serial) => {
    expect(serialFromYmd(year, month, day)).toBe(serial);
    expect(ymdFromSerial(serial)).toEqual({ year, month, day });
  });

  test.each([
    [1899, 12, 31], [10000, 1, 1], [2026, 2, 29], [2100, 2, 29], [1900, 2, 30], [2026, 4, 31], [2026, 0, 1],
    [2026, 13, 1], [2026, 1, 0], [2026, 1, 32], [2026.5, 1, 1], [2026, 1, 1.5], [NaN, 1, 1], [2026, Infinity, 1],
  ])("%p-%p-%p does not exist or is out of range", (year, month, day) => {
    expect(serialFromYmd(year, month, day)).toBeUndefined();
  });

  test("a time of day is dropped", () => {
    expect(ymdFromSerial(46347.999)).toEqual({ year: 2026, month: 11, day: 21 });
    expect(ymdFromSerial(60.5)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(ymdFromSerial(59.5)).toEqual({ year: 1900, month: 2, day: 28 });
  });

  // Every day 1900–2119 and 9900–9999; the loop is kept short because jest runs it slowly.
  test.each([
    [1, 80_000],
    [MAX_SERIAL - 36_500, MAX_SERIAL],
  ])("serials %i … %i round-trip, are consecutive days, and agree with Date.UTC from 61 on", (from, to) => {
    let mismatches = 0;
    let previous = ymdFromSerial(from - 1);
    for (let serial = from; serial <= to; serial++) {
      const ymd = ymdFromSerial(serial);
      if (serialFromYmd(ymd.year, ymd.month, ymd.day) !== serial) mismatches++;
      // consecutive serials are consecutive days
      const next = ymd.day === previous.day + 1 || (ymd.day === 1 && (ymd.month === previous.month % 12 + 1));
      if (!next) mismatches++;
      if (serial >= 61 && serial % 97 === 0) {
        const d = new Date((serial - 25569) * 86_400_000);
        if (d.getUTCFullYear() !== ymd.year || d.getUTCMonth() + 1 !== ymd.month || d.getUTCDate() !== ymd.day) mismatches++;
      }
      previous = ymd;
    }
    expect(mismatches).toBe(0);
  });

  test("below serial 1 the calendar continues backwards (Excel shows 0 as 1900-01-00)", () => {
    expect(ymdFromSerial(0)).toEqual({ year: 1899, month: 12, day: 31 });
    expect(ymdFromSerial(-0.5)).toEqual({ year: 1899, month: 12, day: 30 });
  });
});

describe("leap years and month lengths", () => {
  test("Gregorian rule", () => {
    expect([2024, 2000, 2400, 1904].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 1900, 2100, 2200].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe("1904 date system", () => {
  test("1904 serial 0 is 1904-01-01 = 1900 serial 1462", () => {
    expect(DATE_SYSTEM_1904_OFFSET).toBe(1462);
    expect(from1904(0)).toBe(1462);
    expect(ymdFromSerial(from1904(0))).toEqual({ year: 1904, month: 1, day: 1 });
    expect(to1904(46347)).toBe(44885); // 46347 − 1462
    expect(ymdFromSerial(from1904(44885))).toEqual({ year: 2026, month: 11, day: 21 });
    expect(from1904(to1904(12345.25))).toBe(12345.25); // times survive the conversion
  });
});

describe("isoWeekday", () => {
  test.each([
    [46347, 6], // 2026-11-21 Saturday
    [46348, 7], // Sunday
    [46349, 1], // Monday
    [46347.9, 6],
    [25569, 4], // 1970-01-01 Thursday
    [61, 4], // 1900-03-01 Thursday
    [59, 3], // 1900-02-28 Wednesday
    [1, 1], // 1900-01-01 was a Monday (Excel's WEEKDAY says Sunday: it counts the fictitious 29 Feb)
    [MAX_SERIAL, 5], // 9999-12-31 Friday
    [45351, 4], // 2024-02-29 Thursday
  ])("serial %p → %i", (serial, weekday) => {
    expect(isoWeekday(serial)).toBe(weekday);
  });
});

describe("isValidSerial and formatIsoDate", () => {
  test("range 1900-01-01 … 9999-12-31, times allowed", () => {
    expect([1, 60, 46347.5, MAX_SERIAL, MAX_SERIAL + 0.99].map(isValidSerial)).toEqual([true, true, true, true, true]);
    expect([0, 0.5, -1, MAX_SERIAL + 1, NaN, Infinity].map(isValidSerial)).toEqual([false, false, false, false, false, false]);
  });
  test("formats", () => {
    expect(formatIsoDate(1)).toBe("1900-01-01");
    expect(formatIsoDate(60)).toBe("1900-02-29");
    expect(formatIsoDate(46347.75)).toBe("2026-11-21");
    expect(formatIsoDate(MAX_SERIAL)).toBe("9999-12-31");
  });
  test("serialFromLocalDate reads the local calendar date, whatever the time", () => {
    expect(serialFromLocalDate(new Date(2026, 10, 21, 0, 0, 1))).toBe(46347);
    expect(serialFromLocalDate(new Date(2026, 10, 21, 23, 59, 59))).toBe(46347);
  });
});
