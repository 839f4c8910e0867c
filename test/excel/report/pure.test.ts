import { placeHistoryRow } from "../../../src/excel/report/renderKpiSheet";
import { reportTableName, textWidth } from "../../../src/excel/report/reportLayout";
import { WriteBatch } from "../../../src/excel/report/writeBatch";
import { InMemoryWorkbook, asExcelContext, createContext } from "../../in-memory-excel";

test("history row: same label replaced (case and spaces ignored), Excel's blank first row reused, else appended", () => {
  const rows = [["2026-W46", 46335], [" 2026-w47 ", 46342]];
  expect(placeHistoryRow(rows, "2026-W47")).toEqual({ index: 1, kind: "replace" });
  expect(placeHistoryRow(rows, "2026-W48")).toEqual({ index: 2, kind: "append" });
  expect(placeHistoryRow([["", ""]], "2026-W48")).toEqual({ index: 0, kind: "blank" });
});

test("table names: per period and section, suffixed when taken elsewhere", () => {
  expect(reportTableName("2026-W47", "toChase")).toBe("FU_2026W47_ToChase");
  expect(reportTableName("2026-11", "scorecard", new Set(["fu_202611_scorecard"]))).toBe("FU_202611_Scorecard_2");
});

test("CJK text counts double width", () => {
  expect(textWidth("宁波海天")).toBe(8);
  expect(textWidth("Acme")).toBe(4);
});

test("a block over the budget is written in row slices, each request within the budget", async () => {
  const workbook = InMemoryWorkbook.withSheets({ S: [] });
  const fake = createContext(workbook);
  const context = asExcelContext(fake);
  const values = Array.from({ length: 1000 }, (_, i) => [`row ${i}`, i]);
  const formats = values.map(() => ["General", "#,##0"]);
  const batch = new WriteBatch(context, 8_000); // ≈ 27 bytes per row → ~150 rows per 4,000-byte slice
  await batch.block((offset, rows) => context.workbook.worksheets.getItem("S").getRangeByIndexes(offset, 0, rows, 2), values, formats);
  await batch.flush();
  expect(batch.report.syncs).toBeGreaterThan(1);
  expect(Math.max(...fake.syncLog.map((s) => s.requestBytes))).toBeLessThanOrEqual(8_000 * 1.1);
  expect(workbook.valuesAt("S", "A1000:B1000")).toEqual([["row 999", 999]]);
  expect(workbook.cellAt("S", "B1000")?.numberFormat).toBe("#,##0");
});
