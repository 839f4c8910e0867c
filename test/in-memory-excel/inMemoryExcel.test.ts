import { InMemoryWorkbook, asExcelContext, createContext, installInMemoryExcel, InMemoryExcelError } from "../../in-memory-excel";

function setup() {
  const workbook = InMemoryWorkbook.withSheets({ Data: [["a", "b"], [1, 2]] });
  const fake = createContext(workbook);
  return { workbook, fake, context: asExcelContext(fake) };
}

describe("in-memory Excel enforces Office.js semantics", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", () => {
    const { context } = setup();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("a loaded property is readable only after sync", async () => {
    const { context, fake } = setup();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2").load("values, address");
    expect(() => range.values).toThrow(InMemoryExcelError);
    await context.sync();
    expect(range.values).toEqual([["a", "b"], [1, 2]]);
    expect(range.address).toBe("Data!A1:B2");
    expect(fake.syncCount).toBe(1);
  });

  test("writes are queued and invisible in the document until sync", async () => {
    const { context, workbook } = setup();
    context.workbook.worksheets.getItem("Data").getRange("A2").values = [[42]];
    expect(workbook.valuesAt("Data", "A2")).toEqual([[1]]);
    await context.sync();
    expect(workbook.valuesAt("Data", "A2")).toEqual([[42]]);
  });

  test("values of the wrong shape fail at sync with InvalidArgument", async () => {
    const { context } = setup();
    context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2, 3]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("failNextSync rejects the next sync, applies nothing, and only once", async () => {
    const { context, workbook } = setup();
    workbook.failNextSync(new Error("network down"));
    context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    await expect(context.sync()).rejects.toThrow("network down");
    expect(workbook.valuesAt("Data", "A1")).toEqual([["a"]]);
    await context.sync();
    expect(workbook.syncCount).toBe(2);
  });

  test("getItem of a missing sheet fails at sync; getItemOrNullObject gives a null object", async () => {
    const { context } = setup();
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    context.workbook.worksheets.getItem("Nope").load("name");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("Excel's entry rules: '=' makes a formula, an apostrophe makes text, numeric text a number, '@' format keeps text", async () => {
    const { context, workbook } = setup();
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("C1:C5").values = [["=1+1"], ["'=1+1"], ["0045"], ["-x"], ["plain"]];
    sheet.getRange("D1").numberFormat = [["@"]];
    sheet.getRange("D1").values = [["=SUM(A:A)"]];
    await context.sync();
    expect(workbook.cellAt("Data", "C1")?.formula).toBe("=1+1");
    expect(workbook.cellAt("Data", "C2")).toMatchObject({ value: "=1+1", quotePrefix: true });
    expect(workbook.cellAt("Data", "C2")?.formula).toBeUndefined();
    expect(workbook.cellAt("Data", "C3")?.value).toBe(45);
    expect(workbook.cellAt("Data", "C4")?.formula).toBe("=-x");
    expect(workbook.cellAt("Data", "C5")?.value).toBe("plain");
    expect(workbook.cellAt("Data", "D1")).toMatchObject({ value: "=SUM(A:A)", numberFormat: "@" });
  });

  test("payload of each sync is measured and the web limit can be enforced", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] }, { payloadLimitBytes: 1000 });
    const context = asExcelContext(createContext(workbook));
    context.workbook.worksheets.getItem("S").getRange("A1:A10").values = Array.from({ length: 10 }, () => ["x".repeat(50)]);
    await context.sync();
    // 10 rows of ["xxx…"]: 10 × (50 + 2 quotes + 2 brackets) + 9 commas + 2 brackets = 551 bytes, plus the {"values":} wrapper (11)
    expect(workbook.syncLog[0].requestBytes).toBe(562);
    context.workbook.worksheets.getItem("S").getRange("A1:A30").values = Array.from({ length: 30 }, () => ["x".repeat(50)]);
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("measurePayloads: false skips the byte counts, unless a payload limit needs them", async () => {
    const unmeasured = InMemoryWorkbook.withSheets({ S: [["a"]] }, { measurePayloads: false });
    const context = asExcelContext(createContext(unmeasured));
    const range = context.workbook.worksheets.getItem("S").getRange("A1").load("values");
    await context.sync();
    expect(range.values).toEqual([["a"]]); // the load is still filled
    expect(unmeasured.syncLog[0]).toMatchObject({ requestBytes: NaN, responseBytes: NaN, actions: 1 });

    const limited = InMemoryWorkbook.withSheets({ S: [] }, { measurePayloads: false, payloadLimitBytes: 100 });
    const limitedContext = asExcelContext(createContext(limited));
    limitedContext.workbook.worksheets.getItem("S").getRange("A1:A10").values = Array.from({ length: 10 }, () => ["x".repeat(50)]);
    await expect(limitedContext.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("tables: header-only table gets one blank row; rows.add appends after it and inherits formats", async () => {
    const { context, workbook } = setup();
    const sheet = context.workbook.worksheets.add("Log");
    sheet.getRange("A1:B1").values = [["Date", "Note"]];
    sheet.getRange("A2").numberFormat = [["yyyy-mm-dd"]];
    const table = sheet.tables.add("A1:B1", true);
    table.name = "Chases";
    const body = table.getDataBodyRange().load("address");
    await context.sync();
    expect(body.address).toBe("Log!A2:B2");
    table.rows.add(undefined, [[46000, "hello"]]);
    await context.sync();
    expect(workbook.cellAt("Log", "A3")).toMatchObject({ value: 46000, numberFormat: "yyyy-mm-dd" });
    expect(workbook.findTable("chases")?.dataRows).toBe(2);
  });

  test("settings round-trip as JSON copies", async () => {
    const { context } = setup();
    context.workbook.settings.add("k", { a: [1, 2] });
    await context.sync();
    const item = context.workbook.settings.getItemOrNullObject("k").load("value");
    await context.sync();
    expect(item.value).toEqual({ a: [1, 2] });
  });

  test("events: onCellsWritten fires per write, worksheet.onChanged and onSelectionChanged after sync", async () => {
    const { context, workbook } = setup();
    const written: string[] = [];
    workbook.onCellsWritten((e) => written.push(e.address));
    const changed: string[] = [];
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.onChanged.add(async (args) => void changed.push(args.address));
    let selections = 0;
    context.workbook.onSelectionChanged.add(async () => void selections++);
    sheet.getRange("B2").values = [[7]];
    sheet.getRange("A1").select();
    await context.sync();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(written).toEqual(["Data!B2"]);
    expect(changed).toEqual(["B2"]);
    expect(selections).toBe(1);
  });

  test("installInMemoryExcel provides Excel.run, which syncs what is left at the end", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    const uninstall = installInMemoryExcel(workbook);
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["hi"]];
      });
      expect(workbook.valuesAt("S", "A1")).toEqual([["hi"]]);
      expect(workbook.syncCount).toBe(1);
    } finally {
      uninstall();
    }
  });

  test("DATE through workbook.functions follows the date system", async () => {
    const workbook = new InMemoryWorkbook({ date1904: true });
    const context = asExcelContext(createContext(workbook));
    const result = context.workbook.functions.date(1904, 1, 2).load("value");
    await context.sync();
    expect(result.value).toBe(1);
  });
});

describe("in-memory Excel: tables by name and range intersections", () => {
  test("tables.getItem of a missing table fails the whole sync with ItemNotFound, even through getRange()", async () => {
    const { context } = setup();
    context.workbook.tables.getItem("Register").getRange().load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    // the context stays usable for the next batch
    const data = context.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values");
    await context.sync();
    expect(data.values).toEqual([["a", "b"]]);
  });

  test("getIntersection clips to the overlap; no overlap fails the sync with ItemNotFound", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    workbook.seed("S", "B3", [["h1", "h2"], [1, 2], [3, 4]]);
    workbook.seedTable("S", "B3:C5", "T");
    const context = asExcelContext(createContext(workbook));
    const table = context.workbook.tables.getItem("T").getRange();
    // header row B3:C3 grown by 10 rows is B3:C13; ∩ B3:C5 = B3:C5
    const window = table.getRow(0).getResizedRange(10, 0).getIntersection(table).load(["address", "values"]);
    // header row grown by 1 row is B3:C4, inside the table
    const short = table.getRow(0).getResizedRange(1, 0).getIntersection(table).load("address");
    await context.sync();
    expect(window.address).toBe("S!B3:C5");
    expect(window.values).toEqual([["h1", "h2"], [1, 2], [3, 4]]);
    expect(short.address).toBe("S!B3:C4");
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("E1").getIntersection(sheet.getRange("A1:B2")).load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
