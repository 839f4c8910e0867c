import { buildKpiSheetModel } from "../../../src/report/kpiSheet";
import {
  decideSideBlock,
  kpiPrintArea,
  kpiSidePlan,
  sideColumnWidths,
  type KpiSideBlockPlan,
  type Rect0,
} from "../../../src/report/layout";
import { scenarioInput } from "../fixtures";

/** The scenario's ageing block: heading P1 (row 0, column 15), table from P2. */
const [ageing, scorecard] = kpiSidePlan(buildKpiSheetModel(scenarioInput()), "1900");
const P = 15;

/** A sheet holding only these cells ("row,col" → value). */
function cells(values: Record<string, unknown> = {}) {
  return (row: number, col: number) => values[`${row},${col}`];
}

describe("decideSideBlock: a block is written only where its cells are free or ours", () => {
  it("an empty sheet: written, nothing to delete, only the heading cell and the line under it cleared", () => {
    expect(decideSideBlock(ageing, { table: null, value: cells() })).toEqual({
      write: true,
      oldTable: null,
      clear: [
        { row: 0, col: P, rows: 1, cols: 1 },
        { row: 1, col: P, rows: 1, cols: 1 },
      ],
    });
  });

  it("the last run's larger table on this sheet: written over it, the old table deleted and cleared", () => {
    // Last run: 40 suppliers × 18 columns, P12:AG52 = rows 11–51, columns 15–32; its cells are ours.
    const old: Rect0 = { row: 11, col: P, rows: 41, cols: 18 };
    const value = (row: number, col: number) => (row >= 11 && row < 52 && col >= P && col < P + 18 ? "old" : undefined);
    const decision = decideSideBlock(scorecard, { table: old, value });
    expect(decision).toMatchObject({ write: true, oldTable: old });
    expect(decision.write && decision.clear[0]).toEqual(old);
  });

  it("a manager's value inside the area: left alone, the first such cell named, a note in the heading cell", () => {
    // Ageing area P1:…: a value in R5 (row 4, column 17).
    const decision = decideSideBlock(ageing, { table: null, value: cells({ "4,17": "ask Anna" }) });
    expect(decision).toEqual({
      write: false,
      reason: "occupied",
      cell: { row: 4, col: 17 },
      message: "Ageing of open lines: not updated. KPI!R5 holds something the add-in did not write; move it, then run the report again.",
      note: {
        cell: { row: 0, col: P },
        text: "Ageing of open lines: not updated. KPI!R5 holds something the add-in did not write; move it, then run the report again.",
      },
    });
  });

  it("our heading, sentence or note in any language is ours; a manager's text in the heading cell is not", () => {
    const ja = cells({ "0,15": "未納明細のエイジング", "1,15": "未納の明細はありません。" });
    expect(decideSideBlock(ageing, { table: null, value: ja }).write).toBe(true);
    const note = cells({ "0,15": "未交订单账龄：未更新。R5 中有非本加载项写入的内容；请移走后重新运行报告。" });
    expect(decideSideBlock(ageing, { table: null, value: note }).write).toBe(true); // as notes were before they named the sheet
    const named = cells({
      "0,15":
        "Ageing of open lines: not updated. 'KPI (2)'!R5 holds something the add-in did not write; move it, then run the report again.",
    });
    expect(decideSideBlock(ageing, { table: null, value: named }).write).toBe(true);
    // A manager's heading: not ours, and the note has nowhere to go (the command and the runner still say it).
    const theirs = decideSideBlock(ageing, { table: null, value: cells({ "0,15": "My ageing" }) });
    expect(theirs).toEqual({
      write: false,
      reason: "occupied",
      cell: { row: 0, col: P },
      message: "Ageing of open lines: not updated. KPI!P1 holds something the add-in did not write; move it, then run the report again.",
      note: null,
    });
    // Our heading text is ours only at the heading cell or under it, not elsewhere in the area.
    expect(decideSideBlock(ageing, { table: null, value: cells({ "3,16": "Ageing of open lines" }) }).write).toBe(false);
  });

  it("a table of that name on another sheet: not written, the note says why", () => {
    expect(decideSideBlock(scorecard, { table: "elsewhere", value: cells() })).toEqual({
      write: false,
      reason: "nameTaken",
      message: "Supplier scorecard: not written. Another sheet has a table named KpiScorecard.",
      note: { cell: { row: 10, col: P }, text: "Supplier scorecard: not written. Another sheet has a table named KpiScorecard." },
    });
  });
});

describe("sideColumnWidths", () => {
  it("takes, per column, the wider of the two blocks", () => {
    const plan = (widths: [number, number][]) => ({ columnWidths: widths.map(([col, points]) => ({ col, points })) }) as KpiSideBlockPlan;
    // P: 60 vs 90 → 90; Q: 120 vs 80 → 120; R only in the second: 70.
    expect(
      sideColumnWidths([
        plan([
          [15, 60],
          [16, 120],
        ]),
        plan([
          [15, 90],
          [16, 80],
          [17, 70],
        ]),
      ]),
    ).toEqual([
      { col: 15, points: 90 },
      { col: 16, points: 120 },
      { col: 17, points: 70 },
    ]);
  });
});

describe("kpiPrintArea", () => {
  it("prints A to N (the trend chart's right edge) down to KpiHistory's last row, at least the headline's 27 rows", () => {
    expect(kpiPrintArea(null)).toBe("A1:N27"); // history elsewhere: headline A1:D27 and chart F1:N26
    expect(kpiPrintArea(30)).toBe("A1:N30"); // header in 29, one period in 30
    expect(kpiPrintArea(29 + 52)).toBe("A1:N81"); // a year of weeks
  });
});
