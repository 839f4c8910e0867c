/** The playground's chart pictures: which numbers a chart shows, its axes and where its columns go. */
import { InMemoryWorkbook } from "../../in-memory-excel/store";
import type { ChartData, ChartSeriesData, RangeRef } from "../../in-memory-excel/chart";
import { axisScale, chartDrawing, clip, layoutChart, type CellReader } from "../../playground/chartDrawing";

const SHEET = "Follow-up 2026-W47";

function workbookWith(values: (string | number)[][], formats?: (string | null)[][]): { read: CellReader } {
  const workbook = new InMemoryWorkbook();
  workbook.addSheet(SHEET);
  workbook.seed(SHEET, "A1", values, formats);
  const read: CellReader = (ref: RangeRef) => {
    const sheet = workbook.findSheet(ref.sheet)!;
    const cells = [];
    for (let r = 0; r < ref.rect.rows; r++) for (let c = 0; c < ref.rect.cols; c++) cells.push(workbook.getCell(sheet, ref.rect.row + r, ref.rect.col + c));
    return cells;
  };
  return { read };
}

const column = (col: number, row: number, rows: number): RangeRef => ({ sheet: SHEET, rect: { row, col, rows, cols: 1 } });

function series(name: string, chartType: string, values: RangeRef, categories: RangeRef | null, axisGroup: "Primary" | "Secondary" = "Primary"): ChartSeriesData {
  return { name, chartType, axisGroup, values, categories };
}

function chart(partial: Partial<ChartData> & Pick<ChartData, "series">): ChartData {
  return { id: "{c1}", name: "ageingChart_2026W47", chartType: "ColumnClustered", title: "Open lines by days late", axes: {}, position: { from: "A20", to: "H35" }, legend: {}, ...partial };
}

// The ageing table as the report writes it: bucket labels in A2:A7, open lines in B2:B7.
const AGEING = [
  ["Days late", "Lines"],
  ["Not yet due", 12],
  ["1–7", 30],
  ["8–14", 7],
  ["15–30", 5],
  ["31–60", 0],
  ["Over 60", 3],
];

describe("chartDrawing reads the ranges a chart's series point at", () => {
  const { read } = workbookWith(AGEING);
  const ageing = chart({ series: [series("Lines", "ColumnClustered", column(1, 1, 6), column(0, 1, 6))], axes: { "Value/Primary": { minimum: 0, numberFormat: "#,##0" } } });

  test("title, categories and values come from the cells", () => {
    const drawing = chartDrawing(ageing, read);
    expect(drawing.title).toBe("Open lines by days late");
    expect(drawing.categories).toEqual(["Not yet due", "1–7", "8–14", "15–30", "31–60", "Over 60"]);
    expect(drawing.series).toEqual([{ name: "Lines", shape: "column", secondary: false, values: [12, 30, 7, 5, 0, 3] }]);
  });

  test("the anchor covers setPosition's start cell to its end cell: A20:H35 is row 19, 16 rows by 8 columns", () => {
    expect(chartDrawing(ageing, read).anchor).toEqual({ row: 19, col: 0, rows: 16, cols: 8 });
    const quoted = chart({ ...ageing, position: { from: `'${SHEET}'!B3`, to: null } });
    // No end cell: Excel's default size, about 8 columns by 15 rows.
    expect(chartDrawing(quoted, read).anchor).toEqual({ row: 2, col: 1, rows: 15, cols: 8 });
  });

  test("text or empty value cells are gaps; missing categories number the points; category cells show in their number format", () => {
    const { read: readDates } = workbookWith(
      [
        ["Period", "OTD"],
        [46339, 0.9],
        [46346, "n/a"],
      ],
      [[], ["yyyy-mm-dd", "0%"], ["yyyy-mm-dd", null]],
    );
    const trend = chart({ chartType: "LineMarkers", series: [series("OTD", "LineMarkers", column(1, 1, 2), column(0, 1, 2))] });
    const drawing = chartDrawing(trend, readDates);
    expect(drawing.categories).toEqual(["2026-11-13", "2026-11-20"]);
    expect(drawing.series[0]).toEqual({ name: "OTD", shape: "line", secondary: false, values: [0.9, null] });
    const noCategories = chart({ series: [series("OTD", "Line", column(1, 1, 2), null)] });
    expect(chartDrawing(noCategories, readDates).categories).toEqual(["1", "2"]);
  });
});

describe("axisScale: from 0 (or the axis minimum) to a round maximum in 5 steps of 1, 2 or 5 × 10^n", () => {
  test.each<[number[], { minimum?: number; maximum?: number }, { min: number; max: number; step: number }]>([
    // 30 / 5 = 6 per step → 10; ceil(30 / 10) = 3 steps → 0–30.
    [[12, 30, 7], { minimum: 0 }, { min: 0, max: 30, step: 10 }],
    // 6 / 5 = 1.2 → 2; 3 steps → 0–6.
    [[6, 2], {}, { min: 0, max: 6, step: 2 }],
    // 7744 / 5 = 1548.8 → 2000; ceil(7744 / 2000) = 4 → 0–8000.
    [[7744, 120], {}, { min: 0, max: 8000, step: 2000 }],
    // A fixed 0–100 % axis (the Pareto's secondary, the KPI trend): 5 steps of 0.2.
    [[0.75, 1], { minimum: 0, maximum: 1 }, { min: 0, max: 1, step: 0.2 }],
    // Negative values: from the lowest. -4..6 spans 10 → 2 per step → -4..6.
    [[-4, 6], {}, { min: -4, max: 6, step: 2 }],
    // Nothing to show: 0–1 so the plot still has a height. span 0 → 1 → step 0.2.
    [[], {}, { min: 0, max: 1, step: 0.2 }],
  ])("%p with %p → %p", (values, axis, expected) => {
    expect(axisScale(values, axis)).toMatchObject(expected);
  });
});

describe("layoutChart places columns, lines and slices in the plot", () => {
  test("ageing: one column per bucket, heights in proportion to the 0–30 axis", () => {
    const { read } = workbookWith(AGEING);
    const drawing = chartDrawing(chart({ series: [series("Lines", "ColumnClustered", column(1, 1, 6), column(0, 1, 6))], axes: { "Value/Primary": { minimum: 0, numberFormat: "#,##0" } } }), read);
    const layout = layoutChart(drawing, 600, 300);
    // Plot: x 48, y 30, 600 − 48 − 12 = 540 wide, 300 − 30 − 46 = 224 high; bottom at 254.
    expect(layout.plot).toEqual({ x: 48, y: 30, width: 540, height: 224 });
    expect(layout.bars).toHaveLength(6);
    // Band 540 / 6 = 90; column 90 / (1 + 2.19) = 28.213; first at 48 + 28.213 × 1.095 = 78.893.
    // 12 of 30 = 0.4 of 224 = 89.6 high, top at 254 − 89.6 = 164.4.
    const first = layout.bars[0];
    expect(first.x).toBeCloseTo(78.893, 3);
    expect(first.width).toBeCloseTo(28.213, 3);
    expect(first.y).toBeCloseTo(164.4, 6);
    expect(first.height).toBeCloseTo(89.6, 6);
    // 30 fills the plot: top at 30, 224 high; the second band starts at 48 + 90.
    expect(layout.bars[1]).toMatchObject({ y: 30, height: 224 });
    expect(layout.bars[1].x).toBeCloseTo(138 + 30.893, 3);
    // 0 lines: a column of no height on the axis.
    expect(layout.bars[4]).toMatchObject({ y: 254, height: 0 });
    expect(layout.primaryTicks.map((t) => t.text)).toEqual(["0", "10", "20", "30"]);
    expect(layout.categoryLabels.map((c) => c.text)).toEqual(["Not yet due", "1–7", "8–14", "15–30", "31–60", "Over 60"]);
  });

  test("Pareto: counts as columns on the left axis, cumulative share as a line on a 0–100 % right axis", () => {
    const { read } = workbookWith([
      ["Reason", "Lines", "Cumulative"],
      ["Supplier capacity", 6, 0.75],
      ["Material shortage", 2, 1],
    ]);
    const pareto = chart({
      series: [series("Lines", "ColumnClustered", column(1, 1, 2), column(0, 1, 2)), series("Cumulative", "Line", column(2, 1, 2), column(0, 1, 2), "Secondary")],
      axes: { "Value/Primary": { minimum: 0, numberFormat: "#,##0" }, "Value/Secondary": { minimum: 0, maximum: 1, numberFormat: "0%" } },
    });
    const layout = layoutChart(chartDrawing(pareto, read), 600, 300);
    // The right axis takes 44 px: plot 600 − 48 − 56 = 496 wide; bands of 248.
    expect(layout.plot.width).toBe(496);
    expect(layout.bars).toHaveLength(2);
    // Line points at the bands' middles: 48 + 124 = 172 and 48 + 372 = 420; 75 % → 254 − 0.75 × 224 = 86.
    expect(layout.lines).toEqual([{ series: 1, points: [{ x: 172, y: 86 }, { x: 420, y: 30 }] }]);
    expect(layout.secondaryTicks.map((t) => t.text)).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
    expect(layout.primaryTicks.map((t) => t.text)).toEqual(["0", "2", "4", "6"]);
  });

  test("bar charts run sideways: 5 of a 0–10 axis is half the plot's width", () => {
    const { read } = workbookWith([
      ["Supplier", "Lines"],
      ["Acme", 5],
      ["Bolt", 10],
    ]);
    const layout = layoutChart(chartDrawing(chart({ chartType: "BarClustered", series: [series("Lines", "BarClustered", column(1, 1, 2), column(0, 1, 2))] }), read), 600, 300);
    // 10 / 5 = 2 per step → 0–10. Plot 540 wide from x 48: 5 → 270 wide.
    expect(layout.bars[0]).toMatchObject({ x: 48, width: 270 });
    expect(layout.bars[1]).toMatchObject({ x: 48, width: 540 });
  });

  test("pie: one slice per positive point, clockwise from 12 o'clock", () => {
    const { read } = workbookWith([
      ["Status", "Lines"],
      ["Open", 1],
      ["Late", 1],
      ["None", 0],
      ["Received", 2],
    ]);
    const layout = layoutChart(chartDrawing(chart({ chartType: "Pie", series: [series("Lines", "Pie", column(1, 1, 4), column(0, 1, 4))] }), read), 300, 300);
    expect(layout.slices.map((s) => s.category)).toEqual([0, 1, 3]);
    // Plot 300 − 48 − 12 = 240 × 224 from (48, 30) → radius 112, centre (48 + 120, 30 + 112) = (168, 142).
    // First slice: 1 of 4 = a quarter, from 12 o'clock (168, 30) to 3 o'clock (280, 142).
    expect(layout.slices[0].path).toBe("M 168 142 L 168.00 30.00 A 112 112 0 0 1 280.00 142.00 Z");
    // The last slice is half the pie: large-arc flag 0 at exactly π, ends back at 12 o'clock.
    expect(layout.slices[2].path).toBe("M 168 142 L 168.00 254.00 A 112 112 0 0 1 168.00 30.00 Z");
  });
});

describe("category labels fit their band", () => {
  test("clip keeps what fits and ends with an ellipsis", () => {
    expect(clip("Supplier technical issue", 10)).toBe("Supplier…");
    expect(clip("Over 60", 10)).toBe("Over 60");
    expect(clip("Customs", 1)).toBe("…");
  });

  test("six categories in a 200 px chart: bands of (200 − 48 − 12) / 6 = 23.3 px hold 3 characters of 6.5 px", () => {
    const { read } = workbookWith(AGEING);
    const layout = layoutChart(chartDrawing(chart({ series: [series("Lines", "ColumnClustered", column(1, 1, 6), column(0, 1, 6))] }), read), 200, 300);
    expect(layout.categoryLabels.map((c) => c.text)).toEqual(["No…", "1–7", "8–…", "15…", "31…", "Ov…"]);
  });
});
