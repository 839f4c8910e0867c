import { buildReportModel } from "../../src/report/buildReportModel";
import { columnIndex, findSection, isNoData, NO_DATA, type CellValue, type ReportModel, type TableSection } from "../../src/report/model";
import { periodContaining } from "../../src/dates/period";
import { AS_OF, NOV, scenarioInput } from "./fixtures";

/*
 * The scenario (fixtures.ts), worked out by hand. asOf Fri 2026-11-20, period 2026-W47 (16–22 Nov),
 * previous period 2026-W46 (9–15 Nov). Escalation offsets +1/+5/+10 working days:
 *   B1 due Thu 5 Nov: WORKDAY(5 Nov, 10) = 19 Nov ≤ 20 → level 3, 15 days late.
 *   A1, A3, C1 due Tue 10 Nov: WORKDAY(+5) = 17 Nov ≤ 20 < WORKDAY(+10) = 24 Nov → level 2, 10 days late.
 *   A2 due Tue 17 Nov: WORKDAY(+1) = 18 Nov ≤ 20 < 24 Nov → level 1, 3 days late.
 * W47 population (committed 16–22 Nov, received or past due): R1 on time; R2 committed 17 Nov
 *   (first promise in the log), received 19 Nov → 2 days late; A2 open past due → 3 days late.
 *   OTD = OTIF = 1/3, average days late = (2 + 3) / 2 = 2.5.
 * W46 population (9–15 Nov): R0 on time; A1, C1, A3 open, committed 10 Nov → 10 days late each.
 *   OTD = 1/4, average days late = 10. Change of OTD = 1/3 − 1/4 = 1/12.
 * Lines overdue now: A1, A2, B1, C1, A3 = 5. Past-due value: USD 50×10 + 90×10 + 10×10 + 10×5 = 1550; EUR 100×20 = 2000.
 * Confirmation rate: 8 open lines all past their deadline (5 Nov); 7 have a promised date (not D1) → 0.875.
 */

function column(section: TableSection, key: string): CellValue[] {
  const i = columnIndex(section, key);
  if (i < 0) throw new Error(`no column ${key}`);
  return section.rows.map((r) => r[i]);
}

function table(model: ReportModel, id: Parameters<typeof findSection>[1]): TableSection {
  const s = findSection(model, id, "table");
  if (!s) throw new Error(`no table ${id}`);
  return s;
}

describe("buildReportModel", () => {
  const model = buildReportModel(scenarioInput());

  it("names the sheet from the period, in English whatever the language", () => {
    expect(model.sheetName).toBe("Follow-up 2026-W47");
    expect(buildReportModel(scenarioInput("ja")).sheetName).toBe("Follow-up 2026-W47");
    const month = buildReportModel(scenarioInput("en", { period: periodContaining(AS_OF, "month") }));
    expect(month.sheetName).toBe("Follow-up 2026-11");
  });

  it("lists the sections in the order of issue 6", () => {
    expect(model.sections.map((s) => `${s.id}:${s.kind}`)).toEqual([
      "header:keyValue",
      "headline:comparison",
      "toChase:table",
      "comingDue:table",
      "promiseChanges:table",
      "scorecard:table",
      "ageing:table",
      "ageingChart:chart",
      "delayReasons:table",
      "delayReasonsChart:chart",
      "chasesByBuyer:table",
      "chasesByChannel:table",
      "chasesByOutcome:table",
    ]);
  });

  it("heads the report with period, as-of, register name, line count and generation time", () => {
    const header = findSection(model, "header", "keyValue");
    const values = Object.fromEntries(header!.items.map((i) => [i.key, i.value]));
    expect(values).toEqual({
      period: "2026-W47",
      periodStart: NOV(16),
      periodEnd: NOV(22),
      asOf: NOV(20),
      register: "Register",
      lines: 11,
      generatedAt: "2026-11-20T17:05:00+08:00",
    });
  });

  it("compares the headline KPIs with the previous period", () => {
    const headline = findSection(model, "headline", "comparison")!;
    const byKey = Object.fromEntries(headline.items.map((i) => [i.key, i]));
    expect(Object.keys(byKey)).toEqual(["otd", "otif", "confirmation", "linesOverdue", "pastDue:EUR", "pastDue:USD", "avgDaysLate"]);
    expect(byKey.otd.current).toBeCloseTo(1 / 3);
    expect(byKey.otd.previous).toBeCloseTo(1 / 4);
    expect(byKey.otd.change).toBeCloseTo(1 / 12);
    expect(byKey.otd.type).toBe("percent");
    expect(byKey.otif.current).toBeCloseTo(1 / 3);
    // snapshots: previous figures from the W46 KpiHistory row (confirmation 0.8, 3 lines overdue)
    expect(byKey.confirmation.current).toBe(0.875);
    expect(byKey.confirmation.change).toBeCloseTo(0.075);
    expect(byKey.linesOverdue).toMatchObject({ current: 5, previous: 3, change: 2, better: "lower" });
    expect(byKey["pastDue:USD"]).toMatchObject({ current: 1550, currency: "USD", type: "money" });
    expect(byKey["pastDue:EUR"]).toMatchObject({ current: 2000, currency: "EUR" });
    expect(isNoData(byKey["pastDue:USD"].previous)).toBe(true);
    expect(byKey.avgDaysLate).toMatchObject({ current: 2.5, previous: 10, change: -7.5 });
  });

  it("shows snapshot comparisons as no data without a history row, never as 0", () => {
    const m = buildReportModel(scenarioInput("en", { history: [] }));
    const items = findSection(m, "headline", "comparison")!.items;
    const overdue = items.find((i) => i.key === "linesOverdue")!;
    expect(overdue.previous).toBe(NO_DATA);
    expect(overdue.change).toBe(NO_DATA);
  });

  it("shows OTD as no data for an empty population", () => {
    const m = buildReportModel(scenarioInput("en", { period: periodContaining(NOV(2) + 60, "week") }));
    const otd = findSection(m, "headline", "comparison")!.items.find((i) => i.key === "otd")!;
    expect(isNoData(otd.current)).toBe(true);
    expect(isNoData(otd.change)).toBe(true);
  });

  it("groups overdue lines by supplier, most escalated first, then by value", () => {
    const s = table(model, "toChase");
    // Beta (level 3) first; Acme and Cmix both reach level 2: USD is the main currency (4 valued
    // overdue lines vs 1 in EUR), Acme has USD 1,450 overdue and Cmix none → Acme before Cmix.
    expect(column(s, "poNumber")).toEqual(["PO-B1", "PO-A1", "PO-A3", "PO-A2", "PO-C1"]);
    expect(column(s, "level")).toEqual([3, 2, 2, 1, 2]);
    expect(column(s, "daysLate")).toEqual([15, 10, 10, 3, 10]);
    expect(column(s, "openValue")).toEqual([100, 500, 50, 900, 2000]);
    expect(column(s, "currency")).toEqual(["USD", "USD", "USD", "USD", "EUR"]);
    expect(column(s, "supplier")).toEqual(["Beta", "Acme", "Acme", "Acme", "Cmix"]);
    expect(s.groups!.map((g) => [g.facts.supplier, g.firstRow, g.rowCount, g.facts.topLevel])).toEqual([
      ["Beta", 0, 1, 3],
      ["Acme", 1, 3, 2],
      ["Cmix", 4, 1, 2],
    ]);
    expect(s.groups![1].label).toBe("Acme: 3 overdue lines");
    expect(s.groups![0].label).toBe("Beta: 1 overdue line");
  });

  it("shows the last chase and its outcome from the chase log, and the delay reason", () => {
    const s = table(model, "toChase");
    const a1 = s.rows[1];
    expect(a1[columnIndex(s, "lastChase")]).toBe(NOV(18));
    expect(a1[columnIndex(s, "lastOutcome")]).toBe("No answer");
    expect(a1[columnIndex(s, "delayReason")]).toBe("Transport");
    expect(a1[columnIndex(s, "action")]).toBe("Urgent");
    expect(a1[columnIndex(s, "item")]).toBe("BRK-1");
    expect(s.rows[0][columnIndex(s, "lastChase")]).toBeNull();
    expect(s.columns.find((c) => c.key === "openValue")).toMatchObject({ type: "money", currencyKey: "currency" });
    expect(s.columns.find((c) => c.key === "due")!.type).toBe("date");
  });

  it("lists lines coming due without a confirmation or with a date changed since the last confirmation", () => {
    const s = table(model, "comingDue");
    // window: 20 Nov ≤ due ≤ WORKDAY(20 Nov, 5) = 27 Nov. D1 (requested 24 Nov, no promise) and
    // D2 (register 26 Nov, supplier last stated 25 Nov); D3 (25 Nov, confirmed 25 Nov) is fine.
    expect(column(s, "poNumber")).toEqual(["PO-D1", "PO-D2"]);
    expect(column(s, "why")).toEqual(["No confirmed date", "Date changed since the last confirmation"]);
    expect(column(s, "due")).toEqual([NOV(24), NOV(26)]);
    // D1: NETWORKDAYS(20 Nov, 24 Nov) − 1 = 2 working days left
    expect(column(s, "workdaysLeft")[0]).toBe(2);
    expect(column(s, "lastConfirmed")).toEqual([null, NOV(25)]);
  });

  it("lists this period's promise changes with the days moved", () => {
    const s = table(model, "promiseChanges");
    expect(s.rows).toEqual([[NOV(16), "Beta", "PO-R2", "1", null, NOV(17), NOV(18), 1, "Supplier capacity"]]);
    expect(s.columns.find((c) => c.key === "daysMoved")).toMatchObject({ type: "days", signed: true });
  });

  it("scores suppliers with data bars and icon hints, no data where nothing was measured", () => {
    const s = table(model, "scorecard");
    expect(column(s, "supplier")).toEqual(["Acme", "Beta", "Cmix", "Delta"]);
    // Acme W47: R1 on time, A2 missed → 1/2. Delta: nothing committed in W47 → no data.
    expect(column(s, "otd")[0]).toBe(0.5);
    expect(column(s, "otd")[3]).toBe(NO_DATA);
    expect(column(s, "chases")).toEqual([1, 1, 0, 1]);
    expect(column(s, "openValue:USD")).toEqual([1450, 100, null, null]);
    expect(s.hints).toEqual([
      { kind: "dataBar", column: "otd", min: 0, max: 1 },
      { kind: "dataBar", column: "otif", min: 0, max: 1 },
      { kind: "iconSet", column: "avgDaysLate", icons: "trafficLights3", good: 3, warning: 10, lowerIsBetter: true },
    ]);
  });

  it("buckets open lines by days late with a column chart", () => {
    const s = table(model, "ageing");
    expect(column(s, "bucket")).toEqual(["Not due", "1–7 days", "8–14 days", "15–30 days", "31–60 days", "Over 60 days"]);
    // D1–D3 not due; A2 3 days; A1, A3, C1 10 days; B1 15 days
    expect(column(s, "lines")).toEqual([3, 1, 3, 1, 0, 0]);
    expect(column(s, "value:USD")[2]).toBe(550);
    expect(column(s, "value:EUR")[2]).toBe(2000);
    const chart = findSection(model, "ageingChart", "chart")!.chart;
    expect(chart).toMatchObject({ type: "column", source: "ageing", categories: "bucket", series: [{ column: "lines" }] });
  });

  it("ranks delay reasons with cumulative shares and a column + line chart on a secondary axis", () => {
    const s = table(model, "delayReasons");
    // late or overdue: R2, A2, A3 without reason; A1 and C1 "Transport"; B1 "Supplier capacity" → 6 lines
    expect(column(s, "reason")).toEqual(["(not given)", "Transport", "Supplier capacity"]);
    expect(column(s, "lines")).toEqual([3, 2, 1]);
    expect(column(s, "cumulative")[0]).toBe(0.5);
    expect(column(s, "cumulative")[1]).toBeCloseTo(5 / 6);
    expect(column(s, "cumulative")[2]).toBe(1);
    expect(column(s, "group")).toEqual([null, "Logistics", "Supplier"]);
    const chart = findSection(model, "delayReasonsChart", "chart")!.chart;
    expect(chart.type).toBe("columnLine");
    expect(chart.series.map((x) => [x.column, x.type, x.axis])).toEqual([
      ["lines", "column", "primary"],
      ["cumulative", "line", "secondary"],
    ]);
    expect(chart.secondaryAxis).toEqual({ min: 0, max: 1, format: "percent" });
  });

  it("counts the period's chases by buyer, channel and outcome", () => {
    // W47 entries: A1 (18 Nov, Lee, phone, no answer), D3 (18 Nov, Kim, email, confirmed), R2 (16 Nov, Kim, email, new date)
    expect(table(model, "chasesByBuyer").rows).toEqual([
      ["Kim", 2],
      ["Lee", 1],
    ]);
    expect(table(model, "chasesByChannel").rows).toEqual([
      ["Email", 2],
      ["Phone", 1],
      ["Portal", 0],
      ["Visit", 0],
      ["Chat", 0],
    ]);
    expect(table(model, "chasesByOutcome").rows).toEqual([
      ["Confirmed", 1],
      ["New date", 1],
      ["No answer", 1],
      ["Problem raised", 0],
      ["Received", 0],
    ]);
  });

  it("gives page setup hints with the period in the header and page numbers in the footer", () => {
    expect(model.pageSetup).toEqual({
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: null,
      repeatHeaderRows: true,
      headerText: "Follow-up report 2026-W47",
      footerText: "Page {page} of {pages}",
    });
  });

  it("speaks Chinese and Japanese", () => {
    const zh = buildReportModel(scenarioInput("zh-CN"));
    const ja = buildReportModel(scenarioInput("ja"));
    expect(zh.title).toBe("跟单报告 2026-W47");
    expect(ja.labels.noData).toBe("データなし");
    expect(zh.labels.noData).toBe("无数据");
    expect(table(zh, "toChase").title).toBe("立即跟催");
    expect(table(ja, "toChase").columns[0].header).toBe("仕入先");
    expect(table(zh, "toChase").columns[0].header).toBe("供应商");
    expect(table(ja, "scorecard").title).toBe("仕入先スコアカード");
  });

  it("shows empty tables with their empty text", () => {
    const m = buildReportModel(scenarioInput("en", { register: { name: "Empty", lines: [] }, statuses: [], chases: [] }));
    const s = table(m, "toChase");
    expect(s.rows).toEqual([]);
    expect(s.emptyText).toBe("No overdue lines.");
    expect(table(m, "ageing").rows).toEqual([]);
    expect(table(m, "chasesByChannel").rows).toEqual([]);
  });
});
