/**
 * A register kept as one sheet per month: a chase on lines of two sheets is one batch (2 syncs), and a
 * refusal on either sheet writes nothing on either — no chase row, no register cell.
 * Sheet POs (registerWorkbook): row 5 holds PO4500001 line 20, promised 46041; row 6 PO4500002 line 30,
 * promised 46042. Sheet Nov: the same rows with PO numbers 46… (row 6: PO4600002 line 30, promised 46042).
 */
import { createTemplate } from "../../src/excel/createTemplate";
import { writeChase, type RegisterColumns, type WriteChaseInput } from "../../src/excel/writeChase";
import { CHASE_LOG_COLUMNS } from "../../src/register/template";
import { asExcelContext, createContext, diffSnapshots, type InMemoryWorkbook } from "../../in-memory-excel";
import { contextFor, registerWorkbook } from "./helpers";

const DATE_COLUMNS = CHASE_LOG_COLUMNS.flatMap((c, i) => (c.numberFormat === "yyyy-mm-dd" ? [i] : []));
const COLUMNS = { promisedDate: 5, stage: 8, delayReason: 9, lastChaseDate: 10, nextChaseDate: 11 };
const register = (sheet: string): RegisterColumns => ({
  sheet,
  columns: COLUMNS,
  firstDataRow: 4,
  lastDataRow: 13,
  keyColumns: { poNumber: 0, line: 1 },
});

async function twoMonths(): Promise<InMemoryWorkbook> {
  const workbook = registerWorkbook(10);
  const rows = workbook
    .valuesAt("POs", "A3:M13")
    .map((row, r) => (r === 0 ? row : [String(row[0]).replace("PO45", "PO46"), ...row.slice(1)]));
  workbook.addSheet("Nov");
  workbook.seed("Nov", "A3", rows);
  await createTemplate(contextFor(workbook).context, { parts: ["chaseLog"] });
  return workbook;
}

/** A chase-log row for `po` / `line` (date, po, line, supplier, buyer, channel, contact, outcome, prev, new, reason, stage, note, next, logged at). */
const logRow = (po: string, line: string, newPromised: number) => [
  46100,
  po,
  line,
  "Supplier",
  "Mei",
  "email",
  null,
  "newDate",
  null,
  newPromised,
  null,
  null,
  "monthly",
  46105,
  "2026-03-17T09:00:00Z",
];

/** New promised dates on POs row 5 (read 46041) and Nov row 6 (read `novRead`). */
function chaseOnBoth(novRead: number): WriteChaseInput {
  return {
    rows: [logRow("PO4500001", "20", 46110), logRow("PO4600002", "30", 46111)],
    dateColumns: DATE_COLUMNS,
    changes: [{ row: 5, field: "promisedDate", value: 46110, expected: 46041 }],
    register: register("POs"),
    lines: [{ row: 5, key: "PO4500001/20" }],
    more: [
      {
        register: register("Nov"),
        changes: [{ row: 6, field: "promisedDate", value: 46111, expected: novRead }],
        lines: [{ row: 6, key: "PO4600002/30" }],
      },
    ],
    dateSystem: "1900",
  };
}

test("lines on two sheets: both sheets and the chase log written in one batch of 2 syncs", async () => {
  const workbook = await twoMonths();
  const result = await writeChase(asExcelContext(createContext(workbook)), chaseOnBoth(46042));
  expect(result).toMatchObject({ ok: true, appended: 2, cellsWritten: 2, syncs: 2 });
  expect(workbook.valuesAt("POs", "F5")).toEqual([[46110]]);
  expect(workbook.valuesAt("Nov", "F6")).toEqual([[46111]]);
  const logged = workbook.findTable("Chases")!.dataRows;
  const pos = workbook.valuesAt("Chase log", `B2:B${1 + logged}`).map((r) => r[0]);
  expect(pos.filter((po) => po !== "")).toEqual(["PO4500001", "PO4600002"]);
});

test("a cell changed on the second sheet: nothing written on either sheet nor in the log, the cell named with its sheet", async () => {
  const workbook = await twoMonths();
  workbook.seed("Nov", "F6", [[46050]]); // another buyer moved Nov row 6's promise after the pane read 46042
  const before = workbook.cellSnapshot();
  const result = await writeChase(asExcelContext(createContext(workbook)), chaseOnBoth(46042));
  expect(result).toEqual({
    ok: false,
    reason: "registerChanged",
    rows: [],
    cells: [{ row: 6, field: "promisedDate", expected: 46042, found: 46050, sheet: "Nov" }],
    syncs: 1,
  });
  expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]); // POs row 5 untouched, no Chases row
});

test("a row moved on the first sheet refuses the whole chase too", async () => {
  const workbook = await twoMonths();
  workbook.seed("POs", "A5", [["PO4599999"]]); // row 5 no longer holds PO4500001 (sorted or edited)
  const before = workbook.cellSnapshot();
  const result = await writeChase(asExcelContext(createContext(workbook)), chaseOnBoth(46042));
  expect(result).toMatchObject({ ok: false, reason: "registerChanged", rows: [5], syncs: 1 });
  expect(diffSnapshots(before, workbook.cellSnapshot())).toEqual([]);
});
