/** Where a chart of a report table goes and which cells each series reads. */
import { columnIndex, type ChartSpec, type TableSection } from "../model";
import type { AxisPlan, Cell0, ChartPlan, ChartSeriesPlan, Rect0 } from "./types";
import { parseCell } from "./address";

export const CHART_ROWS = 16;
export const CHART_COLUMNS = 8;

export function axisPlan(axis: { min?: number; max?: number; format: "integer" | "percent" }): AxisPlan {
  const plan: AxisPlan = { numberFormat: axis.format === "percent" ? "0%" : "#,##0" };
  if (axis.min !== undefined) plan.min = axis.min;
  if (axis.max !== undefined) plan.max = axis.max;
  return plan;
}

/**
 * The chart `id` of `spec` over the table `source` whose data rows start at `dataTop`, placed at
 * `row` (CHART_ROWS rows, columns A–H). null when none of its series is in the table.
 */
export function chartPlan(
  id: string,
  spec: ChartSpec,
  source: TableSection,
  dataTop: Cell0,
  row: number,
  periodLabel: string,
): ChartPlan | null {
  const rows = source.rows.length;
  const categoryCol = columnIndex(source, spec.categories);
  const series = spec.series
    .map((s): ChartSeriesPlan | null => {
      const col = columnIndex(source, s.column);
      if (col < 0 || categoryCol < 0) return null;
      return {
        name: s.name,
        values: { row: dataTop.row, col, rows, cols: 1 },
        categories: { row: dataTop.row, col: categoryCol, rows, cols: 1 },
        chartType: s.type === "line" ? (spec.type === "line" ? "LineMarkers" : "Line") : "ColumnClustered",
        axisGroup: s.axis === "secondary" ? "Secondary" : "Primary",
      };
    })
    .filter((s): s is ChartSeriesPlan => s !== null);
  if (series.length === 0) return null;
  const first = series[0].values;
  return {
    name: `${id}_${periodLabel.replace(/[^A-Za-z0-9]/g, "")}`,
    title: spec.title,
    chartType: spec.type === "line" ? "LineMarkers" : "ColumnClustered",
    source: { row: first.row - 1, col: first.col, rows: first.rows + 1, cols: 1 },
    series,
    from: { row, col: 0 },
    to: { row: row + CHART_ROWS - 1, col: CHART_COLUMNS - 1 },
    primaryAxis: spec.primaryAxis && axisPlan(spec.primaryAxis),
    secondaryAxis: spec.secondaryAxis && axisPlan(spec.secondaryAxis),
  };
}

/** Where the KPI trend chart's table is: its header row and first column (1-based, as a sheet's), and its data rows. */
export interface HistoryTablePlace {
  headerRow: number;
  firstColumn: number;
  dataRows: number;
  /** The table's column keys in order (KpiHistory's: period, start, …). */
  keys: readonly string[];
}

/**
 * The KPI sheet's trend chart over the last `spec.lastRows` rows of its history table (as the
 * add-in's queueTrendChart points it): a line per series, periods as categories. null when the table
 * has no data row or lacks a series' column.
 */
export function trendChartPlan(
  name: string,
  spec: ChartSpec & { anchor: { from: string; to: string } },
  table: HistoryTablePlace,
): ChartPlan | null {
  const shown = Math.min(table.dataRows, spec.lastRows ?? table.dataRows);
  const categoryIndex = table.keys.indexOf(spec.categories);
  if (shown <= 0 || categoryIndex < 0) return null;
  // 0-based sheet row of the first row shown: the header's row (1-based) is the 0-based row of the first data row.
  const firstRow = table.headerRow + table.dataRows - shown;
  const column = (index: number): Rect0 => ({ row: firstRow, col: table.firstColumn - 1 + index, rows: shown, cols: 1 });
  const series: ChartSeriesPlan[] = [];
  for (const s of spec.series) {
    const index = table.keys.indexOf(s.column);
    if (index < 0) return null;
    series.push({ name: s.name, values: column(index), categories: column(categoryIndex), chartType: "LineMarkers", axisGroup: "Primary" });
  }
  const first = series[0].values;
  return {
    name,
    title: spec.title,
    chartType: "LineMarkers",
    source: { row: first.row - 1, col: first.col, rows: first.rows + 1, cols: 1 },
    series,
    from: parseCell(spec.anchor.from),
    to: parseCell(spec.anchor.to),
    primaryAxis: spec.primaryAxis && axisPlan(spec.primaryAxis),
  };
}
