import { createTemplate } from "../../src/excel/createTemplate";
import { writeChase, writeChaseEntries, type WriteChaseInput } from "../../src/excel/writeChase";
import { CHASE_LOG_COLUMNS } from "../../src/register/template";
import { diffSnapshots, InMemoryWorkbook } from "../../in-memory-excel";
import { contextFor, readModel, registerWorkbook } from "./helpers";

const DATE_COLUMNS = CHASE_LOG_COLUMNS.flatMap((c, i) => (c.numberFormat === "yyyy-mm-dd" ? [i] : []));

function chaseRow(note: string, supplier = "Supplier 1"): (string | number | null)[] {
  // date, poNumber, line, supplier, buyer, channel, contact, outcome, prev, new, reason, stage, note, next, loggedAt
  return [46100, "PO4500001", "20", supplier, "Mei", "email", null, "newDate", 46041, 46110, "Transport", "Shipped", note, 46105, "2026-03-17T09:00:00Z"];
}

/** Register on POs!A3 (see helpers): stage = I (8), delay reason = J (9), last chase = K (10), next chase = L (11), promised = F (5). */
const REGISTER = { sheet: "POs", columns: { promisedDate: 5, stage: 8, delayReason: 9, lastChaseDate: 10, nextChaseDate: 11 }, firstDataRow: 4, lastDataRow: 13 };

async function workbookWithLog(): Promise<InMemoryWorkbook> {
  const workbook = registerWorkbook(10);
  await createTemplate(contextFor(workbook).context, { parts: ["chaseLog"] });
  return workbook;
}

function input(overrides: Partial<WriteChaseInput> = {}): WriteChaseInput {
  return {
    rows: [chaseRow("called")],
    dateColumns: DATE_COLUMNS,
    changes: [
      { row: 5, field: "promisedDate", value: 46110 },
      { row: 5, field: "lastChaseDate", value: 46100 },
      { row: 5, field: "nextChaseDate", value: 46105 },
      { row: 5, field: "stage", value: "Shipped" },
      { row: 5, field: "delayReason", value: "Transport" },
    ],
    register: REGISTER,
    dateSystem: "1900",
    ...overrides,
  };
}

describe("writeChase", () => {
  test("logs a chase and updates the register in at most 2 syncs, with calculation suspended for the write", async () => {
    const workbook = await workbookWithLog();
    const { context, fake } = contextFor(workbook);
    const result = await writeChase(context, input());
    expect(result).toMatchObject({ ok: true, appended: 1, cellsWritten: 5, refused: [], syncs: 2 });
    expect(fake.syncCount).toBe(2);
    expect(fake.syncLog[1].calculationSuspended).toBe(true);
    // Appended under the new table's blank row (left blank: filling it is the race two buyers lose, see below).
    expect(workbook.valuesAt("Chase log", "A2:D3")).toEqual([["", "", "", ""], [46100, "PO4500001", "20", "Supplier 1"]]);
    expect(workbook.findTable("Chases")?.dataRows).toBe(2);
    expect(workbook.valuesAt("POs", "F5:L5")).toEqual([[46110, 101, 0, "Shipped", "Transport", 46100, 46105]]);
  });

  test("writes only the Chases table and the named columns of the given rows (whole grid diff)", async () => {
    const workbook = await workbookWithLog();
    const before = workbook.cellSnapshot();
    await writeChase(contextFor(workbook).context, input({ rows: [chaseRow("a"), chaseRow("b")] }));
    const changed = diffSnapshots(before, workbook.cellSnapshot());
    // allowed: the two chase rows ('Chase log'!A3:O4, under the blank row) and row 5 of the five named columns
    const allowed = (address: string) => /^'Chase log'![A-O][34]$/.test(address) || /^POs!(F|I|J|K|L)5$/.test(address);
    expect(changed.filter((a) => !allowed(a))).toEqual([]);
    expect(changed).toEqual(expect.arrayContaining(["POs!F5", "POs!I5", "POs!J5", "POs!K5", "POs!L5"]));
    // second entry appended under the first
    expect(workbook.valuesAt("Chase log", "M3:M4")).toEqual([["a"], ["b"]]);
  });

  test("formula-like text is stored as text, never as a formula", async () => {
    const workbook = await workbookWithLog();
    const hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2-2", "@SUM(A1)", "0045"];
    await writeChase(
      contextFor(workbook).context,
      input({ rows: hostile.map((note) => chaseRow(note, note)), changes: [{ row: 6, field: "delayReason", value: "=cmd|' /C calc'!A0" }] }),
    );
    for (const [i, text] of hostile.entries()) {
      const note = workbook.cellAt("Chase log", `M${3 + i}`);
      const supplier = workbook.cellAt("Chase log", `D${3 + i}`);
      expect(note?.formula).toBeUndefined();
      expect(note?.value).toBe(text);
      expect(supplier?.value).toBe(text);
    }
    expect(workbook.cellAt("POs", "J6")).toMatchObject({ value: "=cmd|' /C calc'!A0" });
    expect(workbook.cellAt("POs", "J6")?.formula).toBeUndefined();
  });

  test("refuses columns it may not write and rows outside the register", async () => {
    const workbook = await workbookWithLog();
    const before = workbook.cellSnapshot();
    const result = await writeChase(
      contextFor(workbook).context,
      input({ rows: [], changes: [{ row: 2, field: "stage", value: "QC" }, { row: 5, field: "supplier" as never, value: "X" }] }),
    );
    expect(result).toMatchObject({ ok: true, appended: 0, cellsWritten: 0 });
    expect(result.ok && result.refused).toHaveLength(2);
    expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]);
  });

  test("dates keep the register's own date format, get one when the cell has none, and are shifted for 1904 workbooks", async () => {
    const workbook = await workbookWithLog();
    workbook.cellAt("POs", "F7")!.numberFormat = "dd.mm.yyyy";
    await writeChase(contextFor(workbook).context, input({ rows: [], dateSystem: "1904", changes: [{ row: 7, field: "promisedDate", value: 46110 }, { row: 7, field: "stage", value: "QC" }] }));
    // 46110 (1900 system) − 1462 = 44648 in the 1904 system
    expect(workbook.cellAt("POs", "F7")).toMatchObject({ value: 44648, numberFormat: "dd.mm.yyyy" });
  });

  test("ChaseEntry objects go through chaseEntryToRow (1904 dates converted once)", async () => {
    const workbook = await workbookWithLog();
    const entry = { date: 46100, lineKey: "PO1/10", poNumber: "PO1", line: "10", supplier: "-Acme", buyer: null, channel: "phone" as const, contact: null, outcome: "noAnswer" as const, previousPromised: null, newPromised: null, delayReason: null, stage: null, note: null, nextChase: 46105, loggedAt: "2026-03-17T09:00:00Z" };
    const result = await writeChaseEntries(contextFor(workbook).context, { entries: [entry], changes: [], register: null, dateSystem: "1904" });
    expect(result.ok).toBe(true);
    // 46100 − 1462 = 44638; "-Acme" stays text
    expect(workbook.valuesAt("Chase log", "A3:D3")).toEqual([[44638, "PO1", "10", "-Acme"]]);
  });

  test("an older log (codes, Logged at as Text): new rows get labels in the pane's language and a date-time Logged at; old rows stay", async () => {
    const workbook = registerWorkbook(10);
    workbook.addSheet("Chase log");
    const formats = CHASE_LOG_COLUMNS.map((c) => (c.key === "loggedAt" ? "@" : c.numberFormat));
    const oldRow = [46090, "PO4500002", "30", "Supplier 2", "", "email", "", "noAnswer", "", "", "", "", "", "", "2026-03-07T01:02:03.004Z"];
    workbook.seed("Chase log", "A1", [CHASE_LOG_COLUMNS.map((c) => c.header), oldRow], [CHASE_LOG_COLUMNS.map(() => null), formats]);
    workbook.seedTable("Chase log", "A1:O2", "Chases");
    const entry = { date: 46100, lineKey: "PO4500001/20", poNumber: "PO4500001", line: "20", supplier: "Supplier 1", buyer: null, channel: "phone" as const, contact: null, outcome: "noAnswer" as const, previousPromised: null, newPromised: null, delayReason: null, stage: null, note: null, nextChase: null, loggedAt: "2026-03-17T09:00:00" };
    const { context } = contextFor(workbook);
    const result = await writeChaseEntries(context, { entries: [entry, { ...entry, loggedAt: "2026-03-17T18:00:00" }], changes: [], register: null, dateSystem: "1900", lang: "ja" });
    expect(result).toMatchObject({ ok: true, appended: 2 });
    expect(workbook.valuesAt("Chase log", "F3:H4")).toEqual([["電話", "", "応答なし"], ["電話", "", "応答なし"]]);
    // 2026-03-17 = 46023 (1 Jan) + 31 + 28 + 16 = 46098; 09:00 = 0.375 of a day, 18:00 = 0.75; shown as date and time
    expect(workbook.cellAt("Chase log", "O3")).toMatchObject({ value: 46098.375, numberFormat: "yyyy-mm-dd hh:mm" });
    expect(workbook.cellAt("Chase log", "O4")).toMatchObject({ value: 46098.75, numberFormat: "yyyy-mm-dd hh:mm" });
    expect(workbook.cellAt("Chase log", "O2")).toMatchObject({ value: "2026-03-07T01:02:03.004Z", numberFormat: "@" });
    // All three rows read back, in whatever form each was written.
    const { model } = await readModel(context);
    expect(model.chaseIssues).toEqual([]);
    expect(model.chases.map((e) => [e.channel, e.outcome, e.loggedAt])).toEqual([
      ["email", "noAnswer", "2026-03-07T01:02:03.004Z"],
      ["phone", "noAnswer", "2026-03-17T09:00:00"],
      ["phone", "noAnswer", "2026-03-17T18:00:00"],
    ]);
  });

  test("without a chase log nothing is written", async () => {
    const workbook = registerWorkbook(10);
    const before = workbook.cellSnapshot();
    const result = await writeChase(contextFor(workbook).context, input());
    expect(result).toEqual({ ok: false, reason: "noChaseLog", syncs: 1 });
    expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]);
  });

  describe("rows that moved since the register was read", () => {
    // Register row 5 holds PO4500001 line 20 (helpers: row 4 + i holds PO450000i, line 10 × (1 + i mod 5)).
    const CHECKED = { ...REGISTER, keyColumns: { poNumber: 0, line: 1 } };
    const LINES = [{ row: 5, key: "PO4500001/20" }];

    test("rows still holding their lines: written as before, still in 2 syncs", async () => {
      const workbook = await workbookWithLog();
      const { context, fake } = contextFor(workbook);
      const result = await writeChase(context, input({ register: CHECKED, lines: LINES }));
      expect(result).toMatchObject({ ok: true, appended: 1, cellsWritten: 5, syncs: 2 });
      expect(fake.syncCount).toBe(2);
      expect(workbook.valuesAt("POs", "I5:J5")).toEqual([["Shipped", "Transport"]]);
    });

    test("after a sort, another PO is in the row: nothing is written anywhere and the rows are named", async () => {
      const workbook = await workbookWithLog();
      // The buyer sorted: rows 5 and 6 swapped their PO / line cells.
      workbook.seed("POs", "A5", [["PO4500002", "30"]]);
      workbook.seed("POs", "A6", [["PO4500001", "20"]]);
      const before = workbook.cellSnapshot();
      const { context, fake } = contextFor(workbook);
      const result = await writeChase(context, input({ register: CHECKED, lines: LINES }));
      expect(result).toEqual({ ok: false, reason: "registerChanged", rows: [5], syncs: 1 });
      expect(fake.syncCount).toBe(1);
      expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]); // no log row, no register cell
    });

    test("same PO, another line in the row (a row inserted inside an order) is a change too", async () => {
      const workbook = await workbookWithLog();
      workbook.seed("POs", "B5", [["10"]]);
      const before = workbook.cellSnapshot();
      const result = await writeChase(contextFor(workbook).context, input({ register: CHECKED, lines: LINES }));
      expect(result).toMatchObject({ ok: false, reason: "registerChanged", rows: [5] });
      expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]);
    });

    test("a register without a line column keys rows by PO alone; numbers read as Excel shows them", async () => {
      const workbook = await workbookWithLog();
      workbook.seed("POs", "A5", [[4500001]]);
      const result = await writeChase(
        contextFor(workbook).context,
        input({ register: { ...REGISTER, keyColumns: { poNumber: 0, line: null } }, lines: [{ row: 5, key: "4500001" }] }),
      );
      expect(result).toMatchObject({ ok: true, cellsWritten: 5 });
    });

    test("a change to a row that is not one of the chased lines is refused, not written", async () => {
      const workbook = await workbookWithLog();
      const result = await writeChase(
        contextFor(workbook).context,
        input({ register: CHECKED, lines: LINES, changes: [{ row: 6, field: "stage", value: "QC" }] }),
      );
      expect(result).toMatchObject({ ok: true, cellsWritten: 0 });
      expect(result.ok && result.refused).toEqual([{ row: 6, field: "stage", value: "QC" }]);
      expect(workbook.cellAt("POs", "I6")?.value).toBe("Production");
    });
  });

  test("a failed write sync surfaces the error", async () => {
    const workbook = await workbookWithLog();
    const { context } = contextFor(workbook);
    const sync = context.sync.bind(context);
    let calls = 0;
    context.sync = (async () => {
      if (++calls === 2) workbook.failNextSync(new Error("connection lost"));
      return sync();
    }) as typeof context.sync;
    await expect(writeChase(context, input())).rejects.toThrow("connection lost");
  });
});
