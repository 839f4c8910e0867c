import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { serialFromYmd } from "../../src/dates/serial";
import { kpiHistoryColumns } from "../../src/report/kpiHistory";
import { reportText } from "../../src/report/labels";
import { registerWorkbook } from "../xlsx/fixtures";
import { run, tempDir } from "./helpers";

/*
 * Three registers at 2026-11-20 (a Friday; week 2026-W47 = 16–22 Nov, previous 2026-W46 = 9–15 Nov),
 * default settings (no tolerance, 3 working days to confirm). Committed = promised date.
 *
 * a.xlsx, buyer Wang:
 *   A1 Acme  promised 17 Nov, 10/10 received 17 Nov        → measured, on time, in full
 *   A2 Acme  promised 18 Nov, 10/10 received 19 Nov        → measured, 1 day late, in full
 *   A3 Beta  promised 16 Nov, 0/4 @ 10 EUR, ordered 2 Nov  → measured, open, 4 days late (20 − 16);
 *            overdue, open and past-due value 4 × 10 = 40 EUR; confirmation due (2 Nov + 3 wd < 20 Nov), confirmed
 *   A4 Beta  no promised date, 0/2 @ 100 USD, ordered 10 Nov → not measured; open (undated), 200 USD;
 *            confirmation due (10 Nov + 3 wd = 13 Nov < 20 Nov), unconfirmed
 *   A5 Acme  promised 11 Nov, received 11 Nov in full       → previous period: on time
 * b.xlsx, buyer Sato:
 *   B1 ACME  promised 19 Nov, received 19 Nov in full       → measured, on time, in full
 *   B2 Gamma promised 25 Nov, 0/3 @ 10 USD, ordered 18 Nov  → next week; open, not due, 30 USD;
 *            young (18 Nov + 3 wd = 23 Nov ≥ 20 Nov): no confirmation due
 *   B3 Acme  promised 10 Nov, received 12 Nov in full       → previous period: 2 days late
 * c.xlsx: not a workbook.
 *
 * Department, W47: lines measured 3 + 1 = 4; on time A1, B1 = 2 → OTD 2/4 = 50 % (the mean of the
 * registers' 1/3 and 1/1 would be 66.7 %); OTIF 2/4 = 50 %; confirmation 1/2 = 50 % (b has no line due,
 * which is no data, not 0 %); overdue lines 1 (A3); days late (1 + 4) / 2 = 2.5; open lines 2 + 1 = 3;
 * past due 40 EUR. Previous (W46): measured 2, on time 1 → 50 %; days late 2 / 1 = 2.
 * By buyer: Wang 1/3 on time, Sato 1/1. By supplier: Acme (Acme + ACME) A1, A2, B1 → 2/3;
 * Beta A3 → 0/1, confirmation 1/2, open 2; Gamma → no lines measured (no data), open 1, 30 USD.
 */
const ymd = (m: number, d: number): number => serialFromYmd(2026, m, d)!;
const HEADERS = [
  "PO number",
  "Line",
  "Supplier",
  "Buyer",
  "Order date",
  "Promised date",
  "Ordered qty",
  "Received qty",
  "Received date",
  "Unit price",
  "Currency",
];
const A = [
  HEADERS,
  ["PO-A1", 10, "Acme", "Wang", ymd(11, 2), ymd(11, 17), 10, 10, ymd(11, 17), 1, "USD"],
  ["PO-A2", 10, "Acme", "Wang", ymd(11, 2), ymd(11, 18), 10, 10, ymd(11, 19), 1, "USD"],
  ["PO-A3", 10, "Beta", "Wang", ymd(11, 2), ymd(11, 16), 4, 0, "", 10, "EUR"],
  ["PO-A4", 10, "Beta", "Wang", ymd(11, 10), "", 2, 0, "", 100, "USD"],
  ["PO-A5", 10, "Acme", "Wang", ymd(10, 20), ymd(11, 11), 5, 5, ymd(11, 11), 1, "USD"],
];
const B = [
  HEADERS,
  ["PO-B1", 10, "ACME", "Sato", ymd(11, 2), ymd(11, 19), 10, 10, ymd(11, 19), 1, "USD"],
  ["PO-B2", 10, "Gamma", "Sato", ymd(11, 18), ymd(11, 25), 3, 0, "", 10, "USD"],
  ["PO-B3", 10, "Acme", "Sato", ymd(10, 20), ymd(11, 10), 5, 5, ymd(11, 12), 1, "USD"],
];

let dir: string;
const at = (name: string): string => path.join(dir, name);

/** a.xlsx carries a KpiHistory row for W45 (from its own earlier report): OTD 0.5 over 2 lines. */
async function writeWithHistory(file: string): Promise<void> {
  const workbook = registerWorkbook(A);
  const kpi = workbook.addWorksheet("KPI");
  kpi.addTable({
    name: "KpiHistory",
    ref: "A29",
    headerRow: true,
    columns: kpiHistoryColumns(reportText("en")).map((c) => ({ name: c.header })),
    rows: [["2026-W45", ymd(11, 2), ymd(11, 8), ymd(11, 8), 0.5, 0.5, 0.8, 1, 3, 2]],
  });
  await workbook.xlsx.writeFile(file);
}

beforeAll(async () => {
  dir = await tempDir("po-consolidate-");
  await writeWithHistory(at("a.xlsx"));
  await registerWorkbook(B).xlsx.writeFile(at("b.xlsx"));
  await fs.writeFile(at("c.xlsx"), "not a workbook at all");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function rowsOf(sheet: ExcelJS.Worksheet, from: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = from; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
  return rows;
}

describe("report --consolidate", () => {
  test("three registers, one unreadable: the department's figures over the two others, the third named with its reason", async () => {
    const out = at("Department.xlsx");
    const r = await run(["report", at("a.xlsx"), at("b.xlsx"), at("c.xlsx"), "--consolidate", "--as-of", "2026-11-20", "--out", out]);
    expect(r.code).toBe(1); // written, but not over every register asked for
    expect(r.stdout).toContain("over 2 registers");
    expect(r.stderr).toMatch(/c\.xlsx: not counted: .+/);
    expect(r.stderr).toContain("1 register could not be read");

    const wb = await readBack(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Department KPI", "By buyer", "By supplier", "Registers"]);
    const kpi = wb.getWorksheet("Department KPI")!;
    const value = (address: string): unknown => kpi.getCell(address).value;
    expect(value("B2")).toBe("2026-W47");
    expect(value("B6")).toBe(2); // registers counted
    expect(value("B8")).toBeCloseTo(0.5, 10); // OTD 2/4
    expect(value("C8")).toBeCloseTo(0.5, 10); // previous: 1/2
    expect(value("B9")).toBeCloseTo(0.5, 10); // OTIF 2/4
    expect(value("B10")).toBeCloseTo(0.5, 10); // confirmation 1/2
    expect(value("B11")).toBe(1); // overdue lines
    expect(value("B12")).toBeCloseTo(2.5, 10); // (1 + 4) / 2
    expect(value("C12")).toBeCloseTo(2, 10);
    expect(value("B13")).toBe(4); // lines measured
    expect(value("C13")).toBe(2);
    expect(value("B14")).toBe(3); // open lines
    expect(value("A17")).toBe("EUR");
    expect(value("B17")).toBe(40); // past due: 4 × 10 EUR
    expect(value("A18")).toBeNull(); // no other currency past due

    // History: a's W45 row (one register: kept as it was), then this week's consolidated row.
    const history = rowsOf(kpi, 30).filter((row) => typeof row[0] === "string");
    expect(history.map((row) => row[0])).toEqual(["2026-W45", "2026-W47"]);
    expect(history[0][4]).toBe(0.5);
    expect(history[0][9]).toBe(2);
    expect(history[1][4]).toBeCloseTo(0.5, 10);
    expect(history[1][9]).toBe(4);

    const buyers = rowsOf(wb.getWorksheet("By buyer")!, 4);
    expect(buyers.map((row) => [row[0], row[1]])).toEqual([
      ["Sato", 1],
      ["Wang", 3],
    ]);
    expect(buyers[0][2]).toBe(1); // Sato 1/1
    expect(buyers[1][2]).toBeCloseTo(1 / 3, 10); // Wang 1/3

    const supplierSheet = wb.getWorksheet("By supplier")!;
    const headers = (supplierSheet.getRow(3).values as unknown[]).slice(1);
    const suppliers = rowsOf(supplierSheet, 4);
    expect(suppliers.map((row) => row[0])).toEqual(["Acme", "Beta", "Gamma"]); // Acme and ACME: one supplier
    expect(suppliers[0][1]).toBe(3);
    expect(suppliers[0][2]).toBeCloseTo(2 / 3, 10);
    expect(suppliers[1][2]).toBe(0); // Beta: 0 of 1 on time
    expect(suppliers[1][4]).toBe(0.5); // confirmation 1/2
    expect(suppliers[2][2]).toBe("no data"); // Gamma: no line measured
    expect(suppliers[2][8]).toBe(1); // one open line
    expect(suppliers[2][headers.indexOf("Open value USD")]).toBe(30); // 3 × 10 USD
    expect(suppliers[1][headers.indexOf("Open value USD")]).toBe(200); // 2 × 100 USD

    const registers = rowsOf(wb.getWorksheet("Registers")!, 4);
    expect(registers.map((row) => [path.basename(String(row[0])), row[1] ?? null])).toEqual([
      ["a.xlsx", 5],
      ["b.xlsx", 3],
      ["c.xlsx", null],
    ]);
    expect(registers[0][2]).toBe("Counted");
    expect(String(registers[2][2])).not.toBe("Counted");
  });

  test("a folder stands for its registers; sheet names and texts in the report language", async () => {
    const folder = at("team");
    await fs.mkdir(folder);
    await fs.copyFile(at("a.xlsx"), path.join(folder, "a.xlsx"));
    await fs.copyFile(at("b.xlsx"), path.join(folder, "b.xlsx"));
    await fs.writeFile(path.join(folder, "notes.txt"), "not a register");
    const out = at("部门.xlsx");
    const r = await run(["report", folder, "--consolidate", "--as-of", "2026-11-20", "--out", out, "--lang", "zh-CN", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ ok: true, period: "2026-W47", buyers: 2, suppliers: 3 });
    expect(json.registers).toHaveLength(2); // notes.txt is not a register
    const wb = await readBack(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["部门KPI", "按采购员", "按供应商", "登记表"]);
    expect(wb.getWorksheet("部门KPI")!.getCell("A1").value).toBe("部门采购KPI");
  });

  test("no register readable: exit 2 and nothing written; --out is required and may not be a register", async () => {
    const none = await run(["report", at("c.xlsx"), "--consolidate", "--out", at("none.xlsx")]);
    expect(none.code).toBe(2);
    await expect(fs.stat(at("none.xlsx"))).rejects.toThrow();
    const noOut = await run(["report", at("a.xlsx"), "--consolidate"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--out");
    const clash = await run(["report", at("a.xlsx"), at("b.xlsx"), "--consolidate", "--out", at("b.xlsx")]);
    expect(clash.code).toBe(2);
  });
});
