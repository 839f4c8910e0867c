/**
 * The KPI sheet's cells from column P on, as the side blocks' decision reads them (src/excel/report/renderKpiSheet.ts):
 * the cells read are bounded, and a cell beyond them where the sheet has something is never taken for free.
 */
import { sideCellValue } from "../../../src/excel/report/renderKpiSheet";
import { decideSideBlock, type KpiSideBlockPlan } from "../../../src/report/layout/kpiSideLayout";

// Read: P1 (row 0, column 15) and the two cells under it; the sheet's used cells reach down to row 5,000, columns P–R.
const side = {
  used: { row: 0, col: 15, values: [["Ageing of open lines"], [""], ["my note"]] },
  extent: { row: 0, col: 15, rows: 5_000, cols: 3 },
};

test("within the part read: the value read (undefined or \"\" where empty)", () => {
  const value = sideCellValue(side);
  expect([value(0, 15), value(1, 15), value(2, 15), value(3, 15)]).toEqual(["Ageing of open lines", "", "my note", undefined]);
});

test("outside the sheet's used cells: empty, read or not", () => {
  const value = sideCellValue(side);
  expect([value(0, 18), value(5_000, 15), value(20_000, 40)]).toEqual(["", "", ""]);
  expect(sideCellValue({ used: null, extent: null })(1_500, 15)).toBe("");
});

test("beyond the part read, where the sheet has something: not free, so a block reaching it is left alone", () => {
  const value = sideCellValue(side);
  const unread = value(1_500, 16);
  expect(unread).not.toBe("");
  expect(unread).not.toBeUndefined();
  // A scorecard of 1,600 rows from P11 would reach the unread cells: left alone, the first of them named.
  const plan = {
    tableName: "KpiScorecard",
    sheet: "KPI",
    title: "Supplier scorecard",
    lang: "en",
    heading: { row: 10, col: 15 },
    area: { row: 10, col: 15, rows: 1_600, cols: 3 },
  } as KpiSideBlockPlan;
  const decision = decideSideBlock(plan, { table: null, value });
  expect(decision).toMatchObject({ write: false, reason: "occupied", cell: { row: 1_000, col: 15 } });
});
