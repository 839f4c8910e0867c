/**
 * A seeded sheet's rows made into cells only when asked for (in-memory-excel/seededRows.ts): every reader
 * sees what the eager seed gave — the same cells, values, formats, snapshots — before and after writes.
 */
import { InMemoryWorkbook, formulaOf, numberFormatOf, sheetFingerprint, valueOf, type Cell } from "../../in-memory-excel/store";
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
  return [valueOf, formulaOf, numberFormatOf].map((pick) => workbook.readGrid(sheet, rect, pick));
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

  it("keeps what was seeded, not what the caller's matrices hold later", () => {
    const matrix = VALUES.map((row) => [...row]);
    const formats = FORMATS.map((row) => [...row]);
    const workbook = new InMemoryWorkbook();
    workbook.addSheet("Register");
    workbook.seed("Register", "A1", matrix, formats);
    matrix[1][0] = "changed";
    formats[1][2] = "changed";
    const cell = { row: 1, col: 0, rows: 1, cols: 3 };
    expect(workbook.readGrid(workbook.requireSheet("Register"), cell, valueOf)).toEqual([["PO-1", 10, 46346]]);
    expect(workbook.readGrid(workbook.requireSheet("Register"), cell, numberFormatOf)).toEqual([["General", "General", "yyyy-mm-dd"]]);
  });
});
