/** The sheet plan both renderers follow: 0-based cells and rectangles, values, formats and styles. */
import type { FormatHint } from "../model";
import type { DateSystem } from "../../register/cells";
import type { SheetValue } from "./sheetValue";

export interface Cell0 {
  row: number;
  col: number;
}

export interface Rect0 extends Cell0 {
  rows: number;
  cols: number;
}

/** A rectangle of values and number formats written with one assignment each. */
export interface Block extends Cell0 {
  values: SheetValue[][];
  formats: string[][];
}

export interface TablePlan extends Cell0 {
  name: string;
  /** Header row included. */
  rows: number;
  cols: number;
  style: string;
  sectionId: string;
}

export type StyleKind = "title" | "status" | "heading" | "label" | "note";
export interface StylePlan extends Cell0 {
  kind: StyleKind;
  cols: number;
}

export interface ChartSeriesPlan {
  name: string;
  values: Rect0;
  categories: Rect0;
  chartType: "ColumnClustered" | "Line" | "LineMarkers";
  axisGroup: "Primary" | "Secondary";
}

export interface AxisPlan {
  min?: number;
  max?: number;
  numberFormat: string;
}

export interface ChartPlan {
  name: string;
  title: string;
  chartType: "ColumnClustered" | "LineMarkers";
  /** The first series' values with its header cell above: the range charts.add is given. */
  source: Rect0;
  series: ChartSeriesPlan[];
  from: Cell0;
  to: Cell0;
  primaryAxis?: AxisPlan;
  secondaryAxis?: AxisPlan;
}

export type ConditionalPlan = { rect: Rect0; hint: FormatHint };

export interface ReportLayout {
  blocks: Block[];
  tables: TablePlan[];
  styles: StylePlan[];
  charts: ChartPlan[];
  conditionalFormats: ConditionalPlan[];
  /** Points, for columns 0..REPORT_COLUMNS-1. */
  columnWidths: number[];
  frozenRows: number;
  /** 1-based rows repeated at the top of each printed page, e.g. [1, 4]. */
  printTitleRows: [number, number];
  /** Rows used (0-based exclusive end). */
  usedRows: number;
}

export interface LayoutOptions {
  dateSystem: DateSystem;
  /** The line under the title (when it was built, what to know about the register). */
  statusLine: string;
  /** Table names already used elsewhere in the workbook (lower case): ours avoid them. */
  takenTableNames?: ReadonlySet<string>;
}
