import { readSources } from "../../src/excel/readSources";
import { saveSettings, queueLoadSettings, EMPTY_STORED_SETTINGS } from "../../src/excel/settingsStore";
import { createTemplate } from "../../src/excel/createTemplate";
import { WEB_PAYLOAD_LIMIT } from "../../src/excel/platform";
import { parseRegister, type RegisterSource } from "../../src/register/parseRegister";
import { CHASE_LOG_COLUMNS } from "../../src/register/template";
import type { ExcelRegisterSource } from "../../src/excel/types";
import { runPipeline, settleSettings, type SourceBlock } from "../../src/pipeline";
import { InMemoryWorkbook } from "../../in-memory-excel";
import { AS_OF, contextFor, readModel, registerWorkbook, HEADER, readRegisterOf } from "./helpers";

// Compile-time checks: what src/excel returns is a RegisterSource for the parser, and a SourceBlock for the pipeline.
const asParserInput = (source: Omit<RegisterSource, "values"> & { values: readonly (readonly unknown[])[] }): RegisterSource => source;
const asPipelineBlock = (source: ExcelRegisterSource): SourceBlock => source;
void asPipelineBlock;

/** Records how each sync of `context` ended: "ok" or the error code. */
function recordSyncs(context: Excel.RequestContext): string[] {
  const outcomes: string[] = [];
  const sync = context.sync.bind(context);
  context.sync = (async () => {
    try {
      await sync();
      outcomes.push("ok");
    } catch (error) {
      outcomes.push(String((error as { code?: string }).code));
      throw error;
    }
  }) as typeof context.sync;
  return outcomes;
}

/** A Chases table on "Chase log" with `rows` entries (A1 header). */
function addChaseLog(workbook: InMemoryWorkbook, rows: number): void {
  workbook.addSheet("Chase log");
  const header = CHASE_LOG_COLUMNS.map((c) => c.header);
  const entries = Array.from({ length: rows }, (_, i) => CHASE_LOG_COLUMNS.map((c, col) => (col === 0 ? 46100 + i : col === 1 ? `PO${4500000 + i}` : c.key === "note" ? `call ${i}` : "")));
  workbook.seed("Chase log", "A1", [header, ...entries]);
  workbook.seedTable("Chase log", `A1:O${rows + 1}`, "Chases");
}

/** A complete log row (date, PO, supplier, channel, outcome) for entry `i`; `channel` may be made unreadable. */
function chaseRow(i: number, channel = "email"): (string | number)[] {
  const cells: Partial<Record<string, string | number>> = { date: 46100 + i, poNumber: `PO${4500000 + i}`, supplier: "Acme", channel, outcome: "noAnswer" };
  return CHASE_LOG_COLUMNS.map((c) => cells[c.key] ?? "");
}

describe("readRegister", () => {
  test("desktop: 100,000 rows, header, values and (asked for) formats, located and read in ONE sync", async () => {
    const workbook = registerWorkbook(100_000);
    const { context, fake } = contextFor(workbook);
    const result = await readRegisterOf(context, {}, { numberFormats: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.report.syncs).toBe(1);
    expect(fake.syncCount).toBe(1);
    const { source } = result;
    expect(source.values).toHaveLength(100_001);
    expect(source.values[0]).toEqual(HEADER);
    expect(source.values[100_000][0]).toBe("PO4599999");
    expect((source as { numberFormats?: string[][] }).numberFormats?.[1][3]).toBe("yyyy-mm-dd");
    expect(source).toMatchObject({ sheet: "POs", tableName: "Register", firstRow: 3, firstColumn: 0, dateSystem: "1900", dateOrder: "MDY" });
    // that one sync carried the whole table: about 13 columns × 100,001 rows
    expect(fake.syncLog[0].responseBytes).toBeGreaterThan(10_000_000);
    const parsed = parseRegister(asParserInput(source));
    expect(parsed.lines).toHaveLength(100_000);
    expect(parsed.lines[0].sheetRow).toBe(4);
  }, 60_000);

  test("rows beyond the per-sync cap are read in chunks after the first sync", async () => {
    const workbook = registerWorkbook(1000);
    const { context, fake } = contextFor(workbook);
    const result = await readRegisterOf(context, {}, { maxRowsPerSync: 400 }); // formats are not read by default
    if (!result.ok) throw new Error(result.reason);
    // sync 1: header + 400 rows; the other 600 rows at 401 per sync (the cap counts a header row): 401 + 199
    expect(fake.syncCount).toBe(3);
    expect(result.report.syncs).toBe(3);
    expect(result.source.values).toHaveLength(1001);
    expect(result.source.values.map((row) => row[0])).toEqual(["PO number", ...Array.from({ length: 1000 }, (_, i) => `PO${4500000 + i}`)]);
    expect("numberFormats" in result.source).toBe(false);
  });

  describe("Excel on the web", () => {
    afterEach(() => {
      delete (globalThis as { Office?: unknown }).Office;
    });

    test("100,000 rows: one sync to find and measure, then chunks each under the 5 MB limit", async () => {
      (globalThis as { Office?: unknown }).Office = { context: { platform: "OfficeOnline" }, PlatformType: { OfficeOnline: "OfficeOnline" } };
      const workbook = registerWorkbook(100_000, { payloadLimitBytes: WEB_PAYLOAD_LIMIT });
      const { context, fake } = contextFor(workbook);
      const result = await readRegisterOf(context, {}, { numberFormats: true });
      if (!result.ok) throw new Error(result.reason);
      expect(result.source.values).toHaveLength(100_001);
      expect(result.source.values[100_000][0]).toBe("PO4599999");
      expect(fake.syncLog.every((s) => s.requestBytes <= WEB_PAYLOAD_LIMIT && s.responseBytes <= WEB_PAYLOAD_LIMIT)).toBe(true);
      // The sample costs 232.14 bytes/row (values + formats); × 1.25 margin = 290.2; the budget is 80 % of
      // 5 MB = 4,194,304 bytes → 14,454 rows per chunk → ⌈100,001 / 14,454⌉ = 7 chunks, + 1 measuring sync.
      expect(fake.syncCount).toBe(8);
      expect(result.report.syncs).toBe(8);
      expect(fake.syncLog[0].responseBytes).toBeLessThan(20_000); // the first sync carries no values
    }, 60_000);
  });

  test("a table saved in the settings wins over Register: the attempt at Register is set aside (3 syncs)", async () => {
    const workbook = registerWorkbook(3);
    workbook.addSheet("Other");
    workbook.seed("Other", "B2", [["PO", "Supplier", "Qty", "Promised"], ["P1", "Acme", 5, 46100]]);
    workbook.seedTable("Other", "B2:E3", "MyPOs");
    const { context } = contextFor(workbook);
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, registerTable: "MyPOs" });
    const syncs = recordSyncs(context);
    const result = await readRegisterOf(context);
    expect(result.ok && result.source).toMatchObject({ sheet: "Other", tableName: "MyPOs", firstRow: 2, firstColumn: 1 });
    // 1 Register + settings (they name MyPOs), 2 names, 3 MyPOs read by name
    expect(syncs).toEqual(["ok", "ok", "ok"]);
    expect(result.report.syncs).toBe(3);
    // picked by name (any case): one sync, the name as the workbook spells it
    const picked = await readRegisterOf(context, { tableName: "mypos" });
    expect(picked.ok && picked.location).toEqual({ kind: "table", table: "MyPOs" });
    expect(syncs).toHaveLength(4);
  });

  test("a table whose 100,000-row window would run off the sheet's last row is measured instead (5 syncs)", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Low: [] });
    workbook.seed("Low", "A1000000", [["PO", "Supplier"], ["P1", "Acme"], ["P2", "Bolt"]]);
    workbook.seedTable("Low", "A1000000:B1000002", "Register");
    const { context } = contextFor(workbook);
    const syncs = recordSyncs(context);
    const result = await readRegisterOf(context);
    expect(result.ok && result.source).toMatchObject({ firstRow: 1_000_000, values: [["PO", "Supplier"], ["P1", "Acme"], ["P2", "Bolt"]] });
    // header row 1,000,000 + 100,000 rows passes row 1,048,576: attempt, names, attempt by name, measure, read
    expect(syncs).toEqual(["InvalidArgument", "ok", "InvalidArgument", "ok", "ok"]);
  });

  test("a picked table that is gone: the sync fails with ItemNotFound, the locate path finds the picked sheet (4 syncs)", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Export: [] }, { date1904: true, shortDatePattern: "dd/MM/yyyy" });
    workbook.seed("Export", "C5", [["PO", "Supplier"], ["1", "A"]]);
    const { context } = contextFor(workbook);
    const syncs = recordSyncs(context);
    const result = await readRegisterOf(context, { tableName: "Gone", sheetName: "export" });
    expect(result.ok && result.source).toMatchObject({ sheet: "Export", tableName: null, firstRow: 5, firstColumn: 2, dateSystem: "1904", dateOrder: "DMY" });
    expect(result.ok && result.source.values).toEqual([["PO", "Supplier"], ["1", "A"]]);
    // 1 failed attempt at "Gone", 2 names + settings, 3 measure the used range, 4 read it
    expect(syncs).toEqual(["ItemNotFound", "ok", "ok", "ok"]);
    expect(result.report.syncs).toBe(4);
  });

  test("no Register table and a sheet saved in the settings: same fallback, 4 syncs", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Export: [] });
    workbook.seed("Export", "A1", [["PO", "Supplier"], ["1", "A"], ["2", "B"]]);
    const { context } = contextFor(workbook);
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, registerSheet: "Export" });
    const syncs = recordSyncs(context);
    const result = await readRegisterOf(context);
    expect(result.ok && result.source).toMatchObject({ sheet: "Export", tableName: null, firstRow: 1 });
    expect(syncs).toEqual(["ItemNotFound", "ok", "ok", "ok"]);
  });

  test("a picked sheet is read through its used range (3 syncs, + 1 for other sheets' first rows), or through its own table (3)", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Export: [], Tabled: [] });
    workbook.seed("Export", "C5", [["PO", "Supplier"], ["1", "A"]]);
    workbook.seed("Tabled", "A1", [["Title"], [], ["PO", "Supplier"], ["9", "Z"]]);
    workbook.seedTable("Tabled", "A3:B4", "Own");
    const { context, fake } = contextFor(workbook);
    const plain = await readRegisterOf(context, { sheetName: "Export" });
    expect(plain.ok && plain.source).toMatchObject({ sheet: "Export", tableName: null, firstRow: 5 });
    // names, measure, read, and the first rows of "Tabled": might it continue "Export" (monthly tabs)? No: no register header.
    expect(fake.syncCount).toBe(4);
    const tabled = await readRegisterOf(context, { sheetName: "Tabled" });
    expect(tabled.ok && tabled.source).toMatchObject({ sheet: "Tabled", tableName: "Own", firstRow: 3, values: [["PO", "Supplier"], ["9", "Z"]] });
    expect(fake.syncCount - 4).toBe(3); // names, measure + the sheet's tables, the table by name (a table has no continuations)
  });

  test("no register: notFound after the failed attempt, the names, and the date system with Holidays (3 syncs), without writing anything", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [["x"]] });
    const before = workbook.cellSnapshot();
    const result = await readRegisterOf(contextFor(workbook).context);
    expect(result).toMatchObject({ ok: false, reason: "notFound", report: { syncs: 3 } });
    expect(workbook.cellSnapshot()).toEqual(before);
  });
});

describe("readSources: register and chase log together", () => {
  test("desktop: 100,000 register rows and the chase log together in ONE sync", async () => {
    const workbook = registerWorkbook(100_000);
    addChaseLog(workbook, 3);
    const { context, fake } = contextFor(workbook);
    const result = await readSources(context);
    expect(fake.syncCount).toBe(1);
    expect(result.report.syncs).toBe(1);
    expect(result.location).toEqual({ kind: "table", table: "Register" });
    expect(result.sources.register?.values).toHaveLength(100_001);
    expect(result.sources.register).toMatchObject({ sheet: "POs", tableName: "Register", firstRow: 3, firstColumn: 0 });
    expect(result.sources.chaseLog).toMatchObject({ sheet: "Chase log", tableName: "Chases", firstRow: 1, firstColumn: 0 });
    expect(result.sources.chaseLog?.values).toHaveLength(4);
    expect(result.sources.chaseLog?.values[3][1]).toBe("PO4500002");
    expect(result.sources).toMatchObject({ dateSystem: "1900", localeDateOrder: "MDY", settingsRecord: undefined, holidays: null, history: [] });
  }, 60_000);

  test("a workbook without a chase log still takes one sync (log: null)", async () => {
    const workbook = registerWorkbook(10);
    const { context, fake } = contextFor(workbook);
    const result = await readSources(context);
    expect(fake.syncCount).toBe(1);
    expect(result.sources.register).not.toBeNull();
    expect(result.sources.chaseLog).toBeNull();
  });

  test("the template's empty log: its header and Excel's blank row, which the pipeline skips; alone, the log takes 3 syncs", async () => {
    const workbook = registerWorkbook(1000);
    const { context, fake } = contextFor(workbook);
    await createTemplate(context, { parts: ["chaseLog"] });
    const before = fake.syncCount;
    const result = await readSources(context);
    expect(fake.syncCount - before).toBe(1);
    expect(result.sources.register?.values).toHaveLength(1001);
    const log = result.sources.chaseLog;
    expect(log?.values[0]).toEqual(CHASE_LOG_COLUMNS.map((c) => c.header));
    // Blank rows are kept (every row keeps its sheet row number); they are no entries and no problems.
    expect(log?.values).toHaveLength(2);
    expect(log?.values[1].every((v) => v === "" || v === null)).toBe(true);
    const model = runPipeline(result.sources, { asOf: AS_OF, evaluate: false });
    expect(model.chases).toEqual([]);
    expect(model.chaseIssues).toEqual([]);
    expect(model.parsed?.lines).toHaveLength(1000);
  });

  test("a blank row in the middle of the log keeps the rows below on their own sheet rows", async () => {
    const workbook = registerWorkbook(3);
    addChaseLog(workbook, 3);
    // Row 2 an entry, row 3 emptied by the buyer, row 4 an entry whose channel is unreadable.
    workbook.seed("Chase log", "A2", [chaseRow(0), CHASE_LOG_COLUMNS.map(() => ""), chaseRow(2, "pigeon")]);
    const { read, model } = await readModel(contextFor(workbook).context);
    expect(read.sources.chaseLog?.values).toHaveLength(4);
    expect(model.chases.map((e) => e.poNumber)).toEqual(["PO4500000"]);
    expect(model.chaseIssues.map((i) => [i.sheet, i.row, i.column])).toEqual([["Chase log", 4, "F"]]); // not row 3
  });

  test("on the fallback the log still comes along (picked sheet: 1 failed + 3)", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Export: [] });
    workbook.seed("Export", "A1", [["PO", "Supplier"], ["1", "A"]]);
    addChaseLog(workbook, 2);
    const { context } = contextFor(workbook);
    const syncs = recordSyncs(context);
    const result = await readSources(context, { tableName: "Gone", sheetName: "Export" });
    expect(result.sources.register?.sheet).toBe("Export");
    expect(result.location).toEqual({ kind: "sheet", sheet: "Export" });
    expect(result.sources.chaseLog?.values).toHaveLength(3);
    expect(syncs).toEqual(["ItemNotFound", "ok", "ok", "ok"]);
  });

  test("no register: the log and the saved record still come back, the pipeline has no register", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Notes: [["x"]] });
    addChaseLog(workbook, 1);
    workbook.seed("Chase log", "A2", [chaseRow(0)]);
    const { context } = contextFor(workbook);
    await saveSettings(context, { ...EMPTY_STORED_SETTINGS, settings: { ...EMPTY_STORED_SETTINGS.settings, minGap: 4 } });
    const { read, model } = await readModel(context);
    expect(read.location).toBeNull();
    expect(read.sources.register).toBeNull();
    expect(read.sources.chaseLog?.values).toHaveLength(2);
    expect(model).toMatchObject({ register: null, parsed: null, statuses: [] });
    expect(model.chases).toHaveLength(1);
    expect(model.settled.settings.minGap).toBe(4);
  });

  test("a register sheet with title rows: the pipeline finds the header under them, and lines keep their sheet rows", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Export: [] });
    workbook.seed("Export", "B2", [["Open purchase orders"], [], ["Printed 2026-11-20"], ["PO number", "Supplier", "Promised date", "Ordered qty"], ["P1", "Acme", 46339, 5], ["P2", "Bolt", 46350, 3]]);
    const { read, model } = await readModel(contextFor(workbook).context, { sheetName: "Export" });
    expect(read.sources.register).toMatchObject({ sheet: "Export", tableName: null, firstRow: 2, firstColumn: 1 });
    expect(model.register).toEqual({ sheet: "Export", tableName: null, name: "Export", headerRow: 5, firstColumn: 1, rows: 3, continuations: [] });
    expect(model.parsed?.lines.map((l) => [l.poNumber, l.sheetRow])).toEqual([
      ["P1", 6],
      ["P2", 7],
    ]);
    expect(model.statuses).toHaveLength(2);
  });
});

describe("saved settings ride in the read's own syncs", () => {
  /** A register on a sheet named in the settings: the first sync (table "Register") fails and falls back. */
  async function sheetRegisterWorkbook(): Promise<InMemoryWorkbook> {
    const workbook = InMemoryWorkbook.withSheets({ Export: [] }, { failedSyncFillsNothing: true });
    workbook.seed("Export", "A1", [["PO", "Supplier", "Promised date", "Qty"], ["1", "A", 46000, 3]]);
    await saveSettings(contextFor(workbook).context, { ...EMPTY_STORED_SETTINGS, registerSheet: "Export", settings: { ...EMPTY_STORED_SETTINGS.settings, minGap: 4 } });
    return workbook;
  }

  test("after a failed first sync the settings still come back (from the locate sync)", async () => {
    const workbook = await sheetRegisterWorkbook();
    const { context } = contextFor(workbook);
    const syncs = recordSyncs(context);
    const result = await readSources(context);
    expect(syncs[0]).toBe("ItemNotFound");
    expect(result.sources.register?.sheet).toBe("Export");
    const settled = settleSettings(result.sources);
    expect(settled.stored.registerSheet).toBe("Export");
    expect(settled.settings.minGap).toBe(4);
  });

  test("the fast path brings them in its one sync", async () => {
    const workbook = registerWorkbook(5);
    await saveSettings(contextFor(workbook).context, { ...EMPTY_STORED_SETTINGS, settings: { ...EMPTY_STORED_SETTINGS.settings, minGap: 3 } });
    const { context, fake } = contextFor(workbook);
    const result = await readSources(context);
    expect(fake.syncCount).toBe(1);
    expect(settleSettings(result.sources).settings.minGap).toBe(3);
  });

  test("why: a settings load queued before the read rides in the failed sync and is never filled", async () => {
    const workbook = await sheetRegisterWorkbook();
    const { context } = contextFor(workbook);
    const early = queueLoadSettings(context); // the old task pane's pattern
    await readSources(context);
    expect(() => early.read()).toThrow(/is not available/);
  });
});
