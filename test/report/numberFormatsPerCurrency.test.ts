/**
 * Issue 16 point 8: money in its currency's minor units (JPY 0, USD 2, KWD 3), quantities and days as
 * integers unless the data has fractions, in the report sheet, the KPI sheet and the copied summary.
 */
import type { PoLine } from "../../src/model";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { buildReportModel } from "../../src/report/buildReportModel";
import { buildKpiSheetModel } from "../../src/report/kpiSheet";
import { columnIndex, findSection, type TableSection } from "../../src/report/model";
import { layoutReport } from "../../src/report/layout/reportLayout";
import { kpiHeadlinePlan } from "../../src/report/layout/kpiLayout";
import { reportSummaryText } from "../../src/report/summary";
import type { ReportInput } from "../../src/report/reportInput";
import { NOV, poLine, scenarioInput } from "./fixtures";

/**
 * Three late lines at Fri 20 Nov (promised Mon 16 Nov, in the week: 20 − 16 = 4 days late), one per currency:
 * - JPY: 500 open × ¥15,488 = ¥7,744,000
 * - KWD: 3 open × 1.25 KWD = 3.750 KWD
 * - USD: 40 open × $2.50 = $100.00
 */
function linesIn(extra: Partial<PoLine> = {}): PoLine[] {
  return [
    poLine("PO-J1/1", { supplier: "Nihon", promisedDate: NOV(16), orderedQty: 500, unitPrice: 15488, currency: "JPY", ...extra }),
    poLine("PO-K1/1", { supplier: "Gulf", promisedDate: NOV(16), orderedQty: 3, unitPrice: 1.25, currency: "KWD" }),
    poLine("PO-U1/1", { supplier: "Acme", promisedDate: NOV(16), orderedQty: 40, unitPrice: 2.5, currency: "USD" }),
  ].map((line, i) => ({ ...line, index: i, sheetRow: i + 2 }));
}

function inputOf(lines: PoLine[]): ReportInput {
  const statuses = evaluateRegister(lines, [], DEFAULT_SETTINGS, NOV(20));
  return scenarioInput("en", { register: { name: "Register", lines }, statuses, chases: [], history: [] });
}

/** The to-chase table's data rows as the sheet gets them: value and number format per column key. */
function toChaseCells(input: ReportInput) {
  const model = buildReportModel(input);
  const section = findSection(model, "toChase", "table") as TableSection;
  const layout = layoutReport(model, { dateSystem: "1900", statusLine: "" });
  const table = layout.tables.find((t) => t.sectionId === "toChase");
  const block = layout.blocks.find((b) => b.row === table?.row && b.col === table?.col);
  if (!block) throw new Error("no to-chase table");
  const at = (key: string) => columnIndex(section, key);
  return block.values.slice(1).map((row, r) => ({
    po: row[at("poNumber")],
    openValue: { value: row[at("openValue")], format: block.formats[r + 1][at("openValue")] },
    openQty: { value: row[at("openQty")], format: block.formats[r + 1][at("openQty")] },
    daysLate: { value: row[at("daysLate")], format: block.formats[r + 1][at("daysLate")] },
  }));
}

describe("report sheet", () => {
  it("formats each open value with its own currency's decimals, whole quantities and days without decimals", () => {
    const rows = toChaseCells(inputOf(linesIn()));
    const byPo = new Map(rows.map((r) => [r.po, r]));
    expect(byPo.get("PO-J1")?.openValue).toEqual({ value: 7744000, format: "#,##0" });
    expect(byPo.get("PO-K1")?.openValue).toEqual({ value: 3.75, format: "#,##0.000" });
    expect(byPo.get("PO-U1")?.openValue).toEqual({ value: 100, format: "#,##0.00" });
    expect(byPo.get("PO-J1")?.openQty).toEqual({ value: 500, format: "#,##0" });
    expect(byPo.get("PO-J1")?.daysLate).toEqual({ value: 4, format: "#,##0" });
  });

  it("a table with one column per currency (ageing): each column in its currency's decimals", () => {
    const model = buildReportModel(inputOf(linesIn()));
    const section = findSection(model, "ageing", "table") as TableSection;
    const layout = layoutReport(model, { dateSystem: "1900", statusLine: "" });
    const table = layout.tables.find((t) => t.sectionId === "ageing");
    const block = layout.blocks.find((b) => b.row === table?.row && b.col === table?.col);
    const formatOf = (key: string) => block?.formats[1][columnIndex(section, key)];
    expect([formatOf("value:JPY"), formatOf("value:KWD"), formatOf("value:USD")]).toEqual(["#,##0", "#,##0.000", "#,##0.00"]);
  });

  it("shows the decimals a fractional quantity needs, in the whole column", () => {
    // 12.5 kg ordered, nothing received: 12.5 open → one decimal for every row of the column.
    const rows = toChaseCells(inputOf(linesIn({ orderedQty: 12.5 })));
    expect(rows.map((r) => r.openQty.format)).toEqual(["#,##0.0", "#,##0.0", "#,##0.0"]);
  });
});

describe("KPI sheet", () => {
  const plan = kpiHeadlinePlan(buildKpiSheetModel(inputOf(linesIn())), "1900");
  it("past-due value per currency (rows 17–19, sorted by code) in that currency's decimals", () => {
    expect(plan.values[16].slice(0, 2)).toEqual(["JPY", 7744000]);
    expect(plan.formats[16][1]).toBe("#,##0");
    expect(plan.values[17].slice(0, 2)).toEqual(["KWD", 3.75]);
    expect(plan.formats[17][1]).toBe("#,##0.000");
    expect(plan.values[18].slice(0, 2)).toEqual(["USD", 100]);
    expect(plan.formats[18][1]).toBe("#,##0.00");
  });
  it("average days late without decimals when it is whole: (4 + 4 + 4) / 3 = 4", () => {
    expect(plan.values[11][1]).toBe(4); // B12
    expect(plan.formats[11][1]).toBe("#,##0");
  });
});

test("KPI sheet: one number of decimals across a measure's row", () => {
  // Average days late 2.5 this period, 10 before: change 2.5 − 10 = −7.5; all three with one decimal.
  const model = buildKpiSheetModel(inputOf(linesIn()));
  const row12 = [
    { address: "B12", value: 2.5, type: "days" as const, role: "value" as const },
    { address: "C12", value: 10, type: "days" as const, role: "value" as const },
    { address: "D12", value: -7.5, type: "days" as const, role: "value" as const, signed: true },
  ];
  const plan = kpiHeadlinePlan({ ...model, cells: row12 }, "1900");
  expect(plan.formats[11].slice(1)).toEqual(["#,##0.0", "#,##0.0", "+#,##0.0;-#,##0.0;0.0"]);
});

describe("copied summary (plain text)", () => {
  const text = reportSummaryText(buildReportModel(inputOf(linesIn())));
  it("writes yen without decimals and dinars with three", () => {
    expect(text).toContain("- Past-due value (JPY): JPY 7,744,000 (");
    expect(text).toContain("- Past-due value (KWD): KWD 3.750 (");
    expect(text).not.toContain("7,744,000.00");
  });
  it("labels every field, so an empty one shows as empty and each date says what it is", () => {
    const row = text.split("\n").find((l) => l.includes("PO-J1")) ?? "";
    expect(row).toContain("PO number: PO-J1");
    expect(row).toContain("Days late: 4");
    expect(row).toContain("Open qty: 500");
    expect(row).toContain("Open value: JPY 7,744,000");
    expect(row).toContain("Last chase: —"); // never chased: shown empty, not left out
  });
});
