import { readRegister } from "../../src/excel/readRegister";
import { readChaseLog, readRegisterAndLog } from "../../src/excel/readChaseLog";
import { saveSettings, EMPTY_STORED_SETTINGS } from "../../src/excel/settingsStore";
import { createTemplate } from "../../src/excel/createTemplate";
import { parseRegister, type RegisterSource } from "../../src/register/parseRegister";
import type { ExcelRegisterSource } from "../../src/excel/types";
import { InMemoryWorkbook } from "../in-memory-excel";
import { contextFor, registerWorkbook, HEADER } from "./helpers";

// Compile-time check: what src/excel returns is a RegisterSource for the parser.
const asParserInput = (source: ExcelRegisterSource): RegisterSource => source;

describe("readRegister", () => {
  test("reads 100,000 rows: 1 sync to find, 1 to measure, ONE to read header + values + formats", async () => {
    const workbook = registerWorkbook(100_000);
    const { context, fake } = contextFor(workbook);
    const result = await readRegister(context);
    if (!result.ok) throw new Error(result.reason);
    expect(result.report.syncs).toBe(3);
    expect(fake.syncCount).toBe(3);
    const { source } = result;
    expect(source.values).toHaveLength(100_001);
    expect(source.values[0]).toEqual(HEADER);
    expect(source.numberFormats?.[1][3]).toBe("yyyy-mm-dd");
    expect(source).toMatchObject({ sheet: "POs", tableName: "Register", firstRow: 3, firstColumn: 0, dateSystem: "1900", dateOrder: "MDY" });
    // the read sync carried the whole table: about 13 columns × 100,001 rows
    const readSync = fake.syncLog[2];
    expect(readSync.responseBytes).toBeGreaterThan(10_000_000);
    const parsed = parseRegister(asParserInput(source));
    expect(parsed.lines).toHaveLength(100_000);
    expect(parsed.lines[0].sheetRow).toBe(4);
  }, 60_000);

  test("on Excel on the web (5 MB), 100,000 rows are read in chunks under the limit", async () => {
    const workbook = registerWorkbook(100_000, { payloadLimitBytes: 5 * 1024 * 1024 });
    const { context, fake } = contextFor(workbook);
    const result = await readRegister(context, {}, { payloadBudget: 4 * 1024 * 1024 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.source.values).toHaveLength(100_001);
    const readSyncs = fake.syncLog.slice(2);
    expect(readSyncs.every((s) => s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    // ≈ 190 bytes/row (values + formats) × 1.25 margin → ≈ 17,600 rows per 4 MB chunk → 6 chunks
    expect(readSyncs.length).toBeGreaterThanOrEqual(4);
    expect(readSyncs.length).toBeLessThanOrEqual(8);
    expect(result.report.syncs).toBe(2 + readSyncs.length);
  }, 60_000);

  test("uses the table named in the settings before the one named Register", async () => {
    const workbook = registerWorkbook(3);
    workbook.addSheet("Other");
    workbook.seed("Other", "B2", [["PO", "Supplier", "Qty", "Promised"], ["P1", "Acme", 5, 46100]]);
    workbook.seedTable("Other", "B2:E3", "MyPOs");
    const { context } = contextFor(workbook);
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, registerTable: "MyPOs" });
    const result = await readRegister(context);
    expect(result.ok && result.source).toMatchObject({ sheet: "Other", tableName: "MyPOs", firstRow: 2, firstColumn: 1 });
  });

  test("a picked sheet without a table is read through its used range", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Export: [] }, { date1904: true, shortDatePattern: "dd/MM/yyyy" });
    workbook.seed("Export", "C5", [["PO", "Supplier"], ["1", "A"]]);
    const { context } = contextFor(workbook);
    const result = await readRegister(context, { sheetName: "export" });
    expect(result.ok && result.source).toMatchObject({ sheet: "Export", tableName: null, firstRow: 5, firstColumn: 2, dateSystem: "1904", dateOrder: "DMY" });
  });

  test("no register: notFound, without writing anything", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [["x"]] });
    const before = workbook.cellSnapshot();
    const result = await readRegister(contextFor(workbook).context);
    expect(result).toMatchObject({ ok: false, reason: "notFound" });
    expect(workbook.cellSnapshot()).toEqual(before);
  });

  test("register and chase log together take the same 3 syncs", async () => {
    const workbook = registerWorkbook(1000);
    const { context, fake } = contextFor(workbook);
    await createTemplate(context, { parts: ["chaseLog"] });
    const before = fake.syncCount;
    const result = await readRegisterAndLog(context);
    expect(fake.syncCount - before).toBe(3);
    expect(result.ok && result.source.values).toHaveLength(1001);
    expect(result.log?.values).toHaveLength(1); // header only: the template's blank row is dropped
    const alone = await readChaseLog(context);
    expect(alone.report.syncs).toBe(3);
    expect(alone.log?.sheet).toBe("Chase log");
  });
});
