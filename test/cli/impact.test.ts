/** `po-followup impact` (issue 13, point 2): the Customer impact file for sales, read back with exceljs. */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { writeRegisterFile } from "../xlsx/fixtures";
import { run, sha256, tempDir } from "./helpers";
import { chronicSlipperRows } from "../fixtures/chronicSlipper";

// The pipeline test's chronic slipper (test/pipeline/predictionsAndImpact.test.ts), as a file.
// 2026-02-02 = 46055 (Mon), 2026-02-09 = 46062 (Mon), 2026-02-13 = 46066 (Fri), 2026-02-20 = 46073 (Fri).
const ROWS = chronicSlipperRows("=Kite"); // PO-5's customer "=Kite" must stay text
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let dir: string;
beforeAll(async () => {
  dir = await tempDir("po-impact-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("per sales order, the lines behind it with P50, P90 and the margin left; the register untouched", async () => {
  const input = path.join(dir, "register.xlsx");
  await writeRegisterFile(input, ROWS);
  const hash = await sha256(input);
  const out = path.join(dir, "impact.xlsx");
  const r = await run(["impact", input, "--as-of", "2026-02-09", "--out", out, "--json"]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, out, salesOrders: 2, atRisk: 2, lines: 3 });
  expect(await sha256(input)).toBe(hash);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((s) => s.name)).toEqual(["Customer impact"]);
  const sheet = wb.getWorksheet("Customer impact")!;
  const header = (sheet.getRow(4).values as unknown[]).slice(1);
  const col = (name: string) => header.indexOf(name) + 1;
  expect(header).toEqual(expect.arrayContaining(["Sales order", "Customer", "Expected arrival", "Late case (P90)", "Margin (working days)"]));
  const rows = [5, 6, 7].map((n) => sheet.getRow(n));
  // Every Acme slip was 5 working days, so P50 = P90 = promised + 5 working days.
  // PO-5: Fri 13 Feb + 5 = Fri 20 Feb; latest arrival Fri 20 − 2 = Wed 18 Feb → 2 working days late (margin −2).
  // PO-4: Mon 9 Feb + 5 = Mon 16 Feb → 2 working days to spare. SO-8 (−2) and SO-9 (−2) both at risk: by name.
  expect(rows.map((row) => [row.getCell(col("Sales order")).value, row.getCell(col("PO number")).value, row.getCell(col("Margin (working days)")).value])).toEqual([
    ["SO-8", "PO-5", -2],
    ["SO-8", "PO-4", 2],
    ["SO-9", "PO-5", -2],
  ]);
  expect(rows.map((row) => row.getCell(col("Expected arrival")).value)).toEqual([utc(2026, 2, 20), utc(2026, 2, 16), utc(2026, 2, 20)]);
  expect(rows.map((row) => row.getCell(col("Late case (P90)")).value)).toEqual([utc(2026, 2, 20), utc(2026, 2, 16), utc(2026, 2, 20)]);
  expect(rows[0].getCell(col("Needed in by")).value).toEqual(utc(2026, 2, 18));
  // A customer name starting with "=" stays text, never a formula.
  expect(rows[2].getCell(col("Customer")).value).toBe("=Kite");
});

test("a register without a sales-order column is refused with the reason, in the buyer's language", async () => {
  const input = path.join(dir, "plain.xlsx");
  await writeRegisterFile(input, ROWS.map((r) => r.slice(0, 6)));
  const r = await run(["impact", input, "--as-of", "2026-02-09", "--lang", "ja"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("受注番号の列がない");
  await expect(fs.access(path.join(dir, "plain - 受注への影響.xlsx"))).rejects.toThrow();
});

test("usage names the command in en, zh-CN and ja", async () => {
  for (const lang of ["en", "zh-CN", "ja"]) expect((await run(["--help", "--lang", lang])).stdout).toContain("po-followup impact <");
});
