/**
 * What the playground grid draws for a chart of the in-memory workbook (SheetData.extras.charts): the
 * numbers its series point at, read from the cells, and a simple picture of them — columns, bars,
 * lines (on a primary or secondary axis, as in the report's Pareto chart) or a pie — in SVG units.
 * Pure: the Grid reads cells through `CellReader` and turns the layout into SVG elements.
 */
import type { ChartData, RangeRef } from "../in-memory-excel/chart";
import type { Cell } from "../in-memory-excel/store";
import type { Rect } from "../in-memory-excel/address";
import { parseA1, splitSheet } from "../in-memory-excel/address";
import { formatCellValue } from "./numberFormat";

/** The cells of a range, row by row flattened (a series range is one row or one column). */
export type CellReader = (ref: RangeRef) => (Cell | undefined)[];

export type SeriesShape = "column" | "bar" | "line" | "pie";

export interface DrawnSeries {
  name: string;
  shape: SeriesShape;
  secondary: boolean;
  /** null where the cell is empty or text: Excel leaves a gap. */
  values: (number | null)[];
}

export interface AxisScale {
  min: number;
  max: number;
  step: number;
  format: string;
}

export interface ChartDrawing {
  name: string;
  title: string;
  categories: string[];
  series: DrawnSeries[];
  primary: AxisScale;
  secondary: AxisScale | null;
  /** Cells the chart covers (setPosition's start cell to end cell, both included). */
  anchor: Rect;
}

/** Excel's Office theme accents, in series order. */
export const SERIES_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
/** A chart set without an end cell gets Excel's default size: about 8 columns by 15 rows. */
const DEFAULT_SPAN = { rows: 15, cols: 8 };
const TICKS = 5;

function shapeOf(chartType: string): SeriesShape {
  if (/^Bar/.test(chartType)) return "bar";
  if (/^(Line|XYScatter)/.test(chartType)) return "line";
  if (/^(Pie|Doughnut)/.test(chartType)) return "pie";
  return "column";
}

export function chartDrawing(chart: ChartData, read: CellReader): ChartDrawing {
  const series = chart.series.map((s): DrawnSeries => ({
    name: s.name,
    shape: shapeOf(s.chartType || chart.chartType),
    secondary: s.axisGroup === "Secondary",
    values: s.values ? read(s.values).map((cell) => (typeof cell?.value === "number" ? cell.value : null)) : [],
  }));
  const longest = Math.max(0, ...series.map((s) => s.values.length));
  const categoryRef = chart.series.find((s) => s.categories)?.categories ?? null;
  const categoryCells = categoryRef ? read(categoryRef) : [];
  // Without category cells Excel numbers the points 1, 2, 3…
  const categories = Array.from({ length: longest }, (_, i) => {
    const cell = categoryCells[i];
    return cell && cell.value !== "" ? formatCellValue(cell.value, cell.numberFormat) : categoryRef ? "" : String(i + 1);
  });
  const numbers = (secondary: boolean) => series.filter((s) => s.secondary === secondary).flatMap((s) => s.values.filter((v): v is number => v !== null));
  const primary = axisScale(numbers(false), chart.axes["Value/Primary"]);
  const secondary = series.some((s) => s.secondary) ? axisScale(numbers(true), chart.axes["Value/Secondary"]) : null;
  return { name: chart.name, title: chart.title, categories, series, primary, secondary, anchor: anchorOf(chart.position) };
}

function anchorOf(position: ChartData["position"]): Rect {
  const from = position ? parseA1(splitSheet(position.from).local) : undefined;
  const to = position?.to ? parseA1(splitSheet(position.to).local) : undefined;
  const start = from ?? { row: 0, col: 0, rows: 1, cols: 1 };
  if (!to) return { row: start.row, col: start.col, ...DEFAULT_SPAN };
  return { row: start.row, col: start.col, rows: to.row + to.rows - start.row, cols: to.col + to.cols - start.col };
}

/**
 * The value axis: the chart's own minimum/maximum where set, else from 0 (or the lowest value, when
 * negative) up to a round number, in TICKS steps of 1, 2 or 5 × 10^n.
 */
export function axisScale(values: number[], axis: { minimum?: number; maximum?: number; numberFormat?: string } = {}): AxisScale {
  const low = axis.minimum ?? Math.min(0, ...values);
  const high = Math.max(low, ...values);
  const span = (axis.maximum ?? high) - low || 1;
  const step = niceStep(span / TICKS);
  const max = axis.maximum ?? low + Math.ceil(span / step - 1e-9) * step;
  return { min: low, max: max > low ? max : low + step, step: axis.maximum !== undefined ? (axis.maximum - low) / TICKS : step, format: axis.numberFormat ?? "General" };
}

function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

// ---------------------------------------------------------------------------------------------- layout

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  plot: Box;
  bars: (Box & { series: number; category: number; value: number })[];
  lines: { series: number; points: { x: number; y: number }[] }[];
  slices: { series: number; category: number; path: string }[];
  categoryLabels: { x: number; y: number; text: string }[];
  primaryTicks: { y: number; text: string }[];
  secondaryTicks: { y: number; text: string }[];
}

const MARGIN = { top: 30, right: 12, bottom: 46, left: 48 };
const SECONDARY_WIDTH = 44;
/** Width of a 10 px label character, with a little room, to cut labels that would run into their neighbours. */
const LABEL_CHAR_WIDTH = 6.5;
/** Excel's default gap between column groups: 219 % of a column's width. */
const GAP_WIDTH = 2.19;

export function layoutChart(drawing: ChartDrawing, width: number, height: number): ChartLayout {
  const right = MARGIN.right + (drawing.secondary ? SECONDARY_WIDTH : 0);
  const plot: Box = { x: MARGIN.left, y: MARGIN.top, width: Math.max(10, width - MARGIN.left - right), height: Math.max(10, height - MARGIN.top - MARGIN.bottom) };
  const layout: ChartLayout = { plot, bars: [], lines: [], slices: [], categoryLabels: [], primaryTicks: [], secondaryTicks: [] };
  const pie = drawing.series.find((s) => s.shape === "pie");
  if (pie) return { ...layout, slices: pieSlices(drawing, drawing.series.indexOf(pie), plot) };

  const count = Math.max(1, drawing.categories.length);
  const horizontal = drawing.series.some((s) => s.shape === "bar");
  // Columns and bars share a band per category; lines go through the band's middle.
  const band = (horizontal ? plot.height : plot.width) / count;
  const barSeries = drawing.series.map((s, i) => ({ s, i })).filter(({ s }) => s.shape === "column" || s.shape === "bar");
  const barSize = band / (barSeries.length + GAP_WIDTH);
  const valueAt = (value: number, scale: AxisScale) => {
    const share = (Math.min(Math.max(value, scale.min), scale.max) - scale.min) / (scale.max - scale.min);
    return horizontal ? plot.x + share * plot.width : plot.y + plot.height - share * plot.height;
  };
  drawing.series.forEach((s, seriesIndex) => {
    const scale = s.secondary && drawing.secondary ? drawing.secondary : drawing.primary;
    const zero = valueAt(Math.max(scale.min, Math.min(0, scale.max)), scale);
    if (s.shape === "line") {
      const points = s.values.flatMap((v, c) => (v === null ? [] : [{ x: plot.x + band * (c + 0.5), y: valueAt(v, scale) }]));
      layout.lines.push({ series: seriesIndex, points });
      return;
    }
    const slot = barSeries.findIndex((b) => b.i === seriesIndex);
    s.values.forEach((v, c) => {
      if (v === null) return;
      const offset = band * c + barSize * (GAP_WIDTH / 2 + slot);
      const end = valueAt(v, scale);
      const box = horizontal
        ? { x: Math.min(zero, end), y: plot.y + offset, width: Math.abs(end - zero), height: barSize }
        : { x: plot.x + offset, y: Math.min(zero, end), width: barSize, height: Math.abs(end - zero) };
      layout.bars.push({ ...box, series: seriesIndex, category: c, value: v });
    });
  });
  // Labels under columns get their band's width; labels beside bars the left margin.
  const fit = (text: string) => clip(text, Math.floor((horizontal ? MARGIN.left : band) / LABEL_CHAR_WIDTH));
  layout.categoryLabels = drawing.categories.map((text, c) =>
    horizontal ? { x: plot.x - 4, y: plot.y + band * (c + 0.5), text: fit(text) } : { x: plot.x + band * (c + 0.5), y: plot.y + plot.height + 14, text: fit(text) },
  );
  layout.primaryTicks = ticks(drawing.primary, (v) => valueAt(v, drawing.primary));
  if (drawing.secondary) {
    const secondary = drawing.secondary;
    layout.secondaryTicks = ticks(secondary, (v) => valueAt(v, secondary));
  }
  return layout;
}

/** "Supplier technical issue" in 10 characters: "Supplier …" (the full text is in the bar's tooltip). */
export function clip(text: string, chars: number): string {
  if (text.length <= chars) return text;
  return chars <= 1 ? "…" : `${text.slice(0, chars - 1).trimEnd()}…`;
}

function ticks(scale: AxisScale, position: (value: number) => number): { y: number; text: string }[] {
  const out: { y: number; text: string }[] = [];
  const steps = Math.round((scale.max - scale.min) / scale.step);
  for (let i = 0; i <= Math.min(steps, 20); i++) {
    const value = scale.min + i * scale.step;
    out.push({ y: position(value), text: formatCellValue(Number(value.toPrecision(12)), scale.format) });
  }
  return out;
}

/** Slices clockwise from 12 o'clock, as Excel starts a pie; empty and negative points take no room. */
function pieSlices(drawing: ChartDrawing, seriesIndex: number, plot: Box): ChartLayout["slices"] {
  const values = drawing.series[seriesIndex].values.map((v) => (v !== null && v > 0 ? v : 0));
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const r = Math.min(plot.width, plot.height) / 2;
  const cx = plot.x + plot.width / 2;
  const cy = plot.y + plot.height / 2;
  const point = (angle: number) => `${(cx + r * Math.sin(angle)).toFixed(2)} ${(cy - r * Math.cos(angle)).toFixed(2)}`;
  const slices: ChartLayout["slices"] = [];
  let start = 0;
  values.forEach((v, category) => {
    if (v === 0) return;
    const sweep = (v / total) * 2 * Math.PI;
    const end = start + sweep;
    // A single slice of 100 % is a full circle: two half arcs (one arc cannot start and end at one point).
    const path =
      sweep >= 2 * Math.PI - 1e-9
        ? `M ${point(0)} A ${r} ${r} 0 1 1 ${point(Math.PI)} A ${r} ${r} 0 1 1 ${point(0)} Z`
        : `M ${cx} ${cy} L ${point(start)} A ${r} ${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${point(end)} Z`;
    slices.push({ series: seriesIndex, category, path });
    start = end;
  });
  return slices;
}
