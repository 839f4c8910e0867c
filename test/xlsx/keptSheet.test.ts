/**
 * What the streaming reader keeps of a sheet (src/xlsx/keptSheet.ts): the cells of the rows it is given,
 * as the values Excel's API shows, in grids of any rectangle; chunk boundaries invisible.
 */
import { KeptSheet } from "../../src/xlsx/keptSheet";
import { FALSE, NUMBER, SHARED, TEXT, TRUE, UNCACHED, type RowBatch } from "../../src/xlsx/rowBatch";
import { dataExtent } from "../../src/xlsx/dataExtent";
import { EXCEL_COLUMNS } from "../../src/workbook/excelGrid";

const STRINGS = ["PO number", "", "Acme"];

type Cell = [column: number, kind: number, value: number | string];

/** One batch holding the rows given (texts numbered as the parser numbers them). */
function batch(rows: Cell[][]): RowBatch {
  const cells = rows.flat();
  const texts: string[] = [];
  return {
    rowNumbers: new Int32Array(rows.length),
    rowEnds: Int32Array.from(rows.map((_, i) => rows.slice(0, i + 1).flat().length)),
    columns: Int32Array.from(cells.map((c) => c[0])),
    kinds: Uint8Array.from(cells.map((c) => c[1])),
    values: Float64Array.from(cells.map((c) => (typeof c[2] === "string" ? texts.push(c[2]) - 1 : c[2]))),
    texts,
  };
}

/** Keeps each row of `rows` as sheet row `numbers[i]`; the counts keep() returned. */
function keepAll(sheet: KeptSheet, numbers: number[], rows: Cell[][]): number[] {
  const b = batch(rows);
  return numbers.map((n, i) => sheet.keep(n, b, i === 0 ? 0 : b.rowEnds[i - 1], b.rowEnds[i]));
}

describe("KeptSheet", () => {
  it("gives each kind of cell as Excel's API does; an empty shared string is no value; an uncached formula is a position", () => {
    const sheet = new KeptSheet(STRINGS);
    const counts = keepAll(
      sheet,
      [2],
      [
        [
          [1, SHARED, 0],
          [2, NUMBER, 46346.5],
          [3, TEXT, "PO-7"],
          [4, TRUE, 0],
          [5, FALSE, 0],
          [6, SHARED, 1], // ""
          [7, SHARED, 9], // not in the table
          [8, UNCACHED, 0],
        ],
      ],
    );
    expect(counts).toEqual([6]); // 5 values + 1 uncached formula: what the read's budget counts
    expect(sheet.denseRows(2, 2, 1, 8)).toEqual([["PO number", 46346.5, "PO-7", true, false, "", "", ""]]);
    expect(sheet.uncached).toEqual([[2, 8]]);
  });

  it("a row given twice: the last one counts; a row with no value replaces nothing; a dropped row is gone", () => {
    const sheet = new KeptSheet(STRINGS);
    keepAll(sheet, [1, 1, 1, 3], [[[1, NUMBER, 1]], [[2, NUMBER, 2]], [[1, SHARED, 1]], [[1, SHARED, 2]]]);
    expect(sheet.denseRows(1, 3)).toEqual([["", 2], ["", ""], ["Acme", ""]]);
    sheet.drop(3);
    expect(sheet.rowNumbers()).toEqual([1]);
    expect(sheet.denseRows(1, 3)).toEqual([["", 2], ["", ""], ["", ""]]); // right: the widest kept row (column 2)
  });

  it("cells written out of order or twice in a row: each in its column, the last one counts", () => {
    const sheet = new KeptSheet(STRINGS);
    keepAll(sheet, [5], [[[3, NUMBER, 3], [1, NUMBER, 1], [3, NUMBER, 33]]]);
    expect(sheet.denseRows(5, 5, 1, 3)).toEqual([[1, "", 33]]);
  });

  it("a rectangle's grid: only its columns, blank rows as blanks, every row a copy of its own", () => {
    const sheet = new KeptSheet(STRINGS);
    keepAll(sheet, [1, 3], [[[1, NUMBER, 11], [2, NUMBER, 12], [4, NUMBER, 14]], [[2, NUMBER, 32]]]);
    const grid = sheet.denseRows(1, 3, 2, 4);
    expect(grid).toEqual([[12, "", 14], ["", "", ""], [32, "", ""]]);
    grid[1][0] = "changed";
    expect(sheet.denseRows(2, 2, 2, 4)).toEqual([["", "", ""]]);
  });

  it("rows across chunks of 16,384 cells: a full row of Excel's columns, then one more row, read back whole", () => {
    const sheet = new KeptSheet(STRINGS);
    const wide: Cell[] = Array.from({ length: EXCEL_COLUMNS }, (_, i) => [i + 1, NUMBER, i + 1]);
    keepAll(sheet, [1, 2, 3], [[[1, NUMBER, 7]], wide, [[2, NUMBER, 9]]]);
    const [first, second, third] = sheet.denseRows(1, 3);
    expect(first.slice(0, 2)).toEqual([7, ""]);
    expect(second).toHaveLength(EXCEL_COLUMNS);
    expect(second[0]).toBe(1);
    expect(second[EXCEL_COLUMNS - 1]).toBe(EXCEL_COLUMNS);
    expect(third.slice(0, 3)).toEqual(["", 9, ""]);
  });

  it("memory follows the cells kept, as the read's budget counts them: rows of one value among 16,383 blanks share a chunk", () => {
    const sheet = new KeptSheet(STRINGS);
    const row: Cell[] = [[1, NUMBER, 1], ...Array.from({ length: EXCEL_COLUMNS - 1 }, (_, i): Cell => [i + 2, SHARED, 1])]; // string 1 is ""
    const counts = keepAll(sheet, Array.from({ length: 100 }, (_, i) => i + 1), Array.from({ length: 100 }, () => row));
    expect(counts.every((n) => n === 1)).toBe(true);
    // One chunk of 16,384 cells for the 100 kept (it was one chunk per row: 100 × 208 KB).
    expect((sheet as unknown as { chunks: unknown[] }).chunks).toHaveLength(1);
    expect(sheet.denseRows(100, 100, 1, 2)).toEqual([[1, ""]]);
  });

  it("occupied cells for the extent: values and uncached formulas, within the rectangle asked", () => {
    const sheet = new KeptSheet(STRINGS);
    keepAll(sheet, [1, 2, 5000], [[[1, NUMBER, 1], [2, NUMBER, 2]], [[2, UNCACHED, 0], [3, NUMBER, 3]], [[9, NUMBER, 9]]]);
    // Rows 1–2 hold 4 cells, row 5,000 one cell past 1,000 blank rows: the block of rows 1–2 is the data.
    expect(dataExtent(sheet.occupied())).toEqual({ top: 1, bottom: 2, left: 1, right: 3 });
    expect(dataExtent(sheet.occupied({ top: 1, bottom: 10, left: 2, right: 2 }))).toEqual({ top: 1, bottom: 2, left: 2, right: 2 });
    const rows: [number, number][] = [];
    sheet.occupied({ top: 2, bottom: 5000, left: 1, right: 9 }).forEachRow((row, count) => rows.push([row, count]));
    expect(rows).toEqual([[2, 2], [5000, 1]]);
  });
});
