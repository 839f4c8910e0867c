/** src/workbook/holidays.ts: the `Holidays` range's raw cells → dates, whichever adapter read them. */
import { HOLIDAYS_NAME, holidaySerial, holidaySerials, withHolidays } from "../../src/workbook/holidays";
import { MAX_HOLIDAYS } from "../../src/settings/validateSettings";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

// Thu 2026-11-26 = 46352, Fri 27 = 46353, Fri 2026-12-25 = 46381 (2026-01-01 = 46023).
const THU_26 = 46352;
const FRI_27 = 46353;
const XMAS = 46381;

test("the name is Holidays", () => {
  expect(HOLIDAYS_NAME).toBe("Holidays");
});

describe("one Holidays cell → a 1900 serial", () => {
  test("numbers are dates of the workbook's system; a time of day is dropped", () => {
    expect(holidaySerial(THU_26, "1900")).toBe(THU_26);
    expect(holidaySerial(THU_26 - 1462, "1904")).toBe(THU_26); // 1904 serial + 1462 = 1900 serial
    expect(holidaySerial(THU_26 + 0.75, "1900")).toBe(THU_26); // 18:00 the same day
    expect(holidaySerial(THU_26 - 1462 + 0.5, "1904")).toBe(THU_26);
  });

  test("yyyy-mm-dd text is read (white space around it too), whatever the date system", () => {
    expect(holidaySerial("2026-11-26", "1900")).toBe(THU_26);
    expect(holidaySerial(" 2026-11-26 ", "1900")).toBe(THU_26);
    expect(holidaySerial("2026-11-26", "1904")).toBe(THU_26); // text names the day, whatever the system
    expect(holidaySerial("2026-12-25", "1900")).toBe(XMAS);
  });

  test("anything else is not a date and is ignored", () => {
    for (const bad of ["", "Thanksgiving", "26/11/2026", "2026-11-26T00:00", "2026-2-3", "2026-02-30", "#N/A", true, false, null, undefined, 0, -5, 3e6, NaN, Infinity, {}, []]) {
      expect(holidaySerial(bad, "1900")).toBeUndefined();
    }
  });
});

describe("holidaySerials: the range's cells → dates", () => {
  test("a range of any shape: every date once, in order", () => {
    const cells = [
      [XMAS, "Christmas"],
      ["", THU_26],
      [XMAS, "#REF!"],
      ["2026-11-27"],
    ];
    expect(holidaySerials(cells, "1900")).toEqual([THU_26, FRI_27, XMAS]);
  });

  test("no range (null, undefined) or an empty one: no dates", () => {
    expect(holidaySerials(null, "1900")).toEqual([]);
    expect(holidaySerials(undefined, "1900")).toEqual([]);
    expect(holidaySerials([], "1900")).toEqual([]);
    expect(holidaySerials([[], [""]], "1900")).toEqual([]);
  });

  test("a 1904 workbook's range is brought to the 1900 system", () => {
    expect(holidaySerials([[THU_26 - 1462], [XMAS - 1462]], "1904")).toEqual([THU_26, XMAS]);
  });

  test("at most MAX_HOLIDAYS distinct dates: 10,000 different days give the first 5,000 met", () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => [40_000 + i]);
    const dates = holidaySerials(cells, "1900");
    expect(MAX_HOLIDAYS).toBe(5000);
    expect(dates).toHaveLength(5000);
    expect(dates[0]).toBe(40_000);
    expect(dates[4999]).toBe(44_999);
  });

  test("the bound counts distinct dates: one date repeated 10,000 times is one date", () => {
    expect(holidaySerials(Array.from({ length: 10_000 }, () => [THU_26, "x"]), "1900")).toEqual([THU_26]);
  });

  test("a wide row stops at the bound too (a whole row named Holidays)", () => {
    const row = Array.from({ length: 16_384 }, (_, i) => 40_000 + i);
    const dates = holidaySerials([row, [XMAS]], "1900");
    expect(dates).toHaveLength(5000);
    expect(dates).not.toContain(XMAS);
  });
});

describe("withHolidays: the settings' holidays joined with the workbook's", () => {
  test("union, each date once, in order", () => {
    const settings = { ...DEFAULT_SETTINGS, holidays: [XMAS, THU_26] };
    expect(withHolidays(settings, [THU_26, FRI_27]).holidays).toEqual([THU_26, FRI_27, XMAS]);
    expect(settings.holidays).toEqual([XMAS, THU_26]); // the settings given are not changed
  });

  test("nothing new: the same object (the settings are not copied for nothing)", () => {
    const settings = { ...DEFAULT_SETTINGS, holidays: [THU_26] };
    expect(withHolidays(settings, [THU_26])).toBe(settings);
    expect(withHolidays(settings, [])).toBe(settings);
  });
});
