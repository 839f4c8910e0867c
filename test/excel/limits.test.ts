/**
 * The add-in stays within the limits the in-memory Excel enforces (in-memory-excel/limits.ts): reads chunked by
 * cell count, the register table checked against defined names, long dropdown lists from a range, every text
 * Excel would reinterpret written with the apostrophe guard.
 */
import { InMemoryWorkbook, asExcelContext, createContext, defineName, sheetFingerprint } from "../../in-memory-excel";
import { MAX_CELLS_PER_READ, planChunks } from "../../src/excel/chunks";
import { readBlocks } from "../../src/excel/blockReader";
import { createTemplate, LISTS_SHEET_NAME } from "../../src/excel/createTemplate";
import { cellInput, needsTextGuard } from "../../src/excel/cellInput";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

describe("reads stay under 5,000,000 cells per range", () => {
  test("planChunks caps rows × columns", () => {
    // 100,001 rows × 60 columns: 5,000,000 / 60 = 83,333.3 → 83,333 rows per chunk; 100,001 / 83,333 → 2 chunks.
    expect(planChunks(100_001, 300, Number.POSITIVE_INFINITY, 100_001, 60)).toMatchObject({ rowsPerChunk: 83_333, chunks: 2 });
    // 13 columns: 5,000,000 / 13 = 384,615 rows, above the 100,001-row cap, which stays the limit.
    expect(planChunks(100_001, 300, Number.POSITIVE_INFINITY, 100_001, 13)).toMatchObject({ rowsPerChunk: 100_001, chunks: 1 });
    expect(MAX_CELLS_PER_READ).toBe(5_000_000);
  });

  test("a 100,001-row × 51-column register reads without RangeExceedsLimit (one read would be 5,100,051 cells)", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [Array.from({ length: 51 }, (_, c) => `H${c}`)] });
    workbook.seed("S", "A100001", [Array.from({ length: 51 }, (_, c) => c)]);
    const context = asExcelContext(createContext(workbook));
    const block = { sheet: "S", rowIndex: 0, columnIndex: 0, rowCount: 100_001, columnCount: 51 };
    const { data, report } = await readBlocks(context, [{ block, bytesPerRow: 160 }]);
    // 5,000,000 / 51 = 98,039 rows per read → 2 ranges (98,039 + 1,962 rows); the limit is per range, so both
    // ride one sync (98,039 + 1,962 = 100,001 rows, within the row cap).
    expect(report.syncs).toBe(1);
    expect(workbook.syncLog[0].actions).toBe(2);
    expect(data[0].values.length).toBe(100_001);
    expect(data[0].values[100_000][50]).toBe(50);
  }, 60_000);
});

describe("createTemplate within Excel's namespaces and list limits", () => {
  test("a defined name `Register` refuses the register part and writes nothing of it", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [["keep"]] });
    defineName(workbook, "Register", "Sheet1!$A$1");
    const before = workbook.sheets.map((s) => s.name);
    const result = await createTemplate(asExcelContext(createContext(workbook)), { parts: ["register"] });
    expect(result.refused).toEqual([{ part: "register", reason: "nameExists", name: "Register" }]);
    expect(result.created).toEqual([]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(before);
    expect(sheetFingerprint(workbook, "Sheet1")).toContain("keep");
  });

  test("a delay-reason list longer than 255 characters comes from a range on the Lists sheet", async () => {
    // 30 reasons "Reason 01" … "Reason 30": 30 × 9 characters + 29 commas = 299 > 255.
    const delayReasons = Array.from({ length: 30 }, (_, i) => ({
      code: `Reason ${String(i + 1).padStart(2, "0")}`,
      group: "supplier" as const,
    }));
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const result = await createTemplate(asExcelContext(createContext(workbook)), {
      settings: { ...DEFAULT_SETTINGS, delayReasons },
      parts: ["register"],
    });
    expect(result.created).toEqual(["register"]);
    const sources = workbook.requireSheet("Register").dataValidations.map((v) => (v.rule.list as { source: string }).source);
    expect(sources).toContain(`='${LISTS_SHEET_NAME}'!$A$1:$A$30`);
    expect(sources.every((s) => s.startsWith("=") || s.length <= 255)).toBe(true);
    expect(workbook.valuesAt(LISTS_SHEET_NAME, "A1:A2")).toEqual([["Reason 01"], ["Reason 02"]]);
  });

  test("the default delay-reason list stays typed (no Lists sheet)", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    await createTemplate(asExcelContext(createContext(workbook)), { parts: ["register"] });
    expect(workbook.findSheet(LISTS_SHEET_NAME)).toBeUndefined();
  });
});

describe("text Excel would reinterpret is guarded", () => {
  const reinterpreted = [
    "$1,200",
    "¥3,000",
    "(5)",
    "1 1/2",
    "3/4",
    "Jan 5",
    "5 Jan",
    "March 3, 2026",
    "#N/A",
    "#DIV/0!",
    "=A1",
    "+49 30",
    "-x",
    "@x",
  ];
  const plain = ["Acme (5 pcs)", "Junction 5", "Mayfair 3", "PO 4500001", "Jan", "N/A", "#1 supplier"];

  test.each(reinterpreted)("%s is guarded", (text) => expect(needsTextGuard(text)).toBe(true));
  test.each(plain)("%s is plain text", (text) => expect(needsTextGuard(text)).toBe(false));

  test("guarded text lands in the (limit-enforcing) fake as the same text", async () => {
    const workbook = InMemoryWorkbook.withSheets({ S: [] });
    const context = asExcelContext(createContext(workbook));
    const texts = [...reinterpreted, ...plain];
    context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, texts.length).values = [texts.map((t) => cellInput(t))];
    await context.sync();
    expect(workbook.valuesAt("S", `A1:${String.fromCharCode(64 + texts.length)}1`)).toEqual([texts]);
  });
});
