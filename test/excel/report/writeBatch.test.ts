import { WriteBatch } from "../../../src/excel/report/writeBatch";
import { InMemoryWorkbook, asExcelContext, createContext } from "../../../in-memory-excel";

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
