/**
 * The writers send number formats as single values per column (or run of columns), not as a rows × columns
 * array: a large 2-D format array is slow to apply in Excel (OfficeDev/office-js#5852), and Office.js applies
 * one value to every cell of a range ("Update all cells in a range":
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#update-all-cells-in-a-range).
 * SyncRecord.numberFormatCells counts the format entries each request carried (an array r × c, a value 1).
 */
import { InMemoryWorkbook, installInMemoryExcel, type SyncRecord } from "../../in-memory-excel";
import { WriteBatch } from "../../src/excel/report/writeBatch";
import { createTemplate } from "../../src/excel/createTemplate";
import { writeChase } from "../../src/excel/writeChase";
import { writeCustomerImpactSheet } from "../../src/excel/impactSheet";
import { customerImpactTable } from "../../src/report/customerImpactSheet";
import { runPipeline } from "../../src/pipeline";
import { registerTemplate, CHASE_LOG_COLUMNS, DATE_FORMAT, DATETIME_FORMAT } from "../../src/register/template";
import { sampleRegister } from "../../src/sample";
import { runFollowUpReport } from "../../commands/followUpReport";
import { GENERATED_AT, largeWorkbook } from "./report/fixtures";
import { registerSources } from "../fixtures/sources";
import { chronicSlipperRows } from "../fixtures/chronicSlipper";
import { contextFor, registerWorkbook } from "./helpers";

const formatCells = (log: readonly SyncRecord[]) => log.reduce((sum, s) => sum + s.numberFormatCells, 0);

test("a 5,001 × 6 block through WriteBatch: 6 format entries, not 30,006, in one sync", async () => {
  const workbook = InMemoryWorkbook.withSheets({ S: [] });
  const { context, fake } = contextFor(workbook);
  const header = ["PO", "Due", "Qty", "Open", "Value", "Note"];
  const values: unknown[][] = [header, ...Array.from({ length: 5000 }, (_, i) => [`'00${i}`, 46100 + (i % 30), i, i % 7, i * 1.5, "x"])];
  const formats = [header.map(() => "General"), ...Array.from({ length: 5000 }, () => ["@", DATE_FORMAT, "#,##0", "#,##0", "#,##0.00", "General"])];
  const batch = new WriteBatch(context);
  await batch.block((offset, rows) => context.workbook.worksheets.getItem("S").getRangeByIndexes(offset, 0, rows, 6), values, formats);
  await batch.flush();
  expect(fake.syncCount).toBe(1);
  // Header A1:E1 "General" (1); A2:A5001 "@" (1); B dates (1); C:D "#,##0" (1); E "#,##0.00" (1); F is "General"
  // from the header down, one run of its own (1) = 6 entries, where the 2-D array was 5,001 × 6 = 30,006.
  expect(formatCells(fake.syncLog)).toBe(6);
  expect(workbook.cellAt("S", "A5001")).toMatchObject({ value: "004999", numberFormat: "@" }); // the guarded text stays text
  expect(workbook.cellAt("S", "B5001")?.numberFormat).toBe(DATE_FORMAT);
  expect(workbook.cellAt("S", "D2")?.numberFormat).toBe("#,##0");
  expect(workbook.cellAt("S", "E5001")?.numberFormat).toBe("#,##0.00");
  expect(workbook.cellAt("S", "B1")?.numberFormat).toBe("General");
});

test("a 5,000-line report: fewer format entries than the rows of its To chase table, in the same syncs", async () => {
  const workbook = largeWorkbook(5000);
  const uninstall = installInMemoryExcel(workbook);
  try {
    const result = await runFollowUpReport({ asOf: 46346, generatedAt: GENERATED_AT, lang: "en" });
    if (!result.ok) throw new Error(result.message);
    expect(workbook.syncCount).toBe(result.syncs);
    const toChase = workbook.findTable("FU_2026W47_ToChase")!;
    // A per-cell array sends rows × columns entries for this table alone (and one entry per row for even one
    // column); per column it is a handful per column, so the whole report stays under one column's rows.
    expect(toChase.dataRows).toBeGreaterThan(1000);
    expect(formatCells(workbook.syncLog)).toBeLessThan(toChase.dataRows);
    expect(formatCells(workbook.syncLog)).toBeLessThan(toChase.dataRows * toChase.cols);
  } finally {
    uninstall();
  }
}, 60_000);

test("the register template with 5,000 sample lines: one entry per run of columns, in the same 2 syncs", async () => {
  const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
  const { context, fake } = contextFor(workbook);
  const sample = sampleRegister({ asOf: 46346, lines: 5000, lang: "en" });
  const result = await createTemplate(context, { sample });
  expect(result.syncs).toBe(2);
  const columns = registerTemplate();
  // Register body: at most one entry per column; Holidays list: 1; Chase log's one format row: its width.
  // The 2-D array alone was 5,000 × columns.
  expect(formatCells(fake.syncLog)).toBeLessThanOrEqual(columns.length + 1 + CHASE_LOG_COLUMNS.length);
  const register = workbook.findTable("Register")!;
  expect(register.dataRows).toBe(5000);
  columns.forEach((column, c) => expect(workbook.getCell(register.sheet, 5000, c)?.numberFormat).toBe(column.numberFormat));
});

test("a 5,000-row customer impact sheet: one entry per date column", async () => {
  const model = runPipeline(registerSources(chronicSlipperRows("Kite")), { asOf: 46062 });
  const small = customerImpactTable(model.customerImpact!, (key) => model.predictions?.get(key), "en");
  const table = { ...small, rows: Array.from({ length: 5000 }, (_, i) => small.rows[i % small.rows.length]) };
  const dateColumns = table.columns.filter((c) => c.type === "date").length;
  expect(dateColumns).toBeGreaterThan(0);
  const workbook = InMemoryWorkbook.withSheets({ Register: [] });
  const uninstall = installInMemoryExcel(workbook);
  try {
    await writeCustomerImpactSheet(table, { dateSystem: "1900" });
  } finally {
    uninstall();
  }
  expect(formatCells(workbook.syncLog)).toBe(dateColumns);
  const dateAt = table.columns.findIndex((c) => c.type === "date");
  expect(workbook.getCell(workbook.requireSheet(table.sheetName), 4 + 4999, dateAt)?.numberFormat).toBe(DATE_FORMAT); // header on row 4, last of 5,000 rows
});

test("500 chase rows appended at once: their Logged at cells get one format entry", async () => {
  const workbook = registerWorkbook(10);
  await createTemplate(contextFor(workbook).context, { parts: ["chaseLog"] });
  const { context, fake } = contextFor(workbook);
  const loggedAt = CHASE_LOG_COLUMNS.findIndex((c) => c.key === "loggedAt");
  const row = (i: number) => CHASE_LOG_COLUMNS.map((c, k) => (k === loggedAt ? 46100.375 : k === 1 ? `PO${i}` : c.numberFormat === DATE_FORMAT ? 46100 : ""));
  const result = await writeChase(context, {
    rows: Array.from({ length: 500 }, (_, i) => row(i)),
    dateColumns: CHASE_LOG_COLUMNS.flatMap((c, i) => (c.numberFormat === DATE_FORMAT ? [i] : [])),
    changes: [],
    register: { sheet: "POs", columns: {}, firstDataRow: 4, lastDataRow: 13 },
    dateSystem: "1900",
  });
  expect(result).toMatchObject({ ok: true, appended: 500 });
  expect(formatCells(fake.syncLog)).toBe(1); // was 500 × 1
  const chases = workbook.findTable("Chases")!;
  expect(workbook.getCell(chases.sheet, chases.row + chases.dataRows, chases.col + loggedAt)).toMatchObject({ value: 46100.375, numberFormat: DATETIME_FORMAT });
});
