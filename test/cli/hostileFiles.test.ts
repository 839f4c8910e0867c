/**
 * The runner on hostile files (test/xlsx/hostileFiles.ts writes them): a zip bomb is refused in the
 * buyer's language, a 40,000-character supplier name is cut in the report sheet, a settings record of
 * huge numbers gives named problems and the defaults, and the report is still written in seconds.
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { longSupplier, registerBytes, tableClaimingSheet, withSettings, zipBomb } from "../xlsx/hostileFiles";
import { run, tempDir } from "./helpers";

let dir: string;
const at = (name: string) => path.join(dir, name);
const MB = 1024 * 1024;

beforeAll(async () => {
  dir = await tempDir("po-cli-hostile-");
  await fs.writeFile(at("bomb.xlsx"), await zipBomb(64 * MB));
  await fs.writeFile(at("lying.xlsx"), await zipBomb(64 * MB, 512 * 1024));
  await fs.writeFile(at("long.xlsx"), await longSupplier(40_000));
  await fs.writeFile(
    at("settings.xlsx"),
    await withSettings({
      minGap: 1e9,
      escalationOffsets: [-1e12, 1e12, 2e12, 3e12],
      confirmWithin: 1e15,
      holidays: Array.from({ length: 100_000 }, (_, i) => 40_000 + i),
    }),
  );
}, 60_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("a zip bomb is refused unread, in the buyer's language", () => {
  test.each([
    ["bomb.xlsx", "en", "its part xl/worksheets/sheet1.xml would unpack to 64.0 MB"],
    ["bomb.xlsx", "zh-CN", "其部件 xl/worksheets/sheet1.xml 解压后将达 64.0 MB"],
    ["bomb.xlsx", "ja", "パーツ xl/worksheets/sheet1.xml は展開すると 64.0 MB"],
    // The directory says 512 KB = 0.5 MB; counting stops the sheet past it.
    ["lying.xlsx", "en", "unpacks to more than the 0.5 MB its zip directory states"],
    ["lying.xlsx", "zh-CN", "解压后超过 zip 目录所记录的 0.5 MB"],
    ["lying.xlsx", "ja", "記載された 0.5 MB を超えて展開された"],
  ])("%s (%s)", async (file, lang, fragment) => {
    const r = await run(["check", at(file), "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(fragment);
  });
});

test("a supplier name of 40,000 characters is cut to 32,767 in the report sheet, with a note", async () => {
  const out = at("long-report.xlsx");
  const r = await run(["report", at("long.xlsx"), "--out", out, "--as-of", "2026-11-20"]);
  expect(r.code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const report = workbook.worksheets.find((s) => s.name.startsWith("Follow-up"))!;
  const texts: string[] = [];
  report.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && texts.push(cell.value))));
  const cut = texts.filter((t) => t.startsWith("SSSS"));
  expect(cut.length).toBeGreaterThan(0);
  for (const text of cut) {
    expect(text.length).toBe(32_767);
    expect(text.endsWith("… [cut: 40000 characters; a cell holds 32767]")).toBe(true);
  }
}, 60_000);

test("a report workbook whose KpiHistory table claims the whole sheet: the next report reads only its rows", async () => {
  await fs.writeFile(at("plain.xlsx"), await registerBytes(20));
  expect((await run(["report", at("plain.xlsx"), "--out", at("first.xlsx"), "--as-of", "2026-11-20"])).code).toBe(0);
  await fs.writeFile(at("claimed.xlsx"), await tableClaimingSheet(await fs.readFile(at("first.xlsx")), "KpiHistory"));
  // Before: readRect over 1,048,548 rows × 16,384 columns, out of memory at 4 GB (exit 134).
  const r = await run(["report", at("claimed.xlsx"), "--out", at("second.xlsx"), "--as-of", "2026-11-20"]);
  expect(r.code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at("second.xlsx"));
  const history = workbook.worksheets.flatMap((s) => Object.values((s as unknown as { tables: Record<string, { table: { name: string; tableRef?: string; ref?: string } }> }).tables ?? {}));
  const kpi = history.find((t) => t.table.name === "KpiHistory")!.table;
  // The first report wrote A29:K30 (header + this week's record); the same week's record is replaced: A29:K30 again.
  expect(kpi.tableRef ?? kpi.ref).toBe("A29:K30");
}, 60_000);

test("a holidays list of 3 million in the settings record: named as too large, the defaults used", async () => {
  // 3,000,000 serials of 5 digits and a comma: 18 MB of part, over the 16 MB read for a metadata part.
  const holidays = Array.from({ length: 3_000_000 }, (_, i) => 40_000 + (i % 20_000));
  await fs.writeFile(at("holidays.xlsx"), await withSettings({ holidays }));
  const started = Date.now();
  const r = await run(["report", at("holidays.xlsx"), "--out", at("holidays-report.xlsx"), "--as-of", "2026-11-20"]);
  expect(r.code).toBe(0);
  expect(Date.now() - started).toBeLessThan(30_000);
  // Before: the part was skipped in silence, as if nothing had been saved.
  expect(r.stderr).toContain("The add-in's saved settings in this workbook are far larger than any it writes");
}, 120_000);

test("a settings record of huge numbers: each named with its limit, the defaults used, the report written", async () => {
  const started = Date.now();
  const r = await run(["report", at("settings.xlsx"), "--out", at("settings-report.xlsx"), "--as-of", "2026-11-20"]);
  expect(r.code).toBe(0);
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(r.stderr).toContain("Minimum gap between chases of a supplier (working days): 1000000000 is larger than this setting allows (at most 366). The default (2) is used.");
  expect(r.stderr).toContain("(at most 366)");
  expect(r.stderr).toContain("Holidays: 100000 entries are more than this setting keeps (5000)");
}, 60_000);
