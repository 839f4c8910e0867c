import { InMemoryWorkbook, installInMemoryExcel, chartsOf, sheetFingerprint, type CellValue } from "../../in-memory-excel";
import { OWNED_SHEETS_KEY, ownedIds, parseOwnedSheets } from "../../src/workbook/ownedSheets";
import { runFollowUpReport, lastFollowUpReport, onFollowUpReport, type FollowUpReportOptions, type FollowUpReportResult } from "../../commands/followUpReport";
import { SAMPLE_HEADERS } from "../../src/sample";
import { AS_OF, GENERATED_AT, largeWorkbook, sampleWorkbook } from "../excel/report/fixtures";

const FIVE_MB = 5 * 1024 * 1024;

async function run(workbook: InMemoryWorkbook, options: FollowUpReportOptions = {}): Promise<FollowUpReportResult> {
  const uninstall = installInMemoryExcel(workbook);
  try {
    return await runFollowUpReport({ asOf: AS_OF, generatedAt: GENERATED_AT, lang: "en", ...options });
  } finally {
    uninstall();
  }
}

/** A register row in the sample's column order: PO, line, supplier, …, due 30 Oct 2026 (overdue), open. */
function line(po: string, supplier: string, extra: Partial<Record<(typeof SAMPLE_HEADERS)[number], CellValue>> = {}): CellValue[] {
  const row: Record<string, CellValue> = { "PO number": po, Line: 10, Supplier: supplier, "Order date": 46280, "Requested date": 46325, "Promised date": 46325, "Ordered qty": 100, "Unit price": 2.5, Currency: "USD", ...extra };
  return SAMPLE_HEADERS.map((h) => row[h] ?? "");
}

describe("runFollowUpReport", () => {
  test("100,000 lines: at most 8 syncs, every request under 5 MB (desktop)", async () => {
    const workbook = largeWorkbook(100_000);
    const result = await run(workbook, { asOf: 46346 });
    expect(result.ok).toBe(true);
    expect(result.lines).toBe(100_000);
    expect(workbook.syncCount).toBe(result.syncs);
    expect(result.syncs).toBeLessThanOrEqual(8);
    expect(Math.max(...workbook.syncLog.map((s) => s.requestBytes))).toBeLessThan(FIVE_MB);
    expect(result.largestRequest).toBeLessThan(4.2 * 1024 * 1024);
  }, 120_000);

  test("100,000 lines on Excel on the web: reads and writes split under the 5 MB limit", async () => {
    const workbook = largeWorkbook(100_000);
    workbook.payloadLimitBytes = FIVE_MB; // the fake now fails any request or response above 5 MB
    const result = await run(workbook, { asOf: 46346, read: { payloadBudget: 4 * 1024 * 1024 } });
    expect(result.ok).toBe(true);
    expect(workbook.syncLog.every((s) => s.requestBytes <= FIVE_MB && s.responseBytes <= FIVE_MB)).toBe(true);
  }, 120_000);

  test("formula-like supplier names are written as text, never as formulas", async () => {
    const names = ["=HYPERLINK(\"http://x.example\")", "+49 Teile GmbH", "-Minus Ltd", "@Acme"];
    const workbook = sampleWorkbook({ values: [[...SAMPLE_HEADERS], ...names.map((n, i) => line(`PO-${i + 1}`, n))], withLog: false });
    const result = await run(workbook);
    expect(result.ok).toBe(true);
    const table = workbook.findTable("FU_2026W47_ToChase")!;
    const sheet = workbook.requireSheet(table.sheet.name);
    const suppliers = Array.from({ length: table.dataRows }, (_, r) => sheet.rows.get(table.row + 1 + r)![0]);
    expect(suppliers.map((c) => c.value).sort()).toEqual([...names].sort());
    for (const cell of suppliers) {
      expect(cell.formula).toBeUndefined();
      expect(cell.quotePrefix).toBe(true);
    }
  });

  test("a sheet named like the report that the add-in did not create is left as it is; the report goes to “… (2)” and the message says so", async () => {
    const workbook = sampleWorkbook({ lines: 40 });
    workbook.addSheet("Follow-up 2026-W47");
    workbook.seed("Follow-up 2026-W47", "A1", [["my own notes for week 47"]]);
    const before = sheetFingerprint(workbook, "Follow-up 2026-W47");
    const result = await run(workbook);
    expect(result).toMatchObject({ ok: true, sheetName: "Follow-up 2026-W47 (2)" });
    expect(result.message).toContain("The sheet “Follow-up 2026-W47” was not made by PO Follow-up, so it was left as it is; the add-in's sheet is “Follow-up 2026-W47 (2)”");
    expect(sheetFingerprint(workbook, "Follow-up 2026-W47")).toBe(before);
    expect(workbook.findTable("FU_2026W47_ToChase")?.sheet.name).toBe("Follow-up 2026-W47 (2)");
    // A rerun finds its own "(2)" sheet (by id) and rebuilds it; the buyer's sheet is still untouched.
    const again = await run(workbook);
    expect(again).toMatchObject({ ok: true, sheetName: "Follow-up 2026-W47 (2)" });
    expect(sheetFingerprint(workbook, "Follow-up 2026-W47")).toBe(before);
    expect(workbook.sheets.filter((s) => s.name.startsWith("Follow-up 2026-W47"))).toHaveLength(2);
  });

  test("the sheets it creates are marked as its own, and a rebuild clears them (sample: 4 syncs, 3 on a rebuild)", async () => {
    const workbook = sampleWorkbook({ lines: 40 });
    const first = await run(workbook);
    // 1 read, 1 look, 1 write, 1 to mark the two new sheets
    expect(first.syncs).toBe(4);
    const ids = new Set([workbook.requireSheet("KPI").id, workbook.requireSheet("Follow-up 2026-W47").id]);
    expect(ownedIds(parseOwnedSheets(workbook.settings.get(OWNED_SHEETS_KEY)))).toEqual(ids);
    workbook.seed("Follow-up 2026-W47", "Z99", [["stale"]]);
    const second = await run(workbook);
    expect(second.ok).toBe(true);
    expect(second.syncs).toBe(3);
    expect(workbook.cellAt("Follow-up 2026-W47", "Z99")?.value ?? "").toBe("");
  });

  test("no register: a clear message and nothing written", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Notes: [["my notes"]] });
    const before = workbook.cellSnapshot();
    const result = await run(workbook);
    expect(result).toMatchObject({ ok: false, reason: "notFound" });
    expect(result.message).toContain("No register found");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Notes"]);
    expect(workbook.cellSnapshot()).toEqual(before);
  });

  test("a register without a supplier column is 'unmapped': the message names the column, nothing is written", async () => {
    const workbook = InMemoryWorkbook.withSheets({ POs: [["PO number", "Ordered qty", "Promised date"], ["P1", 5, 46300]] });
    workbook.seedTable("POs", "A1:C2", "Register");
    const before = workbook.cellSnapshot();
    const result = await run(workbook);
    expect(result).toMatchObject({ ok: false, reason: "unmapped" });
    expect(result.message).toContain("Supplier");
    expect(result.firstIssues[0]).toMatch(/^POs!A1/);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["POs"]);
    expect(workbook.cellSnapshot()).toEqual(before);
  });

  test("cells with problems: the report is built and the message gives the count and the first cells", async () => {
    const workbook = sampleWorkbook({ values: [[...SAMPLE_HEADERS], line("PO-1", "Acme"), line("PO-2", "Acme", { "Promised date": "31/02/2026" }), line("PO-3", "Acme", { "Ordered qty": "lots" })], withLog: false });
    const result = await run(workbook);
    expect(result.ok).toBe(true);
    expect(result.issueCount).toBe(2);
    expect(result.firstIssues[0]).toMatch(/^Register!J3 \(Promised date\)/);
    expect(result.message).toContain("2 cells in the register need attention");
    expect(String(workbook.cellAt("Follow-up 2026-W47", "A2")?.value)).toContain("2 cells need attention");
  });

  test("messages in Chinese and Japanese", async () => {
    const zh = await run(InMemoryWorkbook.withSheets({ Notes: [] }), { lang: "zh-CN" });
    expect(zh.message).toContain("未找到采购登记表");
    const ja = await run(sampleWorkbook({ lines: 40 }), { lang: "ja" });
    expect(ja.message).toContain("Follow-up 2026-W47 を作成しました");
  });

  test("never throws: a failing sync becomes a message; the last result is kept for the task pane", async () => {
    const workbook = sampleWorkbook({ lines: 40 });
    const seen: FollowUpReportResult[] = [];
    const stop = onFollowUpReport((r) => seen.push(r));
    workbook.failNextSync();
    const result = await run(workbook);
    stop();
    expect(result).toMatchObject({ ok: false, reason: "failed" });
    expect(result.message).toContain("The report could not be built");
    expect(seen).toEqual([result]);
    expect(lastFollowUpReport()).toBe(result);
  });

  test("returns the email-ready summary for 'Copy report summary'", async () => {
    const result = await run(sampleWorkbook({ lines: 40 }));
    expect(result.summaryHtml).toContain("<");
    expect(result.summaryText).toContain("2026-W47");
  });
});

describe("KPI sheet", () => {
  test("on its own KPI sheet, never touches cells outside its layout", async () => {
    const workbook = sampleWorkbook({ lines: 40 });
    await run(workbook); // the add-in creates KPI
    workbook.seed("KPI", "C2", [["manager's note"]]);
    workbook.seed("KPI", "E5", [[123]]);
    workbook.seed("KPI", "A28", [["see below"]]);
    await run(workbook);
    expect(workbook.cellAt("KPI", "C2")?.value).toBe("manager's note");
    expect(workbook.cellAt("KPI", "E5")?.value).toBe(123);
    expect(workbook.cellAt("KPI", "A28")?.value).toBe("see below");
    expect(workbook.cellAt("KPI", "B2")?.value).toBe("2026-W47");
  });

  test("a manager's own sheet named KPI is never touched; the KPI figures go to “KPI (2)” and the message says why", async () => {
    const workbook = sampleWorkbook({ lines: 40 });
    workbook.addSheet("KPI");
    workbook.seed("KPI", "A1", [["Q4 targets", "mine"], ["OTD", 0.95]]);
    const before = sheetFingerprint(workbook, "KPI");
    const result = await run(workbook);
    expect(sheetFingerprint(workbook, "KPI")).toBe(before);
    expect(workbook.findTable("KpiHistory")?.sheet.name).toBe("KPI (2)");
    expect(result).toMatchObject({ ok: true, sheetName: "Follow-up 2026-W47" });
    expect(result.message).toContain("“KPI” was not made by PO Follow-up, so it was left as it is; the add-in's sheet is “KPI (2)”");
    // The next run appends to its own "KPI (2)" (one history row per period), the manager's sheet untouched.
    await run(workbook);
    expect(workbook.findTable("KpiHistory")?.sheet.name).toBe("KPI (2)");
    expect(workbook.findTable("KpiHistory")?.dataRows).toBe(1);
    expect(sheetFingerprint(workbook, "KPI")).toBe(before);
  });

  test("a KPI sheet made before sheets were marked (it holds KpiHistory) is still the add-in's, and is marked now", async () => {
    const workbook = sampleWorkbook({ lines: 40 });
    await run(workbook);
    workbook.settings.delete(OWNED_SHEETS_KEY); // as a workbook from an earlier version
    const second = await run(workbook, { asOf: AS_OF + 7 });
    expect(second.ok).toBe(true);
    expect(workbook.valuesAt("KPI", "A30:A31").map((r) => r[0])).toEqual(["2026-W47", "2026-W48"]);
    expect(ownedIds(parseOwnedSheets(workbook.settings.get(OWNED_SHEETS_KEY)))).toEqual(new Set([workbook.requireSheet("KPI").id, workbook.requireSheet("Follow-up 2026-W48").id]));
  });

  test("the trend chart is re-pointed at the table's last 26 rows", async () => {
    const workbook = sampleWorkbook({ lines: 40 });
    await run(workbook); // creates KPI, KpiHistory (row 30) and the chart
    // 29 more weeks: W47 + 29 = 30 rows; the chart shows rows 5–30 of the table (sheet rows 34–59).
    for (let week = 1; week <= 29; week++) await run(workbook, { asOf: AS_OF + 7 * week });
    const history = workbook.findTable("KpiHistory")!;
    expect(history.dataRows).toBe(30);
    const [trend] = chartsOf(workbook.requireSheet("KPI"));
    expect(chartsOf(workbook.requireSheet("KPI"))).toHaveLength(1);
    expect(trend.series.map((s) => s.values?.rect)).toEqual([
      { row: 33, col: 4, rows: 26, cols: 1 },
      { row: 33, col: 5, rows: 26, cols: 1 },
    ]);
    expect(trend.series[0].categories?.rect).toEqual({ row: 33, col: 0, rows: 26, cols: 1 });
  }, 60_000);
});
