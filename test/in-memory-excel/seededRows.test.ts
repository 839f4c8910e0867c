/**
 * A seeded sheet's rows made into cells only when asked for (in-memory-excel/seededRows.ts): every reader
 * sees what the eager seed gave — the same cells, values, formats, snapshots — before and after writes.
 */
import {
  InMemoryWorkbook,
  formulaOf,
  numberFormatOf,
  sheetFingerprint,
  valueOf,
  type Cell,
  type CellValue,
} from "../../in-memory-excel/store";
import { SeededRows } from "../../in-memory-excel/seededRows";

const VALUES = [
  ["PO number", "Qty", "Due", "Note"],
  ["PO-1", 10, 46346, ""],
  ["PO-2", 20, 46347, "=not a formula"],
  ["PO-3", "", 46348, true],
];
const FORMATS = [[], [null, null, "yyyy-mm-dd", null], [null, "0.00", "yyyy-mm-dd", null], [null, null, "yyyy-mm-dd", null]];

/** The workbook as the eager seed built it: every cell an object from the start. */
function eager(): InMemoryWorkbook {
  const workbook = new InMemoryWorkbook();
  const sheet = workbook.addSheet("Register");
  VALUES.forEach((row, r) =>
    sheet.rows.set(
      r + 1,
      row.map((value, c): Cell => (FORMATS[r][c] ? { value, numberFormat: FORMATS[r][c]! } : { value })),
    ),
  );
  return workbook;
}

function seeded(): InMemoryWorkbook {
  const workbook = new InMemoryWorkbook();
  workbook.addSheet("Register");
  workbook.seed("Register", "A2", VALUES, FORMATS);
  return workbook;
}

const grids = (workbook: InMemoryWorkbook) => {
  const sheet = workbook.requireSheet("Register");
  const rect = { row: 0, col: 0, rows: 6, cols: 5 }; // one blank row above, one below, a column past the data
  return [workbook.readValues(sheet, rect), ...[valueOf, formulaOf, numberFormatOf].map((pick) => workbook.readGrid(sheet, rect, pick))];
};

describe("SeededRows", () => {
  it("is what a seed of an empty sheet from column A keeps", () => {
    expect(seeded().requireSheet("Register").rows).toBeInstanceOf(SeededRows);
  });

  it("reads values, formulas and formats as the eager seed did, without making cells of the rows read", () => {
    const workbook = seeded();
    expect(grids(workbook)).toEqual(grids(eager()));
    const rows = workbook.requireSheet("Register").rows as SeededRows;
    expect([1, 2, 3, 4].map((r) => rows.isRaw(r))).toEqual([true, true, true, true]);
  });

  it("is the same Map of cells to every other reader: size, has, get, iteration, snapshots, fingerprints", () => {
    const [a, b] = [seeded(), eager()];
    const [rowsA, rowsB] = [a.requireSheet("Register").rows, b.requireSheet("Register").rows];
    expect(rowsA.size).toBe(rowsB.size);
    expect([0, 1, 4, 5].map((r) => rowsA.has(r))).toEqual([false, true, true, false]);
    expect(rowsA.get(3)).toEqual(rowsB.get(3));
    expect([...rowsA.keys()]).toEqual([...rowsB.keys()]); // row 3 taken out first: still in row order
    expect(a.cellSnapshot()).toEqual(b.cellSnapshot());
    expect(sheetFingerprint(a, "Register")).toBe(sheetFingerprint(b, "Register"));
  });

  it("after writes, deletes and rows added below: the same as the eager seed given the same edits", () => {
    const edit = (workbook: InMemoryWorkbook) => {
      const sheet = workbook.requireSheet("Register");
      workbook.touchCell(sheet, 2, 1).value = 99; // a raw row written: made into cells first
      sheet.rows.delete(4);
      sheet.rows.set(9, [{ value: "below" }]);
      return sheet;
    };
    const [a, b] = [seeded(), eager()];
    const [sheetA, sheetB] = [edit(a), edit(b)];
    expect(grids(a)).toEqual(grids(b));
    expect(sheetA.rows.size).toBe(sheetB.rows.size);
    expect([...sheetA.rows.entries()]).toEqual([...sheetB.rows.entries()]);
    expect(sheetFingerprint(a, "Register")).toBe(sheetFingerprint(b, "Register"));
  });

  it("reads values of short rows, holes and a window starting right of column A as the eager seed did, in fresh arrays", () => {
    // Row 2 is short, row 3 has a hole (a sparse row from a caller): both read as blanks ("").
    const ragged: CellValue[][] = [["PO-1", 10], ["PO-2"], ["PO-3", 30, 46348]];
    delete ragged[2][1];
    const workbook = new InMemoryWorkbook();
    const sheet = workbook.addSheet("Register");
    workbook.seed("Register", "A1", ragged);
    const window = { row: 0, col: 1, rows: 4, cols: 3 };
    const read = workbook.readValues(sheet, window);
    expect(read).toEqual([
      [10, "", ""],
      ["", "", ""],
      ["", 46348, ""],
      ["", "", ""],
    ]);
    read[0][0] = "changed"; // Office.js hands out copies: changing them changes nothing in the sheet
    expect(workbook.readValues(sheet, window)[0][0]).toBe(10);
    expect(workbook.readGrid(sheet, window, valueOf)).toEqual(workbook.readValues(sheet, window)); // the cell by cell path agrees
  });

  it("handed over, keeps the caller's rows without copying them, and never changes the caller's matrix", () => {
    const matrix = VALUES.map((row) => [...row]);
    const workbook = new InMemoryWorkbook();
    const sheet = workbook.addSheet("Register");
    workbook.seed("Register", "A2", matrix, FORMATS, { handOver: true });
    expect(grids(workbook)).toEqual(grids(eager()));
    workbook.touchCell(sheet, 2, 1).value = 99; // the row becomes cells: the caller's matrix keeps its row
    expect(matrix[1]).toEqual(VALUES[1]);
    expect(matrix).toHaveLength(VALUES.length);
    // Not copied: what the caller must not do (change the matrix after) would show in the sheet.
    matrix[2][0] = "changed";
    expect(workbook.readValues(sheet, { row: 3, col: 0, rows: 1, cols: 1 })).toEqual([["changed"]]);
  });

  it("copies a row of formats shared by many rows once, and keeps it as it was seeded", () => {
    const shared: (string | null)[] = [null, null, "yyyy-mm-dd", null];
    const workbook = new InMemoryWorkbook();
    const sheet = workbook.addSheet("Register");
    workbook.seed(
      "Register",
      "A1",
      VALUES,
      VALUES.map(() => shared),
    );
    shared[2] = "changed";
    const formats = workbook.readGrid(sheet, { row: 0, col: 2, rows: 4, cols: 1 }, numberFormatOf);
    expect(formats).toEqual([["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"]]);
  });

  it("keeps what was seeded, not what the caller's matrices hold later", () => {
    const matrix = VALUES.map((row) => [...row]);
    const formats = FORMATS.map((row) => [...row]);
    const workbook = new InMemoryWorkbook();
    workbook.addSheet("Register");
    workbook.seed("Register", "A1", matrix, formats);
    matrix[1][0] = "changed";
    formats[1][2] = "changed";
    const cell = { row: 1, col: 0, rows: 1, cols: 3 };
    expect(workbook.readValues(workbook.requireSheet("Register"), cell)).toEqual([["PO-1", 10, 46346]]);
    expect(workbook.readGrid(workbook.requireSheet("Register"), cell, numberFormatOf)).toEqual([["General", "General", "yyyy-mm-dd"]]);
  });
});
