/** Totals, subtotals and footers under a register are left out with one note, never a problem (issue 18). */
import { totalsAndFooters } from "../../src/register/totalsRows";
import { runPipeline } from "../../src/pipeline";
import { registerSources } from "../fixtures/sources";
import { describeIssue } from "../../src/register/describeIssue";

const COLUMNS = { poNumber: 0, supplier: 1, orderedQty: 3 };
const HEADER = ["PO number", "Supplier", "Promised date", "Ordered qty"];

describe("totalsAndFooters", () => {
  test.each([
    ["Total in the PO column", ["Total", "", "", 30]],
    ["Grand total", ["Grand total:", "", "", 30]],
    ["合计 in the supplier column", ["", "合计", "", 30]],
    ["合計 (ja)", ["合計", "", "", 30]],
    ["小計 with a colon", ["小計：", "", "", 30]],
    ["Subtotal", ["Sub-total", "", "", 30]],
    ["a row that only sums the quantity above (10 + 20 = 30)", ["", "", "", 30]],
  ])("%s", (_case, row) => {
    expect(totalsAndFooters([HEADER, ["P1", "Acme", 46346, 10], ["P2", "Acme", 46346, 20], row], COLUMNS)).toEqual([3]);
  });

  test.each([
    ["a real line of supplier 'Total Logistics'", ["P3", "Total Logistics", 46346, 5]],
    ["a line without PO whose quantity is not the sum (10 + 20 ≠ 31)", ["", "Acme", 46346, 31]],
    ["a lone text that is not near the end", ["Note: prices in USD", "", "", ""]],
  ])("not a total: %s", (_case, row) => {
    const values = [
      HEADER,
      ["P1", "Acme", 46346, 10],
      ["P2", "Acme", 46346, 20],
      row,
      ["P4", "Bolt", 46346, 1],
      ["P5", "Bolt", 46346, 1],
      ["P6", "Bolt", 46346, 1],
    ];
    expect(totalsAndFooters(values, COLUMNS)).toEqual([]);
  });

  test("subtotals per supplier and a footer: each found, the running sum restarting after each", () => {
    const values = [
      HEADER,
      ["P1", "Acme", 46346, 10],
      ["P2", "Acme", 46346, 20],
      ["", "", "", 30], // 10 + 20
      ["P3", "Bolt", 46346, 1],
      ["P4", "Bolt", 46346, 2],
      ["Subtotal Bolt", "", "", 3],
      ["Prepared by Li Wei"],
    ];
    expect(totalsAndFooters(values, COLUMNS)).toEqual([3, 6, 7]);
  });
});

test("the pipeline leaves them out: no '(no supplier)' line, no problem, one note in each language", () => {
  const sources = registerSources([["Open orders"], HEADER, ["P1", "Acme", 46346, 10], ["P2", "Acme", 46346, 20], ["合计", "", "", 30]], {
    sheet: "POs",
  });
  const model = runPipeline(sources, { asOf: 46346 });
  expect(model.parsed?.lines.map((l) => l.poNumber)).toEqual(["P1", "P2"]);
  expect(model.parsed?.issues).toEqual([]);
  // Header on sheet row 2; the total is the 3rd row under it: sheet row 5.
  expect(model.notes.map((n) => [n.code, `${n.sheet}!${n.column}${n.row}`])).toEqual([["totalsLeftOut", "POs!A5"]]);
  expect(describeIssue(model.notes[0], "en")).toBe("POs!A5: 1 total, subtotal or footer row is not a PO line and was left out (row 5).");
  expect(describeIssue(model.notes[0], "zh-CN")).toContain("已略过");
  expect(describeIssue(model.notes[0], "ja")).toContain("読み飛ばしました");
});
