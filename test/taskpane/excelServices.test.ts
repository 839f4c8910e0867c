/**
 * The task pane's services against the in-memory Excel (installed as the global Excel, as in the
 * playground): everything goes through src/excel's runExcel.
 */
import { excelServices } from "../../taskpane/state/excelServices";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { createTemplate } from "../../src/excel/createTemplate";
import { writeChaseEntries } from "../../src/excel/writeChase";
import { saveSettings, EMPTY_STORED_SETTINGS } from "../../src/excel/settingsStore";
import { parseRegister } from "../../src/register/parseRegister";
import { registerTemplate } from "../../src/register/template";
import { sampleRegister } from "../../src/sample/sampleRegister";
import { serialFromYmd } from "../../src/dates/serial";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { installInMemoryExcel, InMemoryWorkbook, asExcelContext, createContext, globalSyncCount } from "../../in-memory-excel";
import { chaseDraft } from "../fixtures/chaseDraft";

const NOV = (day: number) => serialFromYmd(2026, 11, day)!;
const context = (workbook: InMemoryWorkbook) => asExcelContext(createContext(workbook));
const DRAFT = chaseDraft();

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

describe("excelServices", () => {
  test("load(): settings saved with a sheet register arrive although the first sync fails and falls back", async () => {
    // failedSyncFillsNothing: loads queued in the failed sync (no "Register" table) stay empty, as Office.js may leave them.
    const workbook = InMemoryWorkbook.withSheets({ Export: [] }, { failedSyncFillsNothing: true });
    workbook.seed("Export", "A1", [
      ["PO", "Supplier", "Promised date", "Qty"],
      ["1", "Acme", 46000, 3],
    ]);
    await saveSettings(context(workbook), {
      ...EMPTY_STORED_SETTINGS,
      registerSheet: "Export",
      settings: { ...EMPTY_STORED_SETTINGS.settings, minGap: 4 },
    });
    uninstall = installInMemoryExcel(workbook);
    const snapshot = await excelServices().load(NOV(20), "en");
    expect(snapshot?.sheet).toBe("Export");
    expect(snapshot?.settings.minGap).toBe(4);
    expect(snapshot?.settingsProblems).toEqual([]);
  });

  test("createRegister(with sample): the sample's columns land under the template's by header, no reordering in the pane", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    uninstall = installInMemoryExcel(workbook);
    const services = excelServices();
    await services.createRegister(true, "en", NOV(20));
    const snapshot = await services.load(NOV(20), "en");
    const direct = parseRegister({
      sheet: "Register",
      values: sampleRegister({ asOf: NOV(20), lang: "en" }),
      firstRow: 1,
      firstColumn: 0,
      dateSystem: "1900",
      dateOrder: null,
    }).lines;
    expect(snapshot?.parsed.lines.map((l) => [l.key, l.buyer, l.promisedDate, l.unitPrice])).toEqual(
      direct.map((l) => [l.key, l.buyer, l.promisedDate, l.unitPrice]),
    );
    expect(snapshot?.parsed.detection.columns.buyer).toBe(registerTemplate().findIndex((c) => c.field === "buyer"));
  });

  test("Log chase for all: each line keeps its own promise history (next chases 11-25 and 11-27), one batch", async () => {
    // Same lines as test/followup/applyChase.test.ts: both promised Fri 11-13; the log moved A's promise
    // 11-06 → 11-13 on Wed 11-18. Chased together on Mon 11-23: A is level 1 → next L2 WORKDAY(11-18, 5) = Wed 11-25;
    // B is level 2 → next L3 WORKDAY(11-13, 10) = Fri 11-27.
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const header = ["PO number", "Line", "Supplier", "Order date", "Requested date", "Promised date", "Ordered qty"];
    await createTemplate(context(workbook), {
      sample: [header, ["PO-A", "1", "Acme", NOV(2), NOV(13), NOV(13), 100], ["PO-B", "1", "Acme", NOV(2), NOV(13), NOV(13), 100]],
    });
    const history = {
      date: NOV(18),
      lineKey: "PO-A/1",
      poNumber: "PO-A",
      line: "1",
      supplier: "Acme",
      buyer: null,
      channel: "email" as const,
      contact: null,
      outcome: "newDate" as const,
      previousPromised: NOV(6),
      newPromised: NOV(13),
      delayReason: null,
      stage: null,
      note: null,
      nextChase: null,
      loggedAt: "2026-11-18T09:00:00.000Z",
    };
    await writeChaseEntries(context(workbook), { entries: [history], changes: [], register: null, dateSystem: "1900" });
    uninstall = installInMemoryExcel(workbook);

    const services = excelServices({ now: () => new Date("2026-11-23T10:00:00Z") });
    const snapshot = (await services.load(NOV(23), "en"))!;
    const { statuses } = snapshot; // evaluated by the pipeline at the asOf load was given
    expect(snapshot.asOf).toBe(NOV(23));
    expect(statuses).toEqual(evaluateRegister(snapshot.parsed.lines, snapshot.chases, snapshot.settings, NOV(23)));
    expect(statuses.map((s) => s.level)).toEqual([1, 2]);
    expect(services.suggestNextChase(snapshot, statuses[1], DRAFT, NOV(23))).toBe(NOV(27));

    const before = workbook.syncCount;
    const saved = await services.logChases(snapshot, statuses, DRAFT, NOV(23), "en");
    expect(saved).toEqual({ ok: true, count: 2 });
    expect(workbook.syncCount - before).toBe(2);
    const after = (await services.load(NOV(23), "en"))!;
    const logged = after.chases.filter((e) => e.date === NOV(23));
    expect(logged.map((e) => [e.lineKey, e.nextChase])).toEqual([
      ["PO-A/1", NOV(25)],
      ["PO-B/1", NOV(27)],
    ]);
    expect(after.parsed.lines.map((l) => l.nextChaseDate)).toEqual([NOV(25), NOV(27)]);
  });

  test("selection changes reach the pane through src/excel", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    uninstall = installInMemoryExcel(workbook);
    const services = excelServices();
    await services.createRegister(false, "en", NOV(20));
    let calls = 0;
    const stop = await services.onSelectionChanged(() => void calls++);
    await services.selectCell("Register!B2");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(1);
    expect(await services.selectedCell()).toEqual({ sheet: "Register", row: 2 });
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(workbook.selectionHandlers.size).toBe(0);
  });

  test("runReport: the report command writes the week's sheet and returns the summary; watchReports hears it", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    uninstall = installInMemoryExcel(workbook);
    const services = excelServices();
    await services.createRegister(true, "en", NOV(20));
    const heard: string[] = [];
    const stop = await services.watchReports((r) => heard.push(r.message));
    const result = await services.runReport("en", NOV(20));
    stop();
    expect(result.ok).toBe(true);
    expect(result.sheetName).toBe("Follow-up 2026-W47"); // 2026-11-20 is in ISO week 47
    expect(workbook.findSheet("Follow-up 2026-W47")).toBeDefined();
    expect(result.summaryHtml).toContain("<table");
    expect(result.summaryText?.length).toBeGreaterThan(0);
    expect(heard).toEqual([result.message]);
  });

  test("load(): saved settings that are not usable come back as sentences, each key on its default", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    await createTemplate(context(workbook), {
      sample: [
        ["PO number", "Supplier", "Promised date", "Ordered qty"],
        ["PO-1", "Acme", NOV(13), 5],
      ],
    });
    await saveSettings(context(workbook), {
      ...EMPTY_STORED_SETTINGS,
      registerTable: "Register",
      settings: { ...DEFAULT_SETTINGS, dueSoon: -10, minGap: 4 },
    });
    uninstall = installInMemoryExcel(workbook);
    const services = excelServices();
    const snapshot = (await services.load(NOV(20), "en"))!;
    expect(snapshot.settings.dueSoon).toBe(DEFAULT_SETTINGS.dueSoon);
    expect(snapshot.savedSettings.dueSoon).toBe(DEFAULT_SETTINGS.dueSoon); // the Settings form shows what is in force
    expect(snapshot.settings.minGap).toBe(4);
    expect(snapshot.settingsProblems).toEqual([
      "Due soon within (working days): -10 is negative; it must be 0 or more. The default (5) is used.",
    ]);
    const inJapanese = (await services.load(NOV(20), "ja"))!;
    expect(inJapanese.settingsProblems).toHaveLength(1);
    expect(inJapanese.settingsProblems[0]).not.toEqual(snapshot.settingsProblems[0]);
  });

  test("load(): a register kept on a sheet under title rows is found, and a chase writes to the right rows", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Orders: [] });
    workbook.seed("Orders", "A1", [
      ["Open purchase orders"],
      [],
      ["PO number", "Supplier", "Promised date", "Ordered qty", "Next chase"],
      ["PO-1", "Acme", NOV(13), 5, ""],
      ["PO-2", "Bolt", NOV(16), 3, ""],
    ]);
    await createTemplate(context(workbook), { parts: ["chaseLog"] });
    await saveSettings(context(workbook), { ...EMPTY_STORED_SETTINGS, registerSheet: "Orders" });
    uninstall = installInMemoryExcel(workbook);
    const services = excelServices({ now: () => new Date("2026-11-20T10:00:00Z") });
    const snapshot = (await services.load(NOV(20), "en"))!;
    expect(snapshot).toMatchObject({ sheet: "Orders", tableName: null, asOf: NOV(20) });
    expect(snapshot.parsed.lines.map((l) => [l.key, l.sheetRow])).toEqual([
      ["PO-1", 4],
      ["PO-2", 5],
    ]);
    const po2 = snapshot.statuses.find((s) => s.line.key === "PO-2")!;
    expect(await services.logChases(snapshot, [po2], { ...DRAFT, nextChase: NOV(25) }, NOV(20), "en")).toEqual({ ok: true, count: 1 });
    expect(workbook.valuesAt("Orders", "E4:E5")).toEqual([[""], [NOV(25)]]); // PO-2's row, not the one above
  });

  test("monthly tabs: lines of every month, a chase on two sheets at once writes each line's own sheet and selects its own cell", async () => {
    const header = ["PO number", "Supplier", "Promised date", "Ordered qty", "Next chase"];
    const workbook = InMemoryWorkbook.withSheets({
      Oct: [header, ["PO-1", "Acme", NOV(2), 5, ""]],
      Nov: [["November"], header, ["PO-2", "Acme", NOV(13), 3, ""], ["PO-3", "Bolt", NOV(16), 1, ""]],
    });
    await createTemplate(context(workbook), { parts: ["chaseLog"] });
    await saveSettings(context(workbook), { ...EMPTY_STORED_SETTINGS, registerSheet: "Oct" });
    uninstall = installInMemoryExcel(workbook);
    const services = excelServices({ now: () => new Date("2026-11-20T10:00:00Z") });
    const snapshot = (await services.load(NOV(20), "en"))!;
    expect(snapshot.parsed.lines.map((l) => [l.sheet ?? "Oct", l.sheetRow, l.key])).toEqual([
      ["Oct", 2, "PO-1"],
      ["Nov", 3, "PO-2"],
      ["Nov", 4, "PO-3"],
    ]);
    const acme = snapshot.statuses.filter((s) => s.line.supplier === "Acme");
    const syncsBefore = globalSyncCount();
    expect(await services.logChases(snapshot, acme, { ...DRAFT, nextChase: NOV(25) }, NOV(20), "en")).toEqual({ ok: true, count: 2 });
    expect(globalSyncCount() - syncsBefore).toBe(2); // both sheets in one batch: a refusal on either writes nothing
    // PO-1 on Oct row 2, PO-2 on Nov row 3; Nov row 2 is its header and PO-3's row 4 stays blank.
    expect(workbook.valuesAt("Oct", "E2")).toEqual([[NOV(25)]]);
    expect(workbook.valuesAt("Nov", "E2:E4")).toEqual([["Next chase"], [NOV(25)], [""]]);
    // Appended under the new table's blank row (chase rows only ever go through table.rows.add).
    expect(workbook.valuesAt("Chase log", "B2:B4")).toEqual([[""], ["PO-1"], ["PO-2"]]);
  });
});

test("the Set up preview is the pipeline's parse: the header under a title, the buyer's column choice, the total row left out", async () => {
  const workbook = InMemoryWorkbook.withSheets({
    POs: [
      ["Open orders"],
      ["PO", "Maker", "Promised date", "Ordered qty"],
      ["P1", "Acme", NOV(20), 10],
      ["P2", "Bolt", NOV(20), 20],
      ["Total", "", "", 30],
    ],
  });
  const uninstall = installInMemoryExcel(workbook);
  try {
    // "Maker" is no known header: the buyer maps it (column B = index 1) as the supplier.
    const parsed = await excelServices().preview({ kind: "sheet", sheet: "POs" }, { supplier: 1 });
    expect(parsed.lines.map((l) => [l.poNumber, l.supplier, l.sheetRow])).toEqual([
      ["P1", "Acme", 3],
      ["P2", "Bolt", 4],
    ]);
    expect(parsed.issues).toEqual([]);
    expect(parsed.notes.map((n) => [n.code, n.row])).toEqual([["totalsLeftOut", 5]]);
  } finally {
    uninstall();
  }
});
