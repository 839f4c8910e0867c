/**
 * Money with no price is "no data", never 0 (issue 18, DESIGN.md "Core definitions"): the past-due
 * value in the report's headline, the KPI sheet (B17) and the summaries. Other money figures were
 * audited and already show an empty cell, never 0, for a line or bucket without a price (asserted
 * below so they stay that way).
 *
 * asOf Friday 2026-11-20 (fixtures.ts). Each line: ordered 100, nothing received, so open qty = 100.
 *   late    promised 2026-11-10: 10 days past due (20 − 10), past due
 *   notDue  promised 2026-11-25: not due yet
 */
import { buildReportModel } from "../../src/report/buildReportModel";
import { buildKpiSheetModel } from "../../src/report/kpiSheet";
import { reportSummaryHtml, reportSummaryText } from "../../src/report/summary";
import { findSection, NO_DATA, type ComparisonItem } from "../../src/report/model";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { PoLine } from "../../src/model";
import type { Lang } from "../../src/i18n/i18n";
import type { ReportInput } from "../../src/report/reportInput";
import { AS_OF, NOV, poLine, WEEK } from "./fixtures";

const late = (fields: Partial<PoLine> = {}) => poLine("PO-L/1", { promisedDate: NOV(10), ...fields });
const notDue = (fields: Partial<PoLine> = {}) => poLine("PO-N/1", { promisedDate: NOV(25), ...fields });
const USD10 = { unitPrice: 10, currency: "USD" };

function input(lines: PoLine[], lang: Lang = "en"): ReportInput {
  const numbered = lines.map((l, i) => ({ ...l, index: i, sheetRow: i + 2 }));
  return {
    register: { name: "Register", lines: numbered },
    statuses: evaluateRegister(numbered, [], DEFAULT_SETTINGS, AS_OF),
    chases: [],
    settings: DEFAULT_SETTINGS,
    asOf: AS_OF,
    period: WEEK,
    generatedAt: "2026-11-20T17:05:00+08:00",
    lang,
    history: [],
  };
}

const pastDueItems = (lines: PoLine[]): ComparisonItem[] =>
  findSection(buildReportModel(input(lines)), "headline", "comparison")!.items.filter((i) => i.type === "money");

describe("headline past-due value", () => {
  test.each([
    // case, lines, [key, current] per money row; before issue 18 every "no data" here was 0
    ["no price anywhere, one line past due: no data (was 0)", [late()], [["pastDue", NO_DATA]]],
    ["no price anywhere, nothing past due: no data (was 0)", [notDue()], [["pastDue", NO_DATA]]],
    ["past-due line without a price, a priced line not due: no data (was 0)", [late(), notDue(USD10)], [["pastDue", NO_DATA]]],
    ["nothing past due, open lines priced: 0, a sum over no line", [notDue(USD10)], [["pastDue", 0]]],
    ["past due and priced: 100 × 10 = USD 1000", [late(USD10), notDue(USD10)], [["pastDue:USD", 1000]]],
    // a price without a currency is a figure, kept under "" ("(no currency)"): 100 × 2.5 = 250
    ["past due, priced, no currency: 250", [late({ unitPrice: 2.5 })], [["pastDue:", 250]]],
    [
      "nothing open at all (received): no data (was 0)",
      [late({ ...USD10, receivedQty: 100, receivedDate: NOV(10) })],
      [["pastDue", NO_DATA]],
    ],
  ] as const)("%s", (_case, lines, expected) => {
    const items = pastDueItems([...lines]);
    expect(items.map((i) => [i.key, i.current])).toEqual(expected);
    for (const i of items) expect([i.previous, i.change]).toEqual([NO_DATA, NO_DATA]); // no history of money
  });
});

describe("KPI sheet B17 and the summaries say no data, never 0", () => {
  const noPrice = input([late(), notDue()]);

  test("KPI sheet: A17 names the row, B17–D17 are no data", () => {
    const cells = buildKpiSheetModel(noPrice).cells;
    const at = (address: string) => cells.find((c) => c.address === address)?.value;
    expect([at("A17"), at("B17"), at("C17"), at("D17")]).toEqual(["(no currency)", NO_DATA, NO_DATA, NO_DATA]);
    expect(at("B11")).toBe(1); // lines overdue: the late line
    expect(at("B14")).toBe(2); // open lines: both
  });

  test.each([
    ["en", "- Past-due value: no data (Previous period: no data; Change: no data)"],
    ["zh-CN", "- 逾期金额: 无数据 (上期: 无数据; 变化: 无数据)"],
    ["ja", "- 遅延金額: データなし (前期: データなし; 増減: データなし)"],
  ] as const)("plain-text summary (%s)", (lang, line) => {
    const text = reportSummaryText(buildReportModel(input([late(), notDue()], lang)));
    expect(text.split("\n")).toContain(line);
  });

  test("HTML summary: the past-due row shows no data, and no 0.00 anywhere", () => {
    const html = reportSummaryHtml(buildReportModel(noPrice));
    expect(html).toMatch(/Past-due value<\/td><td[^>]*>no data<\/td>/);
    expect(html).not.toContain("0.00");
  });
});

describe("audited, already right: a line or bucket without a price is an empty cell, never 0", () => {
  const model = buildReportModel(input([late(), notDue(USD10)]));

  test("to-chase row: open value blank for the unpriced line", () => {
    const toChase = findSection(model, "toChase", "table")!;
    const at = toChase.columns.findIndex((c) => c.key === "openValue");
    // PO-L/1, late, no price: blank. PO-N/1 (promised Wed 25 Nov) is due for its pre-due reminder on
    // WORKDAY(25 Nov, −3) = Fri 20 Nov, so it is to chase too: 100 × 10 = USD 1000.
    expect(toChase.rows.map((r) => r[at])).toEqual([null, 1000]);
  });

  test("ageing: the 8–14 days bucket holds the unpriced late line: its USD cell is empty, not 0", () => {
    // Late line: 20 − 10 = 10 days late → 8–14. Priced line: not due → "Not due" with USD 1000.
    const ageing = findSection(model, "ageing", "table")!;
    const usd = ageing.columns.findIndex((c) => c.key === "value:USD");
    const lines = ageing.columns.findIndex((c) => c.key === "lines");
    expect(ageing.rows.map((r) => [r[lines], r[usd]])).toEqual([
      [1, 1000], // Not due
      [0, null], // 1–7
      [1, null], // 8–14: a line, no price
      [0, null],
      [0, null],
      [0, null],
    ]);
  });

  test("no price anywhere: no money column at all in the ageing and the scorecard", () => {
    const bare = buildReportModel(input([late(), notDue()]));
    expect(findSection(bare, "ageing", "table")!.columns.filter((c) => c.type === "money")).toEqual([]);
    expect(findSection(bare, "scorecard", "table")!.columns.filter((c) => c.type === "money")).toEqual([]);
  });
});
