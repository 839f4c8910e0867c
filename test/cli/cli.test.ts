import * as path from "node:path";
import { promises as fs } from "node:fs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { sampleRegister, sampleChaseLog } from "../../src/sample";
import { serialFromYmd } from "../../src/dates/serial";
import { writeRegisterFile } from "../xlsx/fixtures";
import { run, sha256, tempDir } from "./helpers";
import { parseRegister } from "../../src/register/parseRegister";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { chaseList } from "../../src/followup/chaseList";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

const AS_OF = serialFromYmd(2026, 11, 20)!;

/** Lines on Today's list (not held back) for the sample register and chase log at AS_OF. */
function linesToChaseToday(): number {
  const values = sampleRegister({ asOf: AS_OF });
  const { lines } = parseRegister({ sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
  const statuses = evaluateRegister(lines, sampleChaseLog({ asOf: AS_OF }), DEFAULT_SETTINGS, AS_OF);
  return chaseList(statuses, AS_OF)
    .filter((g) => !g.heldBack)
    .reduce((n, g) => n + g.lines.length, 0);
}
let dir: string;
let input: string;
let inputHash: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await tempDir("po-cli-");
  input = at("register.xlsx");
  await writeRegisterFile(input, sampleRegister({ asOf: AS_OF }), { chases: sampleChaseLog({ asOf: AS_OF }) });
  inputHash = await sha256(input);
});
afterEach(async () => {
  expect(await sha256(input)).toBe(inputHash); // the input is never written, whatever the command
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("report", () => {
  test("writes the copy with report and KPI sheets, the HTML and text summaries; --json says what it did", async () => {
    const r = await run(["report", input, "--as-of", "2026-11-20", "--out", at("out.xlsx"), "--html", at("s.html"), "--text", at("s.txt"), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ ok: true, sheet: "Follow-up 2026-W47", asOf: "2026-11-20", copied: true, lines: 240, problems: 0 });
    // "To chase now" counts the lines Today lists for the same register and log (issue 16: it counted every late line).
    expect(json.toChase).toBe(linesToChaseToday());
    // Native charts, as the add-in draws them (the surgical writer adds their parts: src/xlsx/chartParts.ts).
    expect(json.chartsDrawn).toEqual(["OTD and OTIF, last 26 periods", "Open lines by days late", "Delay reasons (Pareto)"]);
    expect(json.chartsNotDrawn).toEqual([]);
    expect(r.stderr).toContain("Reading");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("out.xlsx"));
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Register", "Chase log", "KPI", "Follow-up 2026-W47"]);
    const sheet = wb.getWorksheet("Follow-up 2026-W47")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:4" });
    expect(sheet.headerFooter.oddFooter).toBe("&CPage &P of &N");
    expect(sheet.getCell("B4").numFmt).toBe("yyyy-mm-dd");
    expect(await fs.readFile(at("s.html"), "utf8")).toContain("<h2");
    expect(await fs.readFile(at("s.txt"), "utf8")).toMatch(/^Follow-up report 2026-W47\n/);
  });

  test("rerun on its own output replaces the period's sheet and KpiHistory row, never duplicates them", async () => {
    await run(["report", input, "--as-of", "2026-11-20", "--out", at("first.xlsx")]);
    const r = await run(["report", at("first.xlsx"), "--as-of", "2026-11-20", "--out", at("second.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("second.xlsx"));
    expect(wb.worksheets.filter((s) => s.name.startsWith("Follow-up"))).toHaveLength(1);
    expect(wb.getWorksheet("KPI")!.getCell("A31").value).toBeNull(); // one history row (A30), nothing below
  });

  test("next week's run on last week's output keeps the history and a manager's cell on the KPI sheet", async () => {
    await run(["report", input, "--as-of", "2026-11-20", "--out", at("w47.xlsx")]);
    // A manager types a note on our KPI sheet (exceljs rewrites the package; the add-in's records stay).
    const typed = new ExcelJS.Workbook();
    await typed.xlsx.readFile(at("w47.xlsx"));
    typed.getWorksheet("KPI")!.getCell("F5").value = "call Acme";
    await typed.xlsx.writeFile(at("w47-noted.xlsx"));
    for (const [from, to] of [
      ["w47.xlsx", "w48.xlsx"],
      ["w47-noted.xlsx", "w48-noted.xlsx"],
    ])
      expect((await run(["report", at(from), "--as-of", "2026-11-27", "--out", at(to)])).code).toBe(0);
    for (const file of ["w48.xlsx", "w48-noted.xlsx"]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(at(file));
      const kpi = wb.getWorksheet("KPI")!;
      // KpiHistory from A29: W47's row kept, W48's added under it.
      expect([kpi.getCell("A30").value, kpi.getCell("A31").value, kpi.getCell("A32").value]).toEqual(["2026-W47", "2026-W48", null]);
      expect(wb.worksheets.map((s) => s.name)).toEqual(["Register", "Chase log", "KPI", "Follow-up 2026-W47", "Follow-up 2026-W48"]);
    }
    const noted = new ExcelJS.Workbook();
    await noted.xlsx.readFile(at("w48-noted.xlsx"));
    expect(noted.getWorksheet("KPI")!.getCell("F5").value).toBe("call Acme");
  });

  test("month period and Japanese", async () => {
    const r = await run(["report", input, "--as-of", "2026-11-20", "--period", "month", "--lang", "ja", "--out", at("ja.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Follow-up 2026-11");
    expect(r.stderr).toContain("読み込み中");
  });

  test("refuses to write over the input, and bad arguments, with exit 2", async () => {
    expect(await run(["report", input, "--out", input])).toMatchObject({ code: 2, stderr: expect.stringContaining("never overwritten") });
    expect(await run(["report", input, "--out", path.join(dir, ".", "register.xlsx")])).toMatchObject({ code: 2 });
    expect(await run(["report", input, "--as-of", "20/11/2026"])).toMatchObject({ code: 2, stderr: expect.stringContaining("YYYY-MM-DD") });
    expect(await run(["report", input, "--period", "year"])).toMatchObject({ code: 2 });
    expect(await run(["report", input, "--bogus"])).toMatchObject({ code: 2 });
    expect(await run(["report", input, "--sheet", "Register", "--table", "Register"])).toMatchObject({ code: 2 });
    expect(await run(["frobnicate"])).toMatchObject({ code: 2 });
    // --consolidate is report's alone: send refuses it rather than ignoring it.
    expect(await run(["send", input, "--consolidate", "--to", "a@example.com"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--consolidate") });
  });
});

describe("check", () => {
  test("clean register: mapping listed, exit 0", async () => {
    const r = await run(["check", input]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PO number ← A "PO number" (exact)');
    expect(r.stdout).toContain("No problems found.");
  });

  test("problem cells: sheet, row, column, value, expected; exit 1", async () => {
    const values = sampleRegister({ asOf: AS_OF, lines: 20 });
    values[3][9] = "31/02/2026"; // Promised date (J) of sheet row 4: no such day
    values[5][10] = "lots"; // Ordered qty (K) of sheet row 6
    await writeRegisterFile(at("bad.xlsx"), values);
    const r = await run(["check", at("bad.xlsx"), "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.problems).toEqual([
      expect.objectContaining({ sheet: "Register", row: 4, column: "J", value: "31/02/2026", code: "notADate", expected: expect.stringContaining("date") }),
      expect.objectContaining({ sheet: "Register", row: 6, column: "K", value: "lots", code: "notANumber", expected: expect.stringContaining("number") }),
    ]);
    const text = await run(["check", at("bad.xlsx")]);
    expect(text.stdout).toContain("Register!J4");
  });

  test("unreadable files exit 2 with a message that says what to do", async () => {
    await fs.writeFile(at("notes.xlsx"), "just text");
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await fs.writeFile(at("locked.xlsx"), Buffer.concat([ole, Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le")]));
    await fs.writeFile(at("empty.xlsx"), "");
    expect(await run(["check", at("notes.xlsx")])).toMatchObject({ code: 2, stderr: expect.stringContaining("not an Excel workbook") });
    expect(await run(["check", at("locked.xlsx")])).toMatchObject({ code: 2, stderr: expect.stringContaining("password-protected") });
    expect(await run(["check", at("empty.xlsx"), "--json"])).toMatchObject({ code: 2, stdout: expect.stringContaining('"error":"empty"') });
    expect(await run(["check", at("nothing.xlsx"), "--lang", "zh-CN"])).toMatchObject({ code: 2, stderr: expect.stringContaining("文件不存在") });
    expect(await run(["check"])).toMatchObject({ code: 2 });
  });

  test("a damaged sheet: the place is said in the user's language, the parser's own words kept as detail", async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(input));
    const part = Object.keys(zip.files).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
    const xml = await zip.file(part)!.async("string");
    expect(xml).toMatch(/<c r="B3"[^>]*>/);
    zip.file(part, xml.replace(/(<c r="B3"[^>]*>)/, "$1&bogus;"));
    await fs.writeFile(at("damaged.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    const said = async (lang: string) => (await run(["check", at("damaged.xlsx"), "--lang", lang])).stderr;
    expect(await said("en")).toMatch(/damaged at sheet "Register", row 3, column B \(.*&bogus;.*\)/);
    expect(await said("zh-CN")).toMatch(/文件在工作表“Register”，第 3 行，B 列处已损坏（.*&bogus;.*）/);
    expect(await said("ja")).toMatch(/ファイルのシート「Register」、3 行目、B 列が壊れています（.*&bogus;.*）/);
  });
});

test.each([
  ["with its transpile cache", {}],
  ["through ts-node (PO_FOLLOWUP_NO_CACHE=1)", { PO_FOLLOWUP_NO_CACHE: "1" }],
])("the bin shim runs the CLI from a fresh clone's sources (no build step), %s", async (_how, extraEnv) => {
  const bin = path.join(__dirname, "..", "..", "bin", "po-followup.js");
  const env = { ...process.env, LANG: "en", ...extraEnv };
  const { stdout } = await promisify(execFile)(process.execPath, [bin, "check", input, "--json"], { env });
  expect(JSON.parse(stdout)).toMatchObject({ ok: true, register: { lines: 240 } });
}, 60_000);
