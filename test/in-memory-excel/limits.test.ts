/** Documented Excel limits the fake enforces (in-memory-excel/limits.ts cites each page). */
import { InMemoryWorkbook, asExcelContext, createContext, defineName } from "../../in-memory-excel";

function open(workbook: InMemoryWorkbook) {
  return asExcelContext(createContext(workbook));
}

describe("limits the fake enforces", () => {
  test("a range read above 5,000,000 cells fails with RangeExceedsLimit; reading 5,000,000 does not", async () => {
    const context = open(InMemoryWorkbook.withSheets({ S: [["a"]] }));
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRangeByIndexes(0, 0, 1_000, 5_001).load("values"); // 1,000 × 5,001 = 5,001,000 cells
    await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    const ok = sheet.getRangeByIndexes(0, 0, 1_000, 5_000).load("values"); // 1,000 × 5,000 = 5,000,000 cells
    await context.sync();
    expect(ok.values.length).toBe(1_000);
  });

  test("a typed list validation above 255 characters fails; 255 characters or a range reference pass", async () => {
    const context = open(InMemoryWorkbook.withSheets({ S: [] }));
    const range = context.workbook.worksheets.getItem("S").getRange("A1:A5");
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "x".repeat(255) } };
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "=Lists!$A$1:$A$40" } };
    await context.sync();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: "x".repeat(256) } };
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("tables and defined names share one namespace", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [["PO"], ["P1"]] });
    defineName(workbook, "Register", "S!$A$1");
    const context = open(workbook);
    const sheet = context.workbook.worksheets.getItem("S");
    const table = sheet.tables.add("A1:A2", true);
    table.name = "register"; // names are case-insensitive
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });

    workbook.seedTable("S", "C1:C2", "Chases");
    context.workbook.names.add("Chases", sheet.getRange("A1"));
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  test("text Excel reinterprets on write becomes a number, date or error; the apostrophe keeps it text", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    const context = open(workbook);
    const inputs = ["$1,200", "(5)", "1 1/2", "#N/A", "'$1,200", "'(5)", "'1 1/2", "'#N/A", "Acme (5 pcs)"];
    context.workbook.worksheets.getItem("S").getRange("A1:I1").values = [inputs];
    await context.sync();
    // $1,200 → 1200; (5) → -5; 1 1/2 → 1 + 1/2 = 1.5; #N/A → the error; apostrophes → the text as typed.
    expect(workbook.valuesAt("S", "A1:I1")).toEqual([[1200, -5, 1.5, "#N/A", "$1,200", "(5)", "1 1/2", "#N/A", "Acme (5 pcs)"]]);
    expect(workbook.cellAt("S", "D1")?.quotePrefix).toBeUndefined();
  });

  test("'Jan 5' becomes 5 January of this year (a serial), not text", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    const context = open(workbook);
    context.workbook.worksheets.getItem("S").getRange("A1").values = [["Jan 5"]];
    await context.sync();
    // serial = days since 1970-01-01 + 25,569 (1900 system)
    const year = new Date().getUTCFullYear();
    expect(workbook.valuesAt("S", "A1")).toEqual([[Date.UTC(year, 0, 5) / 86_400_000 + 25_569]]);
  });
});
