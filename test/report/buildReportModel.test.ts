import { buildReportModel } from "../../src/report/buildReportModel";
import { columnIndex, findSection, isNoData, NO_DATA, type CellValue, type ReportModel, type TableSection } from "../../src/report/model";
import { periodContaining } from "../../src/dates/period";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { AS_OF, entry, NOV, scenarioInput } from "./fixtures";

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
      "heldBack:table",
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

  it("lists Today's chase list: the lines due today by the one chase-now rule, in Today's order", () => {
    const s = table(model, "toChase");
    /*
     * Fri 20 Nov, minimum gap 2 working days between chases of one supplier:
     *   B1 (Beta) level 3, never chased; Beta last chased Mon 16 Nov → gap ends WORKDAY(16, 2) = Wed 18 → chase.
     *   A1 chased Wed 18 Nov at level 2 → its next chase is level 3, WORKDAY(10 Nov, 10) = Tue 24: not today.
     *   A3 ("ACME ", level 2) and A2 (level 1) never chased; Acme last chased 18 Nov → gap ends Fri 20 → chase.
     *   C1 (Cmix) level 2, never chased → chase.
     *   D1 (Delta) no promise, ordered Mon 2 Nov: unconfirmed after WORKDAY(2 Nov, 3) = Thu 5 → chase.
     *   D3 promised Wed 25 Nov: pre-due reminder WORKDAY(25 Nov, −3) = Fri 20, last chased 18 → chase.
     *   D2 promised Thu 26 Nov: pre-due Mon 23 → not yet.
     * Suppliers: overdue 3 (Beta), then overdue 2 by value at risk in the main currency, USD (3 lines
     * on the list: B1, A3, A2; EUR 1): Acme USD 50 + 900 = 950 > Cmix USD 0; then Delta (unconfirmed).
     */
    expect(column(s, "poNumber")).toEqual(["PO-B1", "PO-A3", "PO-A2", "PO-C1", "PO-D1", "PO-D3"]);
    expect(column(s, "level")).toEqual([3, 2, 1, 2, 0, 0]);
    expect(column(s, "action")).toEqual(["Escalate to manager", "Urgent", "Reminder", "Urgent", "Ask for confirmation", "Pre-due reminder"]);
    expect(column(s, "daysLate")).toEqual([15, 10, 3, 10, -4, -5]);
    expect(column(s, "openValue")).toEqual([100, 50, 900, 2000, null, null]); // 10×10, 10×5, 90×10, 100×20
    expect(column(s, "currency")).toEqual(["USD", "USD", "USD", "EUR", null, null]);
    expect(column(s, "nextChase").every((d) => typeof d === "number" && d <= AS_OF)).toBe(true);
    // The supplier as Today names it: from its most urgent line (A3's "ACME ").
    expect(s.groups!.map((g) => [g.facts.supplier, g.firstRow, g.rowCount, g.facts.topLevel])).toEqual([
      ["Beta", 0, 1, 3],
      ["ACME", 1, 2, 2],
      ["Cmix", 3, 1, 2],
      ["Delta", 4, 2, 0],
    ]);
    expect(s.groups![1].label).toBe("ACME: 2 lines to chase");
    expect(s.groups![0].label).toBe("Beta: 1 line to chase");
    expect(table(model, "heldBack").rows).toEqual([]);
  });

  it("shows the last chase and its outcome from the chase log, and the delay reason", () => {
    const s = table(model, "toChase");
    const d3 = s.rows[5];
    expect(d3[columnIndex(s, "lastChase")]).toBe(NOV(18));
    expect(d3[columnIndex(s, "lastOutcome")]).toBe("Confirmed");
    expect(s.rows[0][columnIndex(s, "delayReason")]).toBe("Supplier capacity");
    expect(s.rows[2][columnIndex(s, "item")]).toBe("BRK-2");
    expect(s.rows[0][columnIndex(s, "lastChase")]).toBeNull();
    expect(s.columns.find((c) => c.key === "openValue")).toMatchObject({ type: "money", currencyKey: "currency" });
    expect(s.columns.find((c) => c.key === "due")!.type).toBe("date");
  });

  describe("a supplier held back by the minimum gap", () => {
    /*
     * The scenario plus a chase of PO-A2 on Thu 19 Nov: Acme's last chase is then 19 Nov, and with a
     * 2-working-day gap its next chase is WORKDAY(Thu 19, 2) = Mon 23 Nov (Fri 20 is day 1).
     *   A2 itself was chased at level 1 → its own next chase is level 2, WORKDAY(17 Nov, 5) = Tue 24: waiting, not held.
     *   A1: level 3 on Tue 24 (as above): waiting, not held.
     *   A3: due since its pre-due reminder (never chased), but held back until Mon 23 Nov.
     */
    const input = scenarioInput();
    const chases = [...input.chases, entry("PO-A2/20", { date: NOV(19), channel: "email", outcome: "noAnswer" })];
    const held = (settings = input.settings) =>
      buildReportModel({ ...input, chases, settings, statuses: evaluateRegister(input.register.lines, chases, settings, AS_OF) });

    it("is listed apart, with its next chase date and the supplier's last chase, never dropped", () => {
      const m = held();
      expect(column(table(m, "toChase"), "poNumber")).toEqual(["PO-B1", "PO-C1", "PO-D1", "PO-D3"]);
      const s = table(m, "heldBack");
      expect(s.title).toBe("Held back: supplier chased recently");
      expect(column(s, "poNumber")).toEqual(["PO-A3"]);
      expect(column(s, "supplierLastChase")).toEqual([NOV(19)]);
      expect(column(s, "nextChase")).toEqual([NOV(23)]);
      expect(column(s, "action")).toEqual(["Urgent"]);
      expect(s.groups!.map((g) => g.label)).toEqual(["ACME: 1 line held back, next chase on 2026-11-23 (supplier last chased 2026-11-19)"]);
      expect(s.groups![0].facts).toMatchObject({ heldBackUntil: NOV(23), supplierLastChase: NOV(19) });
    });

    it("a holiday on Mon 23 Nov moves the next chase to Tue 24 (WORKDAY(19 Nov, 2) skips it)", () => {
      const m = held({ ...input.settings, holidays: [NOV(23)] });
      expect(column(table(m, "heldBack"), "nextChase")).toEqual([NOV(24)]);
    });

    it("speaks Chinese and Japanese", () => {
      const statuses = evaluateRegister(input.register.lines, chases, input.settings, AS_OF);
      const zh = buildReportModel({ ...scenarioInput("zh-CN"), chases, statuses });
      expect(table(zh, "heldBack").groups![0].label).toBe("ACME：1 行暂缓，下次跟催 2026-11-23（该供应商上次跟催 2026-11-19）");
      const ja = buildReportModel({ ...scenarioInput("ja"), chases, statuses });
      expect(table(ja, "heldBack").groups![0].label).toBe("ACME：保留中の明細 1 件、次回督促 2026-11-23（仕入先への前回督促 2026-11-19）");
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
    expect(s.emptyText).toBe("Nothing to chase today.");
    expect(table(m, "heldBack").emptyText).toBe("No supplier is held back by the minimum gap between chases.");
    expect(table(m, "ageing").rows).toEqual([]);
    expect(table(m, "chasesByChannel").rows).toEqual([]);
  });
});
