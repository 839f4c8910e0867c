/**
 * The KPI sheet's cells from column P on, as the side blocks' decisions read them (src/excel/report/renderKpiSheet.ts):
 * P1:CA1000 with the sheet's state; the rest of a block's own area when it reaches further; never what the sheet
 * holds elsewhere. The decisions are then those of the file writer, which reads every cell.
 */
import { beyondOwnRead, beyondSideRead, sideCellValue } from "../../../src/excel/report/renderKpiSheet";
import { intersection, rectMinus } from "../../../src/report/layout";
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

describe("beyondOwnRead: what a block's decision still needs read", () => {
  // A scorecard at P10 (row 9, column 15), 1,600 rows × 14 columns: rows 1,000–1,608 lie beyond P1:CA1000.
  const plan = { area: { row: 9, col: 15, rows: 1_600, cols: 14 }, tableName: "KpiScorecard" };
  const noTables = new Map<string, { sheet: string; rect: { row: number; col: number; rows: number; cols: number } }>();

  test("only where the sheet has anything: a used extent ending at row 1,200 (index 1,199) leaves rows 1,000–1,199", () => {
    expect(beyondOwnRead(plan, { extent: { row: 0, col: 15, rows: 1_200, cols: 3 }, tables: noTables }, "KPI")).toEqual([
      { row: 1_000, col: 15, rows: 200, cols: 3 },
    ]);
    expect(beyondOwnRead(plan, { extent: null, tables: noTables }, "KPI")).toEqual([]);
  });

  test("a rerun: last run's scorecard (rows 9–1,508) is ours whatever it holds; only rows 1,509–1,608 are read", () => {
    const tables = new Map([["KpiScorecard", { sheet: "KPI", rect: { row: 9, col: 15, rows: 1_500, cols: 14 } }]]);
    const extent = { row: 0, col: 15, rows: 1_609, cols: 14 };
    expect(beyondOwnRead(plan, { extent, tables }, "kpi")).toEqual([{ row: 1_509, col: 15, rows: 100, cols: 14 }]);
    // The same length as last run: nothing more to read.
    const same = new Map([["KpiScorecard", { sheet: "KPI", rect: plan.area }]]);
    expect(beyondOwnRead(plan, { extent, tables: same }, "KPI")).toEqual([]);
    // A table of that name on another sheet is not ours to cover.
    const elsewhere = new Map([["KpiScorecard", { sheet: "Other", rect: plan.area }]]);
    expect(beyondOwnRead(plan, { extent, tables: elsewhere }, "KPI")).toEqual([{ row: 1_000, col: 15, rows: 609, cols: 14 }]);
  });
});

describe("rectangles", () => {
  const a = { row: 0, col: 0, rows: 10, cols: 10 };
  test("intersection", () => {
    expect(intersection(a, { row: 5, col: 8, rows: 10, cols: 10 })).toEqual({ row: 5, col: 8, rows: 5, cols: 2 });
    expect(intersection(a, { row: 10, col: 0, rows: 1, cols: 1 })).toBeNull(); // touching is not overlapping
  });
  test("rectMinus: the bands above and below the hole, then left and right of it, cells counted", () => {
    const parts = rectMinus(a, { row: 2, col: 3, rows: 4, cols: 5 }); // hole rows 2–5, columns 3–7
    expect(parts).toEqual([
      { row: 0, col: 0, rows: 2, cols: 10 },
      { row: 6, col: 0, rows: 4, cols: 10 },
      { row: 2, col: 0, rows: 4, cols: 3 },
      { row: 2, col: 8, rows: 4, cols: 2 },
    ]);
    // 100 cells − 20 in the hole = 80 = 20 + 40 + 12 + 8.
    expect(parts.reduce((n, p) => n + p.rows * p.cols, 0)).toBe(80);
    expect(rectMinus(a, { row: 20, col: 20, rows: 1, cols: 1 })).toEqual([a]);
    expect(rectMinus(a, { row: -1, col: -1, rows: 12, cols: 12 })).toEqual([]);
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

  test("run again: written over last run's scorecard, nothing of it read again (the responses stay small)", async () => {
    const workbook = await grownWorkbook();
    expect((await run(workbook)).ok).toBe(true);
    const before = workbook.syncLog.length;
    const result = await run(workbook);
    expect(result.ok).toBe(true);
    expect(result.message).not.toContain("not updated");
    // Two reads (the register, then the KPI sheet's state), then writes only. Before, the scorecard's rows past
    // row 1,000 were read again in a third sync (38 KB here, ~100 bytes a row: past 5 MB near 50,000 suppliers).
    const responses = workbook.syncLog.slice(before).map((s) => s.responseBytes);
    expect(responses.slice(0, 2).every((bytes) => bytes > 0)).toBe(true);
    expect(responses.slice(2)).toEqual(responses.slice(2).map(() => 0));
  }, 60_000);

  test("a user's note in its way below row 1,000: left alone, and the note names that very cell", async () => {
    const workbook = await grownWorkbook();
    workbook.seed("KPI", "Q1051", [["my own note"]]);
    const result = await run(workbook);
    expect(result.message).toContain("Supplier scorecard: not updated. KPI!Q1051 holds something the add-in did not write");
    expect(workbook.cellAt("KPI", "Q1051")?.value).toBe("my own note");
  }, 60_000);
});
