/**
 * Two buyers, one workbook (DESIGN.md "Many buyers, one workbook"): two in-memory Excel clients over one
 * workbook, their round trips interleaved in a fixed order (interleave.ts). Register row 5 holds PO4500001
 * line 20 with promised date 46041 (helpers: row 4 + i, promised 46040 + i for i = 1), stage "Production",
 * no delay reason, last or next chase.
 */
import { createTemplate } from "../../src/excel/createTemplate";
import { writeChase, sameCellValue, type WriteChaseInput } from "../../src/excel/writeChase";
import { CHASE_LOG_COLUMNS } from "../../src/register/template";
import { asExcelContext, createContext, diffSnapshots, InMemoryWorkbook } from "../../in-memory-excel";
import { contextFor, registerWorkbook } from "./helpers";
import { interleave } from "./interleave";

const DATE_COLUMNS = CHASE_LOG_COLUMNS.flatMap((c, i) => (c.numberFormat === "yyyy-mm-dd" ? [i] : []));
const REGISTER = {
  sheet: "POs",
  columns: { promisedDate: 5, stage: 8, delayReason: 9, lastChaseDate: 10, nextChaseDate: 11 },
  firstDataRow: 4,
  lastDataRow: 13,
  keyColumns: { poNumber: 0, line: 1 },
};
const READ_PROMISED = 46041;

/** One buyer's chase on row 5: a new promised date and a last chase, checked against what the pane read. */
function chaseOf(buyer: string, newPromised: number): WriteChaseInput {
  // date, poNumber, line, supplier, buyer, channel, contact, outcome, prev, new, reason, stage, note, next, loggedAt
  const row = [
    46100,
    "PO4500001",
    "20",
    "Supplier 1",
    buyer,
    "email",
    null,
    "newDate",
    READ_PROMISED,
    newPromised,
    null,
    null,
    `by ${buyer}`,
    46105,
    "2026-03-17T09:00:00Z",
  ];
  return {
    rows: [row],
    dateColumns: DATE_COLUMNS,
    changes: [
      { row: 5, field: "promisedDate", value: newPromised, expected: READ_PROMISED },
      { row: 5, field: "lastChaseDate", value: 46100, expected: "" },
    ],
    register: REGISTER,
    dateSystem: "1900",
    lines: [{ row: 5, key: "PO4500001/20" }],
  };
}

async function twoBuyers() {
  const workbook = registerWorkbook(10);
  await createTemplate(contextFor(workbook).context, { parts: ["chaseLog"] }); // an empty Chases table: one blank row
  const mei = createContext(workbook, "mei");
  const ken = createContext(workbook, "ken");
  return { workbook, mei, ken };
}

/** The note column (M) of the Chases table's data rows. */
function loggedNotes(workbook: InMemoryWorkbook): string[] {
  const rows = workbook.findTable("Chases")!.dataRows;
  return workbook.valuesAt("Chase log", `M2:M${1 + rows}`).map((r) => String(r[0]));
}

describe("two buyers log a chase on the same line", () => {
  test("one after the other: the second is refused, names the promised-date cell, writes nothing; the first's date stays (no lost update)", async () => {
    const { workbook, mei, ken } = await twoBuyers();
    const meiResult = await writeChase(asExcelContext(mei), chaseOf("Mei", 46110));
    expect(meiResult).toMatchObject({ ok: true, appended: 1, cellsWritten: 2, syncs: 2 });
    const before = workbook.cellSnapshot();
    // Ken's pane read the line before Mei wrote: it still expects 46041 and a blank last chase.
    const kenResult = await writeChase(asExcelContext(ken), chaseOf("Ken", 46120));
    expect(kenResult).toEqual({
      ok: false,
      reason: "registerChanged",
      rows: [],
      cells: [
        { row: 5, field: "promisedDate", expected: READ_PROMISED, found: 46110, sheet: "POs" },
        { row: 5, field: "lastChaseDate", expected: "", found: 46100, sheet: "POs" },
      ],
      syncs: 1,
    });
    expect(ken.syncCount).toBe(1);
    expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]);
    expect(workbook.valuesAt("POs", "F5")).toEqual([[46110]]);
    expect(loggedNotes(workbook)).toEqual(["", "by Mei"]); // the new table's blank row, then Mei's chase
  });

  test("checks interleaved (Mei 1, Ken 1, Mei 2, Ken 2) into an empty Chases table: two rows, none shared; Ken is told he replaced Mei's date", async () => {
    const { workbook, mei, ken } = await twoBuyers();
    const turns = interleave(["mei", "ken", "mei", "ken"], { mei, ken });
    const [meiResult, kenResult] = await Promise.all([
      writeChase(asExcelContext(mei), chaseOf("Mei", 46110)),
      writeChase(asExcelContext(ken), chaseOf("Ken", 46120)),
    ]);
    expect(turns.done()).toEqual(["mei", "ken", "mei", "ken"]);
    // Both checks ran before either write: both pass (Office.js has no transaction across round trips).
    expect(meiResult).toMatchObject({ ok: true, appended: 1, syncs: 2 });
    expect(meiResult.ok && meiResult.overwritten).toBeUndefined();
    // Ken's second sync read the cells just before writing: Mei's 46110 and 46100 were there.
    expect(kenResult).toMatchObject({
      ok: true,
      appended: 1,
      syncs: 2,
      overwritten: [
        { row: 5, field: "promisedDate", expected: READ_PROMISED, found: 46110, sheet: "POs" },
        { row: 5, field: "lastChaseDate", expected: "", found: 46100, sheet: "POs" },
      ],
    });
    // Before: both filled the new table's one blank row, and Mei's chase was lost under Ken's.
    expect(loggedNotes(workbook)).toEqual(["", "by Mei", "by Ken"]);
    expect(workbook.findTable("Chases")!.dataRows).toBe(3);
  });

  test("Ken checks after Mei's write (Mei 1, Mei 2, Ken 1): refused, Mei's row and date stay", async () => {
    const { workbook, mei, ken } = await twoBuyers();
    const turns = interleave(["mei", "mei", "ken"], { mei, ken });
    const [, kenResult] = await Promise.all([
      writeChase(asExcelContext(mei), chaseOf("Mei", 46110)),
      writeChase(asExcelContext(ken), chaseOf("Ken", 46120)),
    ]);
    expect(turns.done()).toEqual(["mei", "mei", "ken"]);
    expect(kenResult).toMatchObject({ ok: false, reason: "registerChanged", syncs: 1 });
    expect(workbook.valuesAt("POs", "F5:K5")).toEqual([[46110, 101, 0, "Production", "", 46100]]);
    expect(loggedNotes(workbook)).toEqual(["", "by Mei"]);
  });

  test("Mei's first sync, then Ken's whole chase, then Mei's write: Mei told she replaced Ken's date; both chases logged in their own rows", async () => {
    const { workbook, mei, ken } = await twoBuyers();
    const turns = interleave(["mei", "ken", "ken", "mei"], { mei, ken });
    const [meiResult] = await Promise.all([
      writeChase(asExcelContext(mei), chaseOf("Mei", 46110)),
      writeChase(asExcelContext(ken), chaseOf("Ken", 46120)),
    ]);
    expect(turns.done()).toEqual(["mei", "ken", "ken", "mei"]);
    expect(meiResult).toMatchObject({
      ok: true,
      overwritten: [
        { field: "promisedDate", found: 46120 },
        { field: "lastChaseDate", found: 46100 },
      ],
    });
    expect(loggedNotes(workbook)).toEqual(["", "by Ken", "by Mei"]);
  });

  test("a chase with register changes stays 2 round trips: the check rides in the first, the recheck in the second", async () => {
    const { mei } = await twoBuyers();
    const result = await writeChase(asExcelContext(mei), chaseOf("Mei", 46110));
    expect(result).toMatchObject({ ok: true, syncs: 2 });
    expect(mei.syncCount).toBe(2);
  });

  test("a cell typed over since the read (not by the add-in) is a change too: stage expected 'Production', now 'QC'", async () => {
    const { workbook, mei } = await twoBuyers();
    workbook.seed("POs", "I5", [["QC"]]);
    const input = { ...chaseOf("Mei", 46110), changes: [{ row: 5, field: "stage" as const, value: "Shipped", expected: "Production" }] };
    const result = await writeChase(asExcelContext(mei), input);
    expect(result).toMatchObject({
      ok: false,
      reason: "registerChanged",
      cells: [{ row: 5, field: "stage", expected: "Production", found: "QC", sheet: "POs" }],
    });
    expect(workbook.valuesAt("POs", "I5")).toEqual([["QC"]]);
  });
});

describe("sameCellValue", () => {
  test("blank is blank whether read as '' or null; numbers and text compare exactly", () => {
    expect(sameCellValue("", null)).toBe(true);
    expect(sameCellValue(null, "")).toBe(true);
    expect(sameCellValue(46041, 46041)).toBe(true);
    expect(sameCellValue(46041, 46042)).toBe(false);
    expect(sameCellValue("46041", 46041)).toBe(false); // text that looks like the serial is another value
    expect(sameCellValue("", 46041)).toBe(false);
    expect(sameCellValue("QC", "qc")).toBe(false);
  });
});
