import { addCounts, buyerCounts, countsOf, CountsByName, emptyCounts, figuresOf, type KpiCounts } from "../../src/kpi/consolidate";
import { serialFromYmd } from "../../src/dates/serial";
import { periodContaining } from "../../src/dates/period";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { parseRegister } from "../../src/register/parseRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { rate, NO_DATA } from "../../src/kpi/rate";
import { KpiHistoryMerge } from "../../src/report/departmentHistory";
import type { KpiHistoryRecord } from "../../src/report/kpiHistory";

function counts(part: Partial<KpiCounts>): KpiCounts {
  return { ...emptyCounts(), ...part };
}

describe("department KPI: summed counts, never averaged rates", () => {
  const a = counts({
    population: 4,
    onTime: 3,
    onTimeInFull: 2,
    confirmationDue: 5,
    confirmed: 4,
    lateLines: 1,
    lateDays: 6,
    maxDaysLate: 6,
    openLines: 3,
    openValue: { USD: 100 },
    overdueLines: 1,
    pastDueValue: { USD: 40 },
    chases: 2,
  });
  const b = counts({
    population: 1,
    lateLines: 1,
    lateDays: 2,
    maxDaysLate: 2,
    openLines: 1,
    openValue: { EUR: 50, USD: 10.1 },
    chases: 1,
  });

  test("OTD, OTIF, confirmation and days late come from the summed numerators and denominators", () => {
    const sum = emptyCounts();
    addCounts(sum, a);
    addCounts(sum, b);
    const f = figuresOf(sum);
    // OTD = (3 + 0) / (4 + 1) = 0.6, not the mean of 0.75 and 0 (0.375).
    expect(f.otd).toEqual(rate(3, 5));
    expect(f.otd.kind === "rate" && f.otd.value).toBeCloseTo(0.6, 10);
    // OTIF = (2 + 0) / 5 = 0.4.
    expect(f.otif.kind === "rate" && f.otif.value).toBeCloseTo(0.4, 10);
    // Confirmation = (4 + 0) / (5 + 0) = 0.8: b has no line due for a confirmation, which is not 0 %.
    expect(f.confirmation).toEqual(rate(4, 5));
    // Days late = (6 + 2) / (1 + 1) = 4; most days late = max(6, 2) = 6.
    expect(f.avgDaysLate).toBe(4);
    expect(f.maxDaysLate).toBe(6);
    // Money per currency: USD 100 + 10.1 = 110.1, EUR 50 on its own.
    expect(f.openValue).toEqual({ EUR: 50, USD: 110.1 });
    expect(f.pastDueValue).toEqual({ USD: 40 });
    expect(sum.openLines).toBe(4); // 3 + 1
    expect(sum.chases).toBe(3); // 2 + 1
  });

  test("merging a name seen before leaves the first register's counts as they were (no shared objects)", () => {
    const groups = new CountsByName();
    groups.add({ name: "Acme", counts: a });
    groups.add({ name: "Acme", counts: b });
    expect(a.openValue).toEqual({ USD: 100 });
    expect(a.population).toBe(4);
    expect(groups.list()[0].counts.openValue).toEqual({ USD: 110.1, EUR: 50 }); // 100 + 10.1
  });

  test("no data stays no data: empty denominators give no rate, no late line gives no average", () => {
    const sum = emptyCounts();
    addCounts(sum, emptyCounts());
    addCounts(sum, counts({ openLines: 2 }));
    const f = figuresOf(sum);
    expect(f.otd).toEqual(NO_DATA);
    expect(f.otif).toEqual(NO_DATA);
    expect(f.confirmation).toEqual(NO_DATA);
    expect(f.avgDaysLate).toBeNull();
    expect(f.maxDaysLate).toBeNull();
  });

  test("countsOf takes the numerators back out of rates; mean × lines gives the days late back", () => {
    const c = countsOf({
      population: 8,
      otd: rate(6, 8),
      otif: rate(5, 8),
      confirmation: NO_DATA,
      daysLate: { kind: "days", mean: 7 / 3, median: 2, max: 3, lines: 3 }, // 2 + 2 + 3 = 7 days over 3 lines
      open: { lines: 2, value: { JPY: 1000 } },
      pastDue: { lines: 1, value: { JPY: 400 } },
      chases: 4,
    });
    expect(c).toMatchObject({
      population: 8,
      onTime: 6,
      onTimeInFull: 5,
      confirmationDue: 0,
      confirmed: 0,
      lateLines: 3,
      lateDays: 7,
      maxDaysLate: 3,
    });
    expect(c.openValue).toEqual({ JPY: 1000 });
  });

  test("a supplier written two ways in two registers is one row, named as first written", () => {
    const groups = new CountsByName();
    groups.add({ name: "Acme Corp", counts: counts({ population: 2, onTime: 1 }) });
    groups.add({ name: "ACME  CORP ", counts: counts({ population: 2, onTime: 2 }) });
    groups.add({ name: "", counts: counts({ openLines: 1 }) });
    groups.add({ name: "Beta", counts: counts({ population: 1 }) });
    const list = groups.list();
    expect(list.map((g) => g.name)).toEqual(["Acme Corp", "Beta", ""]); // the nameless group last
    // Acme: (1 + 2) / (2 + 2) = 0.75
    expect(figuresOf(list[0].counts).otd).toEqual(rate(3, 4));
  });
});

describe("department KPI history: registers' KpiHistory rows merged by period", () => {
  const row = (period: string, start: number, part: Partial<KpiHistoryRecord>): KpiHistoryRecord => ({
    period,
    start,
    end: start + 6,
    asOf: start + 6,
    otd: null,
    otif: null,
    confirmation: null,
    linesOverdue: 0,
    avgDaysLate: null,
    population: 0,
    ...part,
  });

  test("OTD and OTIF weighted back by lines measured; rates without denominators blank once merged", () => {
    const merge = new KpiHistoryMerge();
    merge.add([
      row("2026-W45", 100, { otd: 0.5, otif: 0.5, confirmation: 0.8, avgDaysLate: 3, population: 2, linesOverdue: 1 }),
      row("2026-W46", 107, { otd: 0.75, otif: 0.5, confirmation: 0.9, avgDaysLate: 2, population: 4, linesOverdue: 2 }),
    ]);
    merge.add([row("2026-W46", 107, { otd: 0, otif: null, confirmation: 0.5, avgDaysLate: 5, population: 1, linesOverdue: 3 })]);
    const [w45, w46] = merge.records();
    // W45 came from one register only: its row stands as it is.
    expect(w45).toMatchObject({ period: "2026-W45", otd: 0.5, confirmation: 0.8, avgDaysLate: 3, population: 2 });
    // W46: on time = 0.75 × 4 + 0 × 1 = 3 of 4 + 1 = 5 lines → 0.6 (the mean of the rates would be 0.375).
    expect(w46.otd).toBeCloseTo(0.6, 10);
    // OTIF: the second row has none, so 0.5 × 4 = 2 of 4 lines → 0.5.
    expect(w46.otif).toBeCloseTo(0.5, 10);
    expect(w46).toMatchObject({ population: 5, linesOverdue: 5, confirmation: null, avgDaysLate: null });
  });

  test("the consolidated period replaces the merged rows of the same period", () => {
    const merge = new KpiHistoryMerge();
    merge.add([row("2026-W47", 114, { otd: 1, population: 1 })]);
    merge.add([row("2026-W46", 107, { otd: 1, population: 1 })]);
    const current = row("2026-W47", 114, { otd: 0.5, population: 4 });
    const records = merge.records(current);
    expect(records.map((r) => r.period)).toEqual(["2026-W46", "2026-W47"]);
    expect(records[1]).toBe(current);
  });
});

describe("department KPI: a register's lines by buyer", () => {
  test("lines with a blank Buyer cell count for the fallback buyer (the workbook's), the others for their own", () => {
    const ymd = (d: number): number => serialFromYmd(2026, 11, d)!;
    const asOf = ymd(20); // Friday of 2026-W47 (16–22 Nov)
    const values = [
      ["PO number", "Line", "Supplier", "Buyer", "Promised date", "Ordered qty", "Received qty", "Received date"],
      ["P1", 10, "Acme", "Li", ymd(17), 5, 5, ymd(17)], // Li: on time
      ["P2", 10, "Acme", "", ymd(17), 5, 5, ymd(19)], // fallback: 2 days late
      ["P3", 10, "Beta", " Li ", ymd(18), 5, 0, ""], // Li: open, measured, 2 days late at asOf (20 − 18)
    ];
    const { lines } = parseRegister({ sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
    const statuses = evaluateRegister(lines, [], DEFAULT_SETTINGS, asOf);
    const groups = buyerCounts(statuses, DEFAULT_SETTINGS, periodContaining(asOf, "week"), asOf, undefined, "Wang");
    const byName = new Map(groups.map((g) => [g.name, g.counts]));
    expect([...byName.keys()].sort()).toEqual(["Li", "Wang"]);
    // Li: measured P1 + P3 = 2, on time P1 = 1; late P3 only: 2 days; open P3.
    expect(byName.get("Li")).toMatchObject({ population: 2, onTime: 1, lateLines: 1, lateDays: 2, openLines: 1 });
    // Wang (blank cell): P2 measured, late 19 − 17 = 2 days.
    expect(byName.get("Wang")).toMatchObject({ population: 1, onTime: 0, lateLines: 1, lateDays: 2, openLines: 0 });
  });
});
