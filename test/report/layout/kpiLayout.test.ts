import { fitRow, kpiHeadlinePlan, kpiHistoryRowPlan, placeHistoryRow } from "../../../src/report/layout/kpiLayout";
import { buildKpiSheetModel } from "../../../src/report/kpiSheet";
import { NOV, scenarioInput } from "../fixtures";

test("history row: same label replaced (case and spaces ignored), Excel's blank first row reused, else appended", () => {
  const rows = [["2026-W46", 46335], [" 2026-w47 ", 46342]];
  expect(placeHistoryRow(rows, "2026-W47")).toEqual({ index: 1, kind: "replace" });
  expect(placeHistoryRow(rows, "2026-W48")).toEqual({ index: 2, kind: "append" });
  expect(placeHistoryRow([["", ""]], "2026-W48")).toEqual({ index: 0, kind: "blank" });
});

test("fitRow pads a row to the table's width or cuts it", () => {
  expect(fitRow([1, 2], 4, null)).toEqual([1, 2, null, null]);
  expect(fitRow([1, 2, 3], 2, null)).toEqual([1, 2]);
});

describe("kpiHeadlinePlan", () => {
  const model = buildKpiSheetModel(scenarioInput());
  const plan = kpiHeadlinePlan(model, "1904");

  it("covers A1:D27; cells the model leaves out are left alone (null), except rows 17–26 and A27, emptied", () => {
    expect(plan.values).toHaveLength(27);
    expect(plan.values.every((row) => row.length === 4)).toBe(true);
    expect(plan.values[5][2]).toBeNull(); // C6: between the header and the measures, never written
    // The scenario lists two currencies (rows 17 and 18): row 19 onwards is emptied.
    expect(plan.values[18]).toEqual(["", "", "", ""]);
    expect(plan.values[26]).toEqual(["", null, null, null]); // A27 only
  });

  it("writes the model's cells with their formats, dates in the workbook's date system", () => {
    expect(plan.values[4][1]).toBe(NOV(20) - 1462); // B5 as of, in a 1904 workbook
    expect(plan.formats[4][1]).toBe("yyyy-mm-dd");
    expect(plan.values[7][3]).toBeCloseTo(1 / 3 - 1 / 4); // D8 OTD change, in points
    expect(plan.formats[7][3]).toBe("+0.0%;-0.0%;0.0%");
    expect(plan.formats[0][0]).toBe("General"); // the title
  });

  it("bolds titles, labels and headers, not values", () => {
    expect(plan.bold).toContainEqual({ row: 0, col: 0 }); // A1 title
    expect(plan.bold).toContainEqual({ row: 6, col: 3 }); // D7 "Change" header
    expect(plan.bold).not.toContainEqual({ row: 7, col: 1 }); // B8 OTD value
  });
});

test("history row: header, values and formats aligned with the table's columns", () => {
  const model = buildKpiSheetModel(scenarioInput());
  const plan = kpiHistoryRowPlan(model, "1900");
  expect(plan.header).toHaveLength(model.history.columns.length);
  expect(plan.values[0]).toBe("2026-W47");
  expect(plan.formats[1]).toBe("yyyy-mm-dd"); // start of the period
});
