import { excelValues } from "../../../src/excel/report/excelValues";
import { InMemoryWorkbook, asExcelContext, createContext } from "../../../in-memory-excel";

test("text Excel would reinterpret is guarded; null, numbers and plain text pass unchanged", () => {
  expect(excelValues([["=SUM(A1)", "0045", "Acme", 12, null, true]])).toEqual([["'=SUM(A1)", "'0045", "Acme", 12, null, true]]);
});

test("guarded layout text lands in Excel as the same text, not a formula or a number", async () => {
  const workbook = InMemoryWorkbook.withSheets({ S: [] });
  const context = asExcelContext(createContext(workbook));
  context.workbook.worksheets.getItem("S").getRange("A1:C1").values = excelValues([["=SUM(B1)", "0045", "'quoted"]]);
  await context.sync();
  expect(workbook.valuesAt("S", "A1:C1")).toEqual([["=SUM(B1)", "0045", "'quoted"]]);
});
