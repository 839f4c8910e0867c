/** The KPI trend chart's plan over its history table, as the add-in points it (queueTrendChart). */
import { trendChartPlan } from "../../../src/report/layout";

describe("trendChartPlan", () => {
  const spec = {
    type: "line" as const,
    title: "OTD and OTIF, last 26 periods",
    source: "KpiHistory",
    categories: "period",
    series: [
      { column: "otd", name: "OTD", type: "line" as const, axis: "primary" as const },
      { column: "otif", name: "OTIF", type: "line" as const, axis: "primary" as const },
    ],
    primaryAxis: { min: 0, max: 1, format: "percent" as const },
    lastRows: 26,
    anchor: { from: "F1", to: "N26" },
  };
  const keys = ["period", "start", "end", "asOf", "otd", "otif"];

  test("the last 26 of 30 history rows: header on sheet row 29, data rows 30–59, shown rows 34–59 (0-based 33–58)", () => {
    // 0-based first shown row = header row (29, 1-based) + 30 data rows − 26 shown = 33.
    const plan = trendChartPlan("KpiTrend", spec, { headerRow: 29, firstColumn: 1, dataRows: 30, keys })!;
    expect(plan.series.map((s) => [s.name, s.values, s.categories.col])).toEqual([
      ["OTD", { row: 33, col: 4, rows: 26, cols: 1 }, 0],
      ["OTIF", { row: 33, col: 5, rows: 26, cols: 1 }, 0],
    ]);
    expect(plan).toMatchObject({ name: "KpiTrend", chartType: "LineMarkers", from: { row: 0, col: 5 }, to: { row: 25, col: 13 } });
    expect(plan.primaryAxis).toEqual({ min: 0, max: 1, numberFormat: "0%" });
  });

  test("fewer rows than 26: all of them (one row: 0-based row 29 − 1 + 1 = 29); none: no chart", () => {
    expect(trendChartPlan("KpiTrend", spec, { headerRow: 29, firstColumn: 1, dataRows: 1, keys })!.series[0].values).toEqual({ row: 29, col: 4, rows: 1, cols: 1 });
    expect(trendChartPlan("KpiTrend", spec, { headerRow: 29, firstColumn: 1, dataRows: 0, keys })).toBeNull();
    expect(trendChartPlan("KpiTrend", spec, { headerRow: 29, firstColumn: 1, dataRows: 3, keys: ["period", "otd"] })).toBeNull();
  });
});
