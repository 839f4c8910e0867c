/**
 * The headless runner follows the add-in's workbook rules (src/workbook): a manager's own "KPI" sheet is
 * never written (ours goes to "KPI (2)", and stderr says so), a header under 30 title rows is found, and
 * a stored setting that cannot be used is named by `check` (exit 1) and by `report`.
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { sampleRegister } from "../../src/sample";
import { registerWorkbook, withAddInRecords } from "../xlsx/fixtures";
import { run, sha256, tempDir } from "./helpers";

const AS_OF = 46346; // Fri 2026-11-20
let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await tempDir("po-cli-own-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("a manager's own KPI sheet: left byte for byte, ours written to “KPI (2)”, stderr says why", async () => {
  const workbook = registerWorkbook(sampleRegister({ asOf: AS_OF, lines: 30 }));
  const kpi = workbook.addWorksheet("KPI");
  kpi.addRows([["Q4 targets", "mine"], ["OTD", 0.95]]);
  const input = at("with-kpi.xlsx");
  await workbook.xlsx.writeFile(input);
  const before = await sha256(input);
  for (const stream of ["1000", "0"]) {
    const out = at(`with-kpi-${stream}.xlsx`);
    const r = await run(["report", input, "--as-of", "2026-11-20", "--out", out, "--stream-above-mb", stream]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("The sheet “KPI” was not made by PO Follow-up, so it was left as it is; the add-in's sheet is “KPI (2)”.");
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.getWorksheet("KPI (2)")?.getCell("A1").value).toBe("Purchasing KPIs");
    if (stream === "1000") expect(written.getWorksheet("KPI")?.getCell("A1").value).toBe("Q4 targets"); // the copy keeps the manager's sheet
  }
  expect(await sha256(input)).toBe(before);
});

test("a header under 30 title rows is found (the add-in's rule: the first 50 rows)", async () => {
  const values = sampleRegister({ asOf: AS_OF, lines: 12 });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("POs");
  for (let r = 1; r <= 30; r++) sheet.getCell(r, 1).value = `Title line ${r}`;
  values.forEach((row, i) => (sheet.getRow(31 + i).values = row.map((v) => (v === "" ? null : v)) as ExcelJS.CellValue[]));
  await workbook.xlsx.writeFile(at("titles.xlsx"));
  const r = await run(["check", at("titles.xlsx"), "--json"]);
  const json = JSON.parse(r.stdout);
  expect(json.register).toMatchObject({ sheet: "POs", headerRow: 31, lines: 12 });
});

test("a stored setting that cannot be used: check names it and exits 1; report says it and still runs", async () => {
  const workbook = registerWorkbook(sampleRegister({ asOf: AS_OF, lines: 20 }));
  const record = JSON.stringify({ version: 1, settings: { qtyTolerance: 5, minGap: 1e12, periodKind: "fortnight" }, mapping: {}, registerTable: null, registerSheet: null });
  const input = at("bad-settings.xlsx");
  await fs.writeFile(input, await withAddInRecords(await workbook.xlsx.writeBuffer(), { poFollowup: record }));
  const check = await run(["check", input]);
  expect(check.code).toBe(1);
  expect(check.stdout).toContain("3 saved settings cannot be used:");
  expect(check.stdout).toContain('Report period: "fortnight" is not one of the allowed values (week, month). The default ("week") is used.');
  expect(check.stdout).toContain("Quantity tolerance: 500 % must be at least 0 % and below 100 %. The default (0 %) is used.");
  expect(check.stdout).not.toContain("No problems found.");
  const json = JSON.parse((await run(["check", input, "--json"])).stdout);
  expect(json.settings.problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`)).toEqual(["qtyTolerance:outOfRange", "minGap:tooLarge", "periodKind:notAChoice"]);
  expect(json.settings.problems[2].message).toBe('Report period: "fortnight" is not one of the allowed values (week, month). The default ("week") is used.');
  const report = await run(["report", input, "--as-of", "2026-11-20", "--out", at("bad-settings-report.xlsx")]);
  expect(report.code).toBe(0);
  expect(report.stderr).toContain("Quantity tolerance: 500 % must be at least 0 % and below 100 %. The default (0 %) is used.");
});
