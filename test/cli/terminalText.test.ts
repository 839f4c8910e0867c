/**
 * Text from cells reaches the terminal and the --text summary inert (escapes a workbook stores as
 * `_x001B_` decode to real control characters); the HTML keeps it exactly, the .xlsx as text.
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { writeRegisterFile } from "../xlsx/fixtures";
import { run, tempDir } from "./helpers";

/** As a file holds them: XML cannot carry ESC or BEL, so .xlsx writes them as `_x001B_`, `_x0007_` (readers decode them). */
const STORED = "_x001B_]0;pwned_x0007_Acme _x001B_[2J\u202Egnp.exe";
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await tempDir("po-cli-text-");
  await writeRegisterFile(at("hostile.xlsx"), [
    ["PO number", "Line", "Supplier", "Order date", "Promised date", "Ordered qty", "Received qty"],
    ["P1", "10", STORED, 46300, 46340, 10, 0], // late on 2026-11-20: in the chase list and the summaries
    ["P2", "10", "Bolt", 46300, 46340, "5_x001B_[31m", 0], // a bad quantity whose value check prints
  ]);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("check and report print no control character; the --text summary has none; the .xlsx and HTML keep the name", async () => {
  const check = await run(["check", at("hostile.xlsx")]);
  expect(check.code).toBe(1);
  expect(check.stdout).toContain("Register!F3 (Ordered qty)"); // the value itself is shown with its control character removed or made visible
  expect(`${check.stdout}${check.stderr}`).not.toMatch(TERMINAL_UNSAFE);

  const json = await run(["check", at("hostile.xlsx"), "--json"]);
  expect(json.stdout).not.toMatch(TERMINAL_UNSAFE);
  expect(JSON.parse(json.stdout).problems[0].value).toBe("5\u001b[31m"); // exact, through JSON escapes

  const out = at("out.xlsx");
  const report = await run(["report", at("hostile.xlsx"), "--as-of", "2026-11-20", "--out", out, "--text", at("s.txt"), "--html", at("s.html")]);
  expect(report.code).toBe(0);
  expect(`${report.stdout}${report.stderr}`).not.toMatch(TERMINAL_UNSAFE);
  const text = await fs.readFile(at("s.txt"), "utf8");
  expect(text).toContain("␛]0;pwned␇Acme ␛[2J<U+202E>gnp.exe");
  expect(text).not.toMatch(TERMINAL_UNSAFE);
  const html = await fs.readFile(at("s.html"), "utf8");
  expect(html).toContain("\u202Egnp.exe"); // HTML keeps the text (escaped for markup, not altered)
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const cells = workbook.getWorksheet("Follow-up 2026-W47")!.getSheetValues().flat().filter((v) => typeof v === "string") as string[];
  // The workbook keeps the name as text (no visible-control markers added); exceljs itself drops C0
  // characters when it writes XML, which the surgical writer of issue 11 is to keep byte for byte.
  const names = cells.filter((v) => v.includes("pwned"));
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    expect(name).toContain("\u202Egnp.exe");
    expect(name).not.toContain("␛");
  }
});
