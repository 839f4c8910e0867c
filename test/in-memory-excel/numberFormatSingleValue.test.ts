/**
 * Range.numberFormat set to one value for a multi-cell range (Office.js, "Update all cells in a range":
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#update-all-cells-in-a-range), and what the
 * fake records about the request: bytes as for any write, SyncRecord.numberFormatCells for the entries sent.
 */
import { InMemoryWorkbook, asExcelContext, createContext } from "../../in-memory-excel";

function open(workbook: InMemoryWorkbook) {
  const fake = createContext(workbook);
  return { fake, context: asExcelContext(fake) };
}

/** The typings declare any[][]; Office.js also takes one value (as src/excel/numberFormats.ts does). */
function setFormat(range: Excel.Range, format: string | (string | null)[][]): void {
  (range as unknown as { numberFormat: typeof format }).numberFormat = format;
}

describe("numberFormat: a single value for a multi-cell range", () => {
  test("applies to every cell of the range and to no other", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    const { context } = open(workbook);
    setFormat(context.workbook.worksheets.getItem("S").getRange("B2:C4"), "0.00");
    await context.sync();
    for (const address of ["B2", "C2", "B3", "C3", "B4", "C4"]) expect(workbook.cellAt("S", address)?.numberFormat).toBe("0.00");
    for (const address of ["A2", "D2", "B1", "B5"]) expect(workbook.cellAt("S", address)?.numberFormat).toBeUndefined();
  });

  test("the request carries one entry, measured like any write; a 2 × 2 array carries four", async () => {
    const { fake, context } = open(InMemoryWorkbook.withSheets({ S: [] }));
    const sheet = context.workbook.worksheets.getItem("S");
    setFormat(sheet.getRange("A1:B2"), "0.00");
    await context.sync();
    // {"numberFormat":"0.00"}: 1 + 14 + 1 + 6 + 1 = 23 bytes
    expect(fake.syncLog[0]).toMatchObject({ requestBytes: 23, numberFormatCells: 1 });

    setFormat(sheet.getRange("A1:B2"), [["0.00", "0.00"], ["0.00", null]]);
    await context.sync();
    // {"numberFormat":[["0.00","0.00"],["0.00",null]]}: 1 + 14 + 1 + (2 + 15 + 1 + 13) + 1 = 48 bytes; null is sent too
    expect(fake.syncLog[1]).toMatchObject({ requestBytes: 48, numberFormatCells: 4 });
  });

  test("entries are counted per sync, also when payload bytes are not measured", async () => {
    const workbook = new InMemoryWorkbook({ measurePayloads: false });
    workbook.addSheet("S");
    const { fake, context } = open(workbook);
    const sheet = context.workbook.worksheets.getItem("S");
    setFormat(sheet.getRange("A1:A1000"), "@");
    setFormat(sheet.getRange("B1:B3"), [["0"], ["0"], ["0"]]);
    sheet.getRange("C1").values = [[1]];
    await context.sync();
    expect(fake.syncLog[0].numberFormatCells).toBe(1 + 3);
    expect(Number.isNaN(fake.syncLog[0].requestBytes)).toBe(true);
    await context.sync();
    expect(fake.syncLog[1].numberFormatCells).toBe(0);
  });
});
