/**
 * The KPI sheet's cells from column P on, as the side blocks' decisions read them (src/excel/report/renderKpiSheet.ts):
 * P1:CA1000 with the sheet's state; the rest of a block's own area when it reaches further; never what the sheet
 * holds elsewhere. The decisions are then those of the file writer, which reads every cell.
 */
import { beyondSideRead, sideCellValue } from "../../../src/excel/report/renderKpiSheet";
import { installInMemoryExcel, InMemoryWorkbook, type CellValue } from "../../../in-memory-excel";
import { runFollowUpReport } from "../../../commands/followUpReport";
import { generateRegister, sampleRegister } from "../../../src/sample";
import { AS_OF, GENERATED_AT } from "./fixtures";

// Read with the state: P1 (row 0, column 15) and the two cells under it; the used cells reach row 5,000, columns P–R.
const side = {
  used: { row: 0, col: 15, values: [["Ageing of open lines"], [""], ["my note"]] },
  extent: { row: 0, col: 15, rows: 5_000, cols: 3 },
};

describe("sideCellValue", () => {
  test("within P1:CA1000: the value read (undefined or \"\" where empty)", () => {
    const value = sideCellValue(side);
    expect([value(0, 15), value(1, 15), value(2, 15), value(3, 15)]).toEqual(["Ageing of open lines", "", "my note", undefined]);
  });

  test("outside the sheet's used cells: empty, read or not", () => {
    const value = sideCellValue(side);
    expect([value(0, 18), value(5_000, 15), value(20_000, 40)]).toEqual(["", "", ""]);
    expect(sideCellValue({ used: null, extent: null })(1_500, 15)).toBe("");
  });

  test("beyond P1:CA1000: the block's own cells read later, anything else not free", () => {
    const value = sideCellValue(side, [{ row: 1_000, col: 15, rows: 2, cols: 1, values: [["x"], [""]] }]);
    expect([value(1_000, 15), value(1_001, 15)]).toEqual(["x", ""]);
    const unread = value(1_500, 16);
    expect(unread).not.toBe("");
    expect(unread).not.toBeUndefined();
  });
});

describe("beyondSideRead", () => {
  test("within P1:CA1000 (rows 0–999, columns 15–78): nothing more to read", () => {
    expect(beyondSideRead({ row: 10, col: 15, rows: 990, cols: 64 })).toEqual([]);
  });
  test("a scorecard from P11 of 1,600 rows: rows 1,000–1,609 of its columns", () => {
    // rows 10 … 1,609; the state read rows 0 … 999: 1,610 − 1,000 = 610 rows left.
    expect(beyondSideRead({ row: 10, col: 15, rows: 1_600, cols: 14 })).toEqual([{ row: 1_000, col: 15, rows: 610, cols: 14 }]);
  });
  test("wider than column CA and longer than row 1,000: the rows below, and the columns right of CA above them", () => {
    // columns 15 … 84 (70), CA is 78: 85 − 79 = 6 more columns, for rows 10 … 999 (990).
    expect(beyondSideRead({ row: 10, col: 15, rows: 1_600, cols: 70 })).toEqual([
      { row: 1_000, col: 15, rows: 610, cols: 70 },
      { row: 10, col: 79, rows: 990, cols: 6 },
    ]);
  });
});

describe("a scorecard longer than the part read with the state", () => {
  // 3,000 generated lines, one supplier each: about 1,300 open, so the scorecard runs well past row 1,000.
  const big = generateRegister(3_000, 1, AS_OF).map((row, i) => (i === 0 ? row : row.map((v, c) => (c === 2 ? `Supplier ${String(i).padStart(4, "0")}` : v))));

  /** A workbook whose KPI sheet the add-in made with the 240-line sample, its register then grown to 3,000 suppliers. */
  async function grownWorkbook(): Promise<InMemoryWorkbook> {
    const workbook = InMemoryWorkbook.withSheets({ Register: [] });
    const sample = sampleRegister({ asOf: AS_OF, lines: 240 });
    workbook.seed("Register", "A1", sample as CellValue[][]);
    workbook.seedTable("Register", `A1:U${sample.length}`, "Register");
    expect((await run(workbook)).ok).toBe(true);
    workbook.deleteTable(workbook.findTable("Register")!);
    workbook.seed("Register", "A1", big as CellValue[][]);
    workbook.seedTable("Register", `A1:U${big.length}`, "Register");
    return workbook;
  }
  async function run(workbook: InMemoryWorkbook) {
    const uninstall = installInMemoryExcel(workbook);
    try {
      return await runFollowUpReport({ asOf: AS_OF, generatedAt: GENERATED_AT, lang: "en" });
    } finally {
      uninstall();
    }
  }

  test("a user's note far below it does not stop it: written, the note kept", async () => {
    const workbook = await grownWorkbook();
    workbook.seed("KPI", "P5001", [["my own note"]]);
    const result = await run(workbook);
    expect(result.ok).toBe(true);
    expect(result.message).not.toContain("not updated");
    const scorecard = workbook.findTable("KpiScorecard")!;
    expect(scorecard.row + 1 + scorecard.dataRows).toBeGreaterThan(1_000);
    expect(workbook.cellAt("KPI", "P5001")?.value).toBe("my own note");
  }, 60_000);

  test("a user's note in its way below row 1,000: left alone, and the note names that very cell", async () => {
    const workbook = await grownWorkbook();
    workbook.seed("KPI", "Q1051", [["my own note"]]);
    const result = await run(workbook);
    expect(result.message).toContain("Supplier scorecard: not updated. KPI!Q1051 holds something the add-in did not write");
    expect(workbook.cellAt("KPI", "Q1051")?.value).toBe("my own note");
  }, 60_000);
});
