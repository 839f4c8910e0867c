/**
 * The Chases table has one definition (src/register/chaseLog.ts): the table createTemplate makes takes
 * chaseEntryToRow's rows as they are, and parseChaseLog reads them back with the register's own line key.
 */
import { createTemplate } from "../../src/excel/createTemplate";
import { writeChase, writeChaseEntries } from "../../src/excel/writeChase";
import { chaseEntryToRow, parseChaseLog } from "../../src/register/chaseLog";
import type { ParsedRegister } from "../../src/register/parseRegister";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { applyChase, applyChaseContexts } from "../../src/followup/applyChase";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { sampleRegister } from "../../src/sample/sampleRegister";
import type { ChaseEntry } from "../../src/model";
import { InMemoryWorkbook } from "../../in-memory-excel";
import { AS_OF, contextFor, readModel } from "./helpers";

async function templateWorkbook(dateSystem: "1900" | "1904" = "1900") {
  const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] }, { date1904: dateSystem === "1904" });
  const { context } = contextFor(workbook);
  await createTemplate(context, { sample: sampleRegister({ asOf: AS_OF, lines: 40, lang: "en" }) });
  const { model } = await readModel(context);
  if (!model.parsed) throw new Error("no register");
  return { workbook, context, parsed: model.parsed };
}

/** An engine-made entry for each of the first lines (PO + line, and a PO-only line key when the line is blank). */
function entriesFor(parsed: ParsedRegister, count: number): ChaseEntry[] {
  const statuses = evaluateRegister(parsed.lines, [], DEFAULT_SETTINGS, AS_OF).slice(0, count);
  const contextOf = applyChaseContexts(parsed.lines, [], DEFAULT_SETTINGS);
  return statuses.map((status) => {
    const result = applyChase(status, { date: AS_OF, channel: "phone", outcome: "noAnswer", note: "=called", loggedAt: "2026-11-20T09:00:00" }, contextOf(status));
    if (!result.ok) throw new Error("refused");
    return result.entry;
  });
}

describe("chase log: one set of columns from template to parser", () => {
  test("a row from chaseEntryToRow is accepted by writeChase on the table createTemplate made", async () => {
    const { workbook, context, parsed } = await templateWorkbook();
    const [entry] = entriesFor(parsed, 1);
    const result = await writeChase(context, { rows: [chaseEntryToRow(entry)], changes: [], register: null, dateSystem: "1900" });
    expect(result).toMatchObject({ ok: true, appended: 1 });
    const table = workbook.findTable("Chases")!;
    expect(table.cols).toBe(chaseEntryToRow(entry).length); // 15 columns on both sides
  });

  test("entries read back equal what was written, and each finds its register line by key", async () => {
    for (const dateSystem of ["1900", "1904"] as const) {
      const { context, parsed } = await templateWorkbook(dateSystem);
      const entries = entriesFor(parsed, 3);
      const written = await writeChaseEntries(context, { entries, changes: [], register: null, dateSystem, lang: "zh-CN" });
      expect(written.ok).toBe(true);
      const { read, model } = await readModel(context);
      const block = read.sources.chaseLog;
      if (!block) throw new Error("no log");
      expect(read.sources.dateSystem).toBe(dateSystem);
      const log = parseChaseLog(block.sheet, block.values, read.sources.dateSystem, { firstRow: block.firstRow, firstColumn: block.firstColumn });
      expect(log.issues).toEqual([]);
      expect(log.entries).toEqual(entries); // dates and Logged at back in the 1900 system, Chinese labels as codes, "=called" kept as text
      // The pipeline reads the same log the same way.
      expect(model.chases).toEqual(entries);
      expect(model.chaseIssues).toEqual([]);
      const keys = new Set(parsed.lines.map((l) => l.key));
      for (const e of log.entries) expect(keys.has(e.lineKey)).toBe(true);
      expect(log.entries.map((e) => e.lineKey)).toEqual(parsed.lines.slice(0, 3).map((l) => l.key));
    }
  });
});
