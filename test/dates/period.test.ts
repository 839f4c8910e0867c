import { lastPeriods, nextPeriod, periodContaining, periodFromLabel, previousPeriod } from "../../src/dates/period";
import { formatIsoDate, serialFromYmd } from "../../src/dates/serial";

const s = (y: number, m: number, d: number) => serialFromYmd(y, m, d)!;
const show = (p: { start: number; end: number; label: string }) => `${p.label} ${formatIsoDate(p.start)}..${formatIsoDate(p.end)}`;

describe("periodContaining", () => {
  test("weeks run Monday to Sunday", () => {
    for (let d = 16; d <= 22; d++) {
      expect(periodContaining(s(2026, 11, d), "week")).toEqual({
        kind: "week", start: s(2026, 11, 16), end: s(2026, 11, 22), label: "2026-W47",
      });
    }
  });
  test("week 53 straddling New Year", () => {
    expect(show(periodContaining(s(2027, 1, 2), "week"))).toBe("2026-W53 2026-12-28..2027-01-03");
    expect(show(periodContaining(s(2024, 12, 31), "week"))).toBe("2025-W01 2024-12-30..2025-01-05");
  });
  test("months", () => {
    expect(periodContaining(s(2026, 11, 21), "month")).toEqual({
      kind: "month", start: s(2026, 11, 1), end: s(2026, 11, 30), label: "2026-11",
    });
    expect(show(periodContaining(s(2024, 2, 10), "month"))).toBe("2024-02 2024-02-01..2024-02-29");
    expect(show(periodContaining(s(2100, 2, 10), "month"))).toBe("2100-02 2100-02-01..2100-02-28");
    expect(show(periodContaining(s(2026, 12, 31) + 0.75, "month"))).toBe("2026-12 2026-12-01..2026-12-31");
  });
  test("February 1900 includes Excel's fictitious 29th", () => {
    expect(periodContaining(60, "month")).toEqual({ kind: "month", start: 32, end: 60, label: "1900-02" });
  });
});

describe("previousPeriod, nextPeriod, lastPeriods", () => {
  test("previous week across New Year and week 53", () => {
    const w1 = periodFromLabel("2027-W01")!;
    expect(previousPeriod(w1).label).toBe("2026-W53");
    expect(previousPeriod(previousPeriod(w1)).label).toBe("2026-W52");
    expect(nextPeriod(previousPeriod(w1))).toEqual(w1);
  });
  test("previous month across New Year", () => {
    expect(previousPeriod(periodFromLabel("2027-01")!)).toEqual(periodFromLabel("2026-12"));
    expect(show(previousPeriod(periodFromLabel("2024-03")!))).toBe("2024-02 2024-02-01..2024-02-29");
  });
  test("lastPeriods: n periods ending with this one, oldest first", () => {
    expect(lastPeriods(periodFromLabel("2027-W02")!, 4).map((p) => p.label)).toEqual([
      "2026-W52", "2026-W53", "2027-W01", "2027-W02",
    ]);
    expect(lastPeriods(periodFromLabel("2026-02")!, 3).map((p) => p.label)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(lastPeriods(periodFromLabel("2026-02")!, 1)).toEqual([periodFromLabel("2026-02")]);
    expect(lastPeriods(periodFromLabel("2026-02")!, 0)).toEqual([]);
    expect(lastPeriods(periodFromLabel("2026-02")!, -2)).toEqual([]);
    expect(lastPeriods(periodFromLabel("2026-02")!, NaN)).toEqual([]);
  });
  test("consecutive periods tile the calendar without gaps", () => {
    for (const kind of ["week", "month"] as const) {
      const periods = lastPeriods(periodContaining(s(2030, 1, 15), kind), 300);
      for (let i = 1; i < periods.length; i++) expect(periods[i].start).toBe(periods[i - 1].end + 1);
    }
  });
});

describe("periodFromLabel", () => {
  test("round trip with periodContaining", () => {
    for (const kind of ["week", "month"] as const) {
      for (let day = s(2019, 12, 1); day <= s(2027, 2, 1); day += 3) {
        const p = periodContaining(day, kind);
        expect(periodFromLabel(p.label)).toEqual(p);
      }
    }
  });
  test("reads labels with surrounding spaces and a lower-case w", () => {
    expect(periodFromLabel(" 2026-w47 ")?.label).toBe("2026-W47");
  });
  test.each([
    ["2026-W54"], ["2027-W53"], // 2027 has 52 weeks
    ["2026-W00"], ["2026-W7"], ["2026-13"], ["2026-00"], ["2026-1"], ["1899-12"], ["10000-01"],
    ["2026"], [""], ["Follow-up 2026-W47"], ["2026/11"], ["W47"],
  ])("%p is not a period", (label) => {
    expect(periodFromLabel(label)).toBeUndefined();
  });
});
