/**
 * The surgical writer (src/xlsx/packageWriter.ts): `po-followup report` on a workbook holding a
 * chart, a pivot table, custom XML, a workbook name and (.xlsm) a VBA project. Every zip entry that is
 * not ours comes out byte-identical — same compressed bytes — the package stays whole (every link
 * resolves, every part has a content type, nothing is orphaned), exceljs reads it back and
 * LibreOffice opens it.
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { sampleRegister, sampleChaseLog } from "../../src/sample";
import { serialFromYmd } from "../../src/dates/serial";
import { parseContentTypes, contentTypeOf, parseRels, relsPathOf, resolveTarget } from "../../src/xlsx/packageParts";
import { run, tempDir } from "../cli/helpers";
import { richWorkbook, VBA_BYTES } from "./richWorkbook";
import { writeRegisterFile } from "./fixtures";

const AS_OF = serialFromYmd(2026, 11, 20)!;
const REPORT = "Follow-up 2026-W47";
/** The parts the writer edits in place; everything else of the input must be untouched. */
const EDITED = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await tempDir("po-surgical-");
  input = path.join(dir, "register.xlsm");
  await fs.writeFile(input, await richWorkbook(sampleRegister({ asOf: AS_OF }), { macros: true, chases: sampleChaseLog({ asOf: AS_OF }) }));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function report(from: string, out: string): Promise<string> {
  const ran = await run(["report", from, "--as-of", "2026-11-20", "--out", out]);
  expect(ran.stderr).not.toMatch(/does not keep/); // the exceljs copy's note: nothing is lost now
  expect(ran.code).toBe(0);
  return out;
}

const zipOf = async (file: string) => JSZip.loadAsync(await fs.readFile(file));
/** An entry's stored (compressed) bytes, as JSZip holds them after a load. */
const compressed = (zip: JSZip, name: string) =>
  Buffer.from((zip.files[name] as unknown as { _data: { compressedContent: Uint8Array } })._data.compressedContent);

/** Every internal link resolves, every part has a content type, and every part is reachable from the root. */
async function expectWholePackage(zip: JSZip): Promise<void> {
  const types = parseContentTypes(await zip.file("[Content_Types].xml")!.async("string"));
  const reached = new Set<string>(["[Content_Types].xml"]);
  const queue = [""];
  while (queue.length > 0) {
    const part = queue.shift()!;
    const relsPath = part === "" ? "_rels/.rels" : relsPathOf(part);
    if (part !== "") reached.add(part);
    const xml = await zip.file(relsPath)?.async("string");
    if (xml === undefined) continue;
    reached.add(relsPath);
    for (const rel of parseRels(xml)) {
      if (rel.external) continue;
      const target = resolveTarget(part, rel.target);
      expect({ from: part, target, exists: zip.file(target) !== null }).toEqual({ from: part, target, exists: true });
      if (!reached.has(target)) queue.push(target);
    }
  }
  const files = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  for (const name of files) if (!name.endsWith(".rels") && name !== "[Content_Types].xml") expect([name, contentTypeOf(types, name) !== null]).toEqual([name, true]);
  expect(files.filter((n) => !reached.has(n))).toEqual([]);
}

test("every part not ours is byte-identical: chart, pivot table and cache, custom XML, VBA; the .xlsm stays macro-enabled", async () => {
  const out = await report(input, path.join(dir, "report.xlsm"));
  const [before, after] = [await zipOf(input), await zipOf(out)];
  expect(Object.keys(after.files).filter((n) => after.files[n].dir)).toEqual([]); // no folder entries added (the input has none)
  const inputParts = Object.keys(before.files).filter((n) => !before.files[n].dir);
  for (const name of inputParts) {
    if (EDITED.has(name)) continue;
    expect([name, after.file(name) !== null]).toEqual([name, true]);
    // The same compressed bytes: copied, not inflated and deflated again.
    expect([name, compressed(after, name).equals(compressed(before, name))]).toEqual([name, true]);
  }
  expect(await after.file("xl/vbaProject.bin")!.async("nodebuffer")).toEqual(VBA_BYTES);
  const types = await after.file("[Content_Types].xml")!.async("string");
  expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  expect(types).toContain('Extension="bin" ContentType="application/vnd.ms-office.vbaProject"');
  const book = await after.file("xl/workbook.xml")!.async("string");
  expect(book).toContain('<pivotCache cacheId="7" r:id="rIdPc1"/>');
  expect(book).toMatch(/<definedName name="SpendValues">Data!\$B\$2:\$B\$4<\/definedName>/);
  // Input sheets: Register, Chase log, Data, Pivot; ours appended after them: 5th and 6th.
  expect([...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Register", "Chase log", "Data", "Pivot", "KPI", REPORT]);
  // The report's print titles are local to its sheet: index 5 (0-based) of the six.
  expect(book).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="5">/);
  await expectWholePackage(after);
}, 60_000);

test("a second run replaces our sheets in place: user parts still identical, the old report's parts gone", async () => {
  const first = await report(input, path.join(dir, "first.xlsm"));
  const second = await report(first, path.join(dir, "second.xlsm"));
  const [origin, once, twice] = [await zipOf(input), await zipOf(first), await zipOf(second)];
  for (const name of Object.keys(origin.files))
    if (!origin.files[name].dir && !EDITED.has(name)) expect([name, compressed(twice, name).equals(compressed(origin, name))]).toEqual([name, true]);
  const book = await twice.file("xl/workbook.xml")!.async("string");
  expect([...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Register", "Chase log", "Data", "Pivot", "KPI", REPORT]);
  // Same number of parts: the replaced sheets' old parts (sheet, rels, tables) left with them.
  expect(Object.keys(twice.files).length).toBe(Object.keys(once.files).length);
  // One print-titles name for the report, not two.
  expect(book.match(/_xlnm.Print_Titles/g)).toHaveLength(1);
  await expectWholePackage(twice);
  // Table ids stay unique across the package (Excel repairs a file with two tables of one id).
  const ids: string[] = [];
  for (const name of Object.keys(twice.files).filter((n) => /^xl\/tables\/.+\.xml$/.test(n)))
    ids.push(/<table [^>]*\bid="(\d+)"/.exec(await twice.file(name)!.async("string"))![1]);
  expect(new Set(ids).size).toBe(ids.length);
}, 90_000);

test("exceljs reads the copy back: the report's title, a date cell's format, the user's sheets", async () => {
  const out = await report(input, path.join(dir, "readback.xlsm"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(out)) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["Register", "Chase log", "Data", "Pivot", "KPI", REPORT]);
  expect(workbook.getWorksheet(REPORT)!.getCell("A1").value).toBe("Follow-up report 2026-W47");
  const kpi = workbook.getWorksheet("KPI")!;
  expect(kpi.getCell("A1").value).toBe("Purchasing KPIs");
  // B5 holds the as-of date, formatted as a date (the format came through the styles merge).
  expect(kpi.getCell("B5").numFmt).toBe("yyyy-mm-dd");
  expect(kpi.getCell("A1").font?.size).toBeGreaterThan(11);
  expect(workbook.getWorksheet("Data")!.getCell("B3").value).toBe(200);
}, 60_000);

test("LibreOffice opens the copy: the report sheet's CSV starts with its title", async () => {
  const out = await report(input, path.join(dir, "office.xlsm"));
  const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
  await promisify(execFile)(
    "soffice",
    [profile, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, out],
    { timeout: 90_000 },
  );
  const csv = await fs.readFile(path.join(dir, `office-${REPORT}.csv`), "utf8");
  expect(csv.split("\n")[0]).toContain("Follow-up report 2026-W47");
  const data = await fs.readFile(path.join(dir, "office-Data.csv"), "utf8");
  expect(data.split(/\r?\n/).slice(0, 4)).toEqual(["Supplier,Spend", "Acme,100", "Bolt,200", "Cog,300"]);
  const kpi = (await fs.readFile(path.join(dir, "office-KPI.csv"), "utf8")).split(/\r?\n/);
  expect(kpi[0]).toContain("Purchasing KPIs");
  expect(kpi[4]).toContain("2026-11-20"); // B5: the as-of date, shown with the merged yyyy-mm-dd format
}, 120_000);

test("a sheet of someone else's name is left byte-identical; ours goes beside it", async () => {
  const own = path.join(dir, "manager.xlsx");
  await writeRegisterFile(own, sampleRegister({ asOf: AS_OF }), { before: { KPI: [["Manager's own KPI"], ["Target", 0.95]] } });
  const out = await report(own, path.join(dir, "manager-report.xlsx"));
  const [before, after] = [await zipOf(own), await zipOf(out)];
  const book = await after.file("xl/workbook.xml")!.async("string");
  expect([...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(["KPI", "Register", "KPI (2)", REPORT]);
  // The manager's KPI is the first sheet, xl/worksheets/sheet1.xml: the same compressed bytes.
  expect(compressed(after, "xl/worksheets/sheet1.xml").equals(compressed(before, "xl/worksheets/sheet1.xml"))).toBe(true);
  await expectWholePackage(after);
}, 60_000);

test("the default copy of a workbook with macros is an .xlsm (Excel opens a macro-enabled package under no other name)", async () => {
  const folder = path.join(dir, "default");
  await fs.mkdir(folder);
  const plain = path.join(folder, "plain.xlsx");
  await writeRegisterFile(plain, sampleRegister({ asOf: AS_OF }));
  const macros = path.join(folder, "macros.xlsx"); // named .xlsx, but it holds a VBA project
  await fs.copyFile(input, macros);
  for (const file of [plain, macros]) expect((await run(["report", file, "--as-of", "2026-11-20"])).code).toBe(0);
  expect((await fs.readdir(folder)).sort()).toEqual([`macros - ${REPORT}.xlsm`, "macros.xlsx", `plain - ${REPORT}.xlsx`, "plain.xlsx"]);
}, 60_000);

test("--out with an .xlsx name for a workbook with macros is refused before anything is written, naming the .xlsm to use", async () => {
  const out = path.join(dir, "macro-copy.xlsx");
  const refused = await run(["report", input, "--as-of", "2026-11-20", "--out", out]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain(`use --out ${path.join(dir, "macro-copy.xlsm")} instead of ${out}`);
  await expect(fs.stat(out)).rejects.toMatchObject({ code: "ENOENT" });
}, 60_000);
