/**
 * parseRegister's `settledLater` (the task pane's first load): the lines not settled at once, the settled
 * rows read whole when `lines`, `issues` or `notes` is first read — and then exactly what the eager parse
 * gives, problems and notes included, so nothing the buyer is told depends on which was used.
 */
import { parseRegister, type ParsedRegister, type RegisterSource, type SettlingFields } from "../../src/register/parseRegister";
import { generateRegister } from "../../src/sample/generateRegister";
import { lifecycle } from "../../src/followup/lifecycle";
import { isFollowedUp } from "../../src/followup/followUpState";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { SAP_OPEN_QTY_HEADERS } from "../fixtures/sapOpenQty";

const AS_OF = 46346; // Fri 2026-11-20
// SAMPLE_HEADERS' columns (src/sample/sampleRegister.ts).
const PO = 0;
const SUPPLIER = 2;
const REQUESTED = 8;
const PROMISED = 9;
const ORDERED = 10;
const RECEIVED = 11;
const RECEIVED_DATE = 12;
const PRICE = 13;
const CURRENCY = 14;
const LIFECYCLE = 15;
const LAST_CHASE = 18;

/** The pipeline's rule: settled = not followed up (received in full, cancelled, closed, on hold). */
const settled = (fields: SettlingFields) => !isFollowedUp(lifecycle(fields, DEFAULT_SETTINGS));

function source(values: unknown[][], more: RegisterSource["more"] = []): RegisterSource {
  return { sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null, more };
}

/** Everything a parse says, read in full. */
const whole = (parsed: ParsedRegister) => ({
  detection: parsed.detection,
  lines: parsed.lines,
  issues: parsed.issues,
  notes: parsed.notes,
});

/** The first row (index into rows) that the rule calls settled / not settled, from `from` on. */
function rowWhere(rows: unknown[][], wantSettled: boolean, from = 1): number {
  for (let r = from; r < rows.length; r++) {
    const row = rows[r];
    const isSettled = row[LIFECYCLE] !== "" || (typeof row[RECEIVED] === "number" && row[RECEIVED] >= (row[ORDERED] as number));
    if (isSettled === wantSettled) return r;
  }
  throw new Error("no such row");
}

/**
 * A generated register with problems and notes on both kinds of rows: a settled row's unreadable due
 * date, its unit ("12.5 EUR/pc" is refused; "1.5 pcs" noted) above an open row's, a duplicate of a
 * settled line on an open row and of an open line on a settled row, a settled row received before it was
 * ordered, a settled row without any due date, a settled row's unreadable last chase and ordered quantity
 * (cells read at once: their problems said once), a settled row without a PO number, and a totals row.
 */
function troubledRegister(): unknown[][] {
  const rows = generateRegister(1200, 5, AS_OF).map((row) => [...row]);
  const settledRow = rowWhere(rows, true, 10);
  const openRow = rowWhere(rows, false, settledRow + 1);
  rows[settledRow][REQUESTED] = "31/02/2026"; // no such day
  rows[settledRow][PRICE] = "1.5 pcs"; // a unit: noted once for the column, at its first cell
  rows[openRow][PRICE] = "2.5 pcs";
  const settledTwin = rowWhere(rows, true, openRow + 1);
  const openTwin = rowWhere(rows, false, settledTwin + 1);
  rows[openTwin][PO] = rows[settledTwin][PO]; // the open row repeats the settled line's key
  rows[openTwin][1] = rows[settledTwin][1];
  const laterOpen = rowWhere(rows, false, openTwin + 1);
  const laterSettled = rowWhere(rows, true, laterOpen + 1);
  rows[laterSettled][PO] = rows[laterOpen][PO]; // the settled row repeats the open line's key
  rows[laterSettled][1] = rows[laterOpen][1];
  const early = rowWhere(rows, true, laterSettled + 1);
  rows[early][RECEIVED_DATE] = (rows[early][7] as number) - 3; // received three days before the order date
  const undated = rowWhere(rows, true, early + 1);
  rows[undated][REQUESTED] = "";
  rows[undated][PROMISED] = "";
  // Problems in the cells read at once (the settling and key cells): said once, not again when the row is read whole.
  const chasedOddly = rowWhere(rows, true, undated + 1);
  rows[chasedOddly][LAST_CHASE] = "last week";
  const onHold = rowWhere(rows, true, chasedOddly + 1);
  rows[onHold][LIFECYCLE] = "On hold";
  rows[onHold][ORDERED] = "lots";
  const noPo = rowWhere(rows, true, onHold + 1);
  rows[noPo][PO] = ""; // its line is known by its row ("row:N")
  const total: (string | number)[] = new Array<string | number>(rows[0].length).fill("");
  total[PO] = "Total";
  total[ORDERED] = rows.slice(1).reduce((sum, row) => sum + (row[ORDERED] as number), 0);
  rows.push(total);
  return rows;
}

test("read in full, a settledLater parse is the eager parse: lines, problems and notes", () => {
  const rows = troubledRegister();
  const eager = parseRegister(source(rows));
  const later = parseRegister(source(rows), undefined, { settledLater: settled });
  // The register has every case the test is about: otherwise it would prove nothing.
  const codes = new Set(eager.issues.map((i) => i.code));
  for (const code of ["notADate", "notANumber", "duplicateKey", "receivedBeforeOrdered", "missingValue"] as const)
    expect([code, codes.has(code)]).toEqual([code, true]);
  expect(eager.issues.some((i) => i.code === "notADate" && i.field === "lastChaseDate")).toBe(true);
  expect(eager.lines.some((l) => l.key.startsWith("row:"))).toBe(true);
  expect(eager.notes.map((n) => n.code).sort()).toEqual(["totalsLeftOut", "unitDropped"]);
  expect(whole(later)).toEqual(whole(eager));
});

test("the unsettled lines come at once, the same objects that `lines` holds, in line order", () => {
  const rows = troubledRegister();
  const eager = parseRegister(source(rows));
  const later = parseRegister(source(rows), undefined, { settledLater: settled });
  const unsettled = later.unsettled!.lines;
  const expected = eager.lines.filter((line) => !settled(line));
  expect(unsettled.length).toBeGreaterThan(100);
  expect(unsettled.length).toBeLessThan(eager.lines.length - 100);
  expect(unsettled).toEqual(expected);
  const all = later.lines;
  expect(unsettled.every((line) => all[all.findIndex((l) => l.key === line.key && l.sheetRow === line.sheetRow)] === line)).toBe(true);
  expect(eager.unsettled).toBeUndefined();
});

test("a settled row's other cells are read only when the lines are; its last chase at once", () => {
  const rows = generateRegister(300, 2, AS_OF).map((row) => [...row]);
  const r = rowWhere(rows, true);
  rows[r][LAST_CHASE] = AS_OF - 2;
  // A text column: the passes before the rows (each date and number column's conventions, totals) do not read it.
  let reads = 0;
  Object.defineProperty(rows[r], CURRENCY, { get: () => (reads++, "JPY"), enumerable: true });
  const later = parseRegister(source(rows), undefined, { settledLater: settled });
  expect(later.unsettled!.lines.length).toBeGreaterThan(0);
  expect(later.unsettled?.settledLastChases).toEqual([{ supplier: rows[r][SUPPLIER], lastChaseDate: AS_OF - 2 }]);
  expect(reads).toBe(0);
  const line = later.lines.find((l) => l.sheetRow === r + 1);
  expect(line?.currency).toBe("JPY");
  expect(reads).toBeGreaterThan(0);
});

test("sheets read together: lines in sheet order, duplicates found across them, as the eager parse", () => {
  const first = troubledRegister();
  const second: unknown[][] = generateRegister(400, 9, AS_OF).map((row) => [...row]);
  const repeated = rowWhere(second, true);
  second[repeated][PO] = first[rowWhere(first, false)][PO]; // a line of the first sheet again, settled on the second
  second[repeated][1] = first[rowWhere(first, false)][1];
  second[rowWhere(second, true, repeated + 1)][PO] = ""; // known by its row on this sheet: "row:N@December"
  const more = [{ sheet: "December", values: second, firstRow: 3, firstColumn: 0 }];
  const eager = parseRegister(source(first, more));
  const later = parseRegister(source(first, more), undefined, { settledLater: settled });
  expect(eager.issues.some((i) => i.sheet === "December" && i.code === "duplicateKey")).toBe(true);
  expect(eager.lines.some((l) => l.key.endsWith("@December"))).toBe(true);
  expect(whole(later)).toEqual(whole(eager));
  expect(later.unsettled?.lines).toEqual(eager.lines.filter((line) => !settled(line)));
});

test("an open-quantity column (SAP): the received quantity it gives decides, as in the eager parse", () => {
  const headers = SAP_OPEN_QTY_HEADERS;
  const rows = [
    headers,
    ["4500000010", "00010", "ACME", "M-1", AS_OF - 5, 100, 0], // received in full: settled
    ["4500000010", "00020", "ACME", "M-2", AS_OF - 5, 50, 20], // 30 of 50: open
    ["4500000011", "00010", "ACME", "M-3", "soon", 50, 0], // settled, with an unreadable date
    ["4500000012", "00010", "ACME", "M-4", AS_OF + 5, 50, "n/a"], // unknown: followed up
  ];
  const eager = parseRegister(source(rows));
  const later = parseRegister(source(rows), undefined, { settledLater: settled });
  expect(later.unsettled!.lines.map((l) => l.key)).toEqual(["4500000010/00020", "4500000012/00010"]);
  expect(whole(later)).toEqual(whole(eager));
});

test("without a line-number column (a line's identity compares whole rows) or with rows let go, every row is read at once", () => {
  const rows = generateRegister(50, 4, AS_OF).map((row) => row.filter((_, c) => c !== 1));
  const later = parseRegister(source(rows), undefined, { settledLater: settled });
  expect(later.unsettled).toBeUndefined();
  expect(whole(later)).toEqual(whole(parseRegister(source(rows))));

  const withLines = generateRegister(50, 4, AS_OF);
  const released: number[] = [];
  const letGo = parseRegister({ ...source(withLines.map((row) => [...row])), release: (r) => released.push(r) }, undefined, {
    settledLater: settled,
  });
  expect(letGo.unsettled).toBeUndefined();
  expect(released).toHaveLength(50);
});
