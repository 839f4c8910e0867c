/**
 * What is left out is said (issue 15): a chase-log row for a PO line that is not in the register, and a
 * formula whose result the file never saved, are notes — listed by `check`, with exit 0 when nothing
 * else is wrong (nothing is lost, the figures do not change).
 */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { chaseEntry } from "../fixtures/chaseEntry";
import { registerWorkbook } from "../xlsx/fixtures";
import { run, tempDir } from "./helpers";

let dir: string;
const at = (name: string) => path.join(dir, name);
const REGISTER = [
  ["PO number", "Line", "Supplier", "Order date", "Promised date", "Ordered qty", "Received qty"],
  ["P1", "10", "Acme", 46300, 46340, 10, 0],
  ["P2", "10", "Bolt", 46300, 46340, 5, 0],
];

beforeAll(async () => {
  dir = await tempDir("po-cli-notes-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("an orphan chase: a note naming the log row and the PO line; exit 0", async () => {
  const workbook = registerWorkbook(REGISTER, {
    chases: [chaseEntry({ poNumber: "P1", line: "10", lineKey: "P1/10" }), chaseEntry({ poNumber: "P9", line: "10", lineKey: "P9/10" })],
  });
  await workbook.xlsx.writeFile(at("orphan.xlsx"));
  const r = await run(["check", at("orphan.xlsx")]);
  expect(r.code).toBe(0);
  // The log's header is row 1; the P9 entry is its second row: sheet row 3.
  expect(r.stdout).toContain("1 note (nothing is lost, the figures do not change):");
  expect(r.stdout).toContain("'Chase log'!A3: this chase is for PO line \"P9 / 10\", which is not in the register");
  const ja = await run(["check", at("orphan.xlsx"), "--lang", "ja"]);
  expect(ja.stdout).toContain("台帳にありません");
});

test("a formula with no saved result: a note at its cell, not a silent blank", async () => {
  const workbook = registerWorkbook(REGISTER);
  // Written by a program that does not calculate: a formula and no result.
  workbook.getWorksheet("Register")!.getCell("G3").value = { formula: "F3-0" } as ExcelJS.CellFormulaValue;
  await workbook.xlsx.writeFile(at("formula.xlsx"));
  for (const stream of ["1000", "0"]) {
    const r = await run(["check", at("formula.xlsx"), "--json", "--stream-above-mb", stream]);
    const json = JSON.parse(r.stdout);
    expect(json.notes).toEqual([
      expect.objectContaining({ sheet: "Register", row: 3, column: "G", code: "uncachedFormula" }),
    ]);
    expect(json.notes[0].message).toContain("Register!G3 (Received qty): the cell holds a formula whose result was never saved");
  }
});
