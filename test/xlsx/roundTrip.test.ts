/**
 * The report written headless into a file holds the same values as the one the add-in writes
 * into Excel (in-memory Excel + src/excel/report), from the same register and chase log.
 */
import * as os from "node:os";
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { installInMemoryExcel, type InMemoryWorkbook } from "../../in-memory-excel";
import { runFollowUpReport } from "../../commands/followUpReport";
import { sampleRegister, sampleChaseLog, generateRegister, GENERATED_AS_OF } from "../../src/sample";
import { readWorkbook, writeReportWorkbook } from "../../src/xlsx";
import { buildReports, runPipeline } from "../../src/pipeline";
import { readRect } from "../../src/xlsx/workbookTables";
import { AS_OF, GENERATED_AT, sampleWorkbook, largeWorkbook } from "../excel/report/fixtures";
import { writeRegisterFile, type FixtureOptions } from "./fixtures";

const SHEET = "Follow-up 2026-W47";
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "po-xlsx-rt-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function addIn(workbook: InMemoryWorkbook): Promise<InMemoryWorkbook> {
  const uninstall = installInMemoryExcel(workbook);
  try {
    const result = await runFollowUpReport({ asOf: AS_OF, generatedAt: GENERATED_AT, lang: "en" });
    expect(result.ok).toBe(true);
  } finally {
    uninstall();
  }
  return workbook;
}

async function headless(values: (string | number)[][], options: FixtureOptions, name: string): Promise<ExcelJS.Workbook> {
  const input = path.join(dir, `${name}.xlsx`);
  const out = path.join(dir, `${name}-report.xlsx`);
  await writeRegisterFile(input, values, options);
  const read = await readWorkbook(input);
  if (!read.ok) throw new Error(read.code);
  const report = buildReports(runPipeline(read.read.sources, { asOf: AS_OF }), read.read.sources.history, { lang: "en", generatedAt: GENERATED_AT });
  await writeReportWorkbook(read.read, report, out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return workbook;
}

/** The file's cells; the lines standing in for charts are blank in the add-in's sheet (a chart floats there). */
function fileValues(workbook: ExcelJS.Workbook, sheet: string, rows: number, cols: number): unknown[][] {
  const values = readRect(workbook.getWorksheet(sheet)!, 1, 1, rows, cols, false);
  return values.map((row) => row.map((v) => (typeof v === "string" && /^(Chart|Trend chart) ".*" is not drawn/.test(v) ? "" : v)));
}

function expectSameSheets(excel: InMemoryWorkbook, file: ExcelJS.Workbook): void {
  const used = excel.usedRect(excel.requireSheet(SHEET), true)!;
  const rows = used.row + used.rows;
  // The model holds no -0 (src/report/plainZero.ts): the add-in's cells and the file's match exactly.
  expect(fileValues(file, SHEET, rows, 20)).toEqual(excel.valuesAt(SHEET, `A1:T${rows}`));
  expect(file.getWorksheet(SHEET)!.actualRowCount).toBeLessThanOrEqual(rows);
  // KPI sheet: the headline block A1:D27 and the KpiHistory table A29:J30.
  expect(fileValues(file, "KPI", 30, 4)).toEqual(excel.valuesAt("KPI", "A1:D30"));
  expect(fileValues(file, "KPI", 30, 10).slice(28)).toEqual(excel.valuesAt("KPI", "A29:J30"));
}

test("sample register with its chase log: same report and KPI values as the add-in", async () => {
  const excel = await addIn(sampleWorkbook());
  const file = await headless(sampleRegister({ asOf: AS_OF, lines: 240 }), { chases: sampleChaseLog({ asOf: AS_OF, lines: 240 }) }, "sample");
  expectSameSheets(excel, file);
  expect(typeof file.getWorksheet("KPI")!.getCell("B8").value).toBe("number"); // OTD, a fraction shown as 0.0%
  expect(file.getWorksheet("KPI")!.getCell("B8").numFmt).toBe("0.0%");
});

test("generated register of 3,000 lines (no chase log): same values", async () => {
  expect(GENERATED_AS_OF).toBe(AS_OF);
  const excel = await addIn(largeWorkbook(3000));
  const file = await headless(generateRegister(3000, 1, GENERATED_AS_OF), {}, "generated");
  expectSameSheets(excel, file);
});

test("a 1904 workbook gives the same report as the 1900 one, dates written in 1904 serials", async () => {
  const values = sampleRegister({ asOf: AS_OF, lines: 240 });
  const chases = sampleChaseLog({ asOf: AS_OF, lines: 240 });
  const a = await headless(values, { chases }, "d1900");
  const b = await headless(values, { chases, date1904: true }, "d1904");
  expect(b.properties.date1904).toBe(true);
  // B4 = period start, a date: 46342 in the 1900 system is 46342 − 1462 = 44880 in the 1904 system.
  expect(readRect(a.getWorksheet(SHEET)!, 4, 2, 4, 2, false)[0][0]).toBe(46342);
  expect(readRect(b.getWorksheet(SHEET)!, 4, 2, 4, 2, true)[0][0]).toBe(44880);
  // Everything else that is not a date is identical: compare the headline table (rows 7–16).
  expect(readRect(b.getWorksheet(SHEET)!, 7, 1, 16, 4, true)).toEqual(readRect(a.getWorksheet(SHEET)!, 7, 1, 16, 4, false));
});
