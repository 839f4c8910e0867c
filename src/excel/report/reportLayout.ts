/**
 * Where every part of the report goes on its sheet, computed in memory before anything is written
 * (pure: no Office.js). The renderer then writes each block with one range assignment.
 *
 * Layout, top to bottom, from column A:
 *   row 1  title                      row 2  status line (when it was built, register problems)
 *   row 3  header labels              row 4  header values      ← frozen and printed on every page
 *   then one block per section: a heading row, the table (or the "nothing to show" line), a note,
 *   one blank row. A chart takes CHART_ROWS rows under its source table, columns A–H.
 */
import { columnIndex, isNoData, type CellValue, type ChartSpec, type ColumnType, type ComparisonSection, type FormatHint, type KeyValueSection, type ReportModel, type Section, type TableSection } from "../../report/model";
import type { DateSystem } from "../types";
import { excelInput, type ExcelInput } from "./cellValue";
import { TEXT_FORMAT, numberFormatFor } from "./numberFormats";

export const CHART_ROWS = 16;
export const CHART_COLUMNS = 8;
export const TABLE_STYLE = "TableStyleMedium2";
export const COMPARISON_TABLE_STYLE = "TableStyleLight9";
/** Columns whose width the report always sets (so a rerun leaves no width from an older, wider report). */
export const REPORT_COLUMNS = 20;
export const DEFAULT_COLUMN_WIDTH = 48; // points: Excel's standard 8.43 characters

export interface Cell0 {
  row: number;
  col: number;
}

/** A rectangle of values and number formats written with one assignment each. */
export interface Block extends Cell0 {
  values: ExcelInput[][];
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

export interface Rect0 extends Cell0 {
  rows: number;
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

/** "FU_2026W47_ToChase": unique per period and section, a valid Excel table name. */
export function reportTableName(periodLabel: string, sectionId: string, taken: ReadonlySet<string> = new Set()): string {
  const base = `FU_${periodLabel.replace(/[^A-Za-z0-9]/g, "")}_${sectionId.charAt(0).toUpperCase()}${sectionId.slice(1)}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}

/** Display width of text in character cells: CJK and full-width characters count two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return width;
}

function displayWidth(value: CellValue, type: ColumnType, noData: string): number {
  if (value === null || value === undefined) return 0;
  if (isNoData(value)) return textWidth(noData);
  if (typeof value === "string") return textWidth(value);
  if (typeof value === "boolean") return 3;
  switch (type) {
    case "date":
      return 10;
    case "percent":
      return 7;
    default: {
      const digits = String(Math.round(Math.abs(value))).length;
      return digits + Math.floor((digits - 1) / 3) + (type === "money" || type === "number" ? 3 : 0) + (value < 0 ? 1 : 0) + 1;
    }
  }
}

class Builder {
  readonly layout: ReportLayout;
  private readonly widths: number[] = new Array(REPORT_COLUMNS).fill(0);
  row = 0;

  constructor(private readonly model: ReportModel, private readonly options: LayoutOptions) {
    this.layout = { blocks: [], tables: [], styles: [], charts: [], conditionalFormats: [], columnWidths: [], frozenRows: 0, printTitleRows: [1, 1], usedRows: 0 };
  }

  private measure(col: number, chars: number): void {
    if (col < REPORT_COLUMNS) this.widths[col] = Math.max(this.widths[col], chars);
  }

  input(value: CellValue, type: ColumnType): ExcelInput {
    return excelInput(value, type, this.model.labels, this.options.dateSystem);
  }

  /** One line of text in column A (title, status, heading, note): not measured, it may overflow to the right. */
  line(text: string, kind: StyleKind): void {
    this.layout.blocks.push({ row: this.row, col: 0, values: [[this.input(text, "text")]], formats: [[TEXT_FORMAT]] });
    this.layout.styles.push({ row: this.row, col: 0, kind, cols: 1 });
    this.row++;
  }

  /** Key/value block laid out across: labels on one row, values under them. */
  keyValue(section: KeyValueSection): void {
    const labels = section.items.map((i) => this.input(i.label, "text"));
    const values = section.items.map((i) => this.input(i.value, i.type));
    const formats = section.items.map((i) => (typeof i.value === "number" ? numberFormatFor(i.type) : TEXT_FORMAT));
    this.layout.blocks.push({ row: this.row, col: 0, values: [labels, values], formats: [labels.map(() => TEXT_FORMAT), formats] });
    this.layout.styles.push({ row: this.row, col: 0, kind: "label", cols: labels.length });
    section.items.forEach((i, c) => this.measure(c, Math.max(textWidth(i.label), displayWidth(i.value, i.type, this.model.labels.noData))));
    this.row += 2;
  }

  comparison(section: ComparisonSection): void {
    const h = section.headers;
    const header = [h.label, h.current, h.previous, h.change].map((t) => this.input(t, "text"));
    const values: ExcelInput[][] = [header];
    const formats: string[][] = [header.map(() => TEXT_FORMAT)];
    header.forEach((_, c) => this.measure(c, textWidth([h.label, h.current, h.previous, h.change][c]) + 2));
    for (const item of section.items) {
      values.push([this.input(item.label, "text"), this.input(item.current, item.type), this.input(item.previous, item.type), this.input(item.change, item.type)]);
      formats.push([TEXT_FORMAT, numberFormatFor(item.type), numberFormatFor(item.type), numberFormatFor(item.type, true)]);
      this.measure(0, textWidth(item.label));
      [item.current, item.previous, item.change].forEach((v, k) => this.measure(k + 1, displayWidth(v, item.type, this.model.labels.noData) + (k === 2 ? 1 : 0)));
    }
    this.table(section.id, values, formats, COMPARISON_TABLE_STYLE);
  }

  /** A table section; returns where its data rows start (for charts and conditional formats). */
  tableSection(section: TableSection): Cell0 | null {
    if (section.rows.length === 0) {
      this.line(section.emptyText, "note");
      return null;
    }
    const header = section.columns.map((c) => this.input(c.header, "text"));
    const values: ExcelInput[][] = [header];
    const formats: string[][] = [header.map(() => TEXT_FORMAT)];
    const columnFormats = section.columns.map((c) => numberFormatFor(c.type, c.signed));
    section.columns.forEach((c, k) => this.measure(k, textWidth(c.header) + 2)); // + the filter button
    for (const row of section.rows) {
      values.push(section.columns.map((c, k) => this.input(row[k] ?? null, c.type)));
      formats.push(columnFormats);
      section.columns.forEach((c, k) => this.measure(k, displayWidth(row[k] ?? null, c.type, this.model.labels.noData)));
    }
    const top = this.row;
    this.table(section.id, values, formats, TABLE_STYLE);
    for (const hint of section.hints ?? []) {
      const col = columnIndex(section, hint.column);
      if (col >= 0) this.layout.conditionalFormats.push({ rect: { row: top + 1, col, rows: section.rows.length, cols: 1 }, hint });
    }
    if (section.note) this.line(section.note, "note");
    return { row: top + 1, col: 0 };
  }

  private table(sectionId: string, values: ExcelInput[][], formats: string[][], style: string): void {
    const taken = new Set(this.options.takenTableNames ?? []);
    for (const t of this.layout.tables) taken.add(t.name.toLowerCase());
    this.layout.blocks.push({ row: this.row, col: 0, values, formats });
    this.layout.tables.push({ name: reportTableName(this.model.period.label, sectionId, taken), row: this.row, col: 0, rows: values.length, cols: values[0].length, style, sectionId });
    this.row += values.length;
  }

  chart(id: string, spec: ChartSpec, source: TableSection | undefined, dataTop: Cell0 | null): void {
    if (!source || !dataTop) return; // nothing to draw: the empty-table line says so
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
    if (series.length === 0) return;
    const first = series[0].values;
    this.layout.charts.push({
      name: `${id}_${this.model.period.label.replace(/[^A-Za-z0-9]/g, "")}`,
      title: spec.title,
      chartType: spec.type === "line" ? "LineMarkers" : "ColumnClustered",
      source: { row: first.row - 1, col: first.col, rows: first.rows + 1, cols: 1 },
      series,
      from: { row: this.row, col: 0 },
      to: { row: this.row + CHART_ROWS - 1, col: CHART_COLUMNS - 1 },
      primaryAxis: spec.primaryAxis && axisPlan(spec.primaryAxis),
      secondaryAxis: spec.secondaryAxis && axisPlan(spec.secondaryAxis),
    });
    this.row += CHART_ROWS;
  }

  finish(): ReportLayout {
    this.layout.usedRows = this.row;
    this.layout.columnWidths = this.widths.map((chars) => (chars === 0 ? DEFAULT_COLUMN_WIDTH : Math.min(320, Math.max(DEFAULT_COLUMN_WIDTH, Math.round(chars * 6.5 + 12)))));
    return this.layout;
  }
}

function axisPlan(axis: { min?: number; max?: number; format: "integer" | "percent" }): AxisPlan {
  const plan: AxisPlan = { numberFormat: axis.format === "percent" ? "0%" : "#,##0" };
  if (axis.min !== undefined) plan.min = axis.min;
  if (axis.max !== undefined) plan.max = axis.max;
  return plan;
}

/** Lays the report model out on a sheet. */
export function layoutReport(model: ReportModel, options: LayoutOptions): ReportLayout {
  const b = new Builder(model, options);
  b.line(model.title, "title");
  b.line(options.statusLine, "status");
  const [header, ...rest] = model.sections;
  if (header && header.kind === "keyValue") b.keyValue(header);
  else if (header) rest.unshift(header);
  b.layout.frozenRows = b.row;
  b.layout.printTitleRows = [1, b.row];
  b.row++; // a blank row under the frozen block
  const tableTops = new Map<string, Cell0 | null>();
  for (const section of rest) renderSection(b, model, section, tableTops);
  return b.finish();
}

function renderSection(b: Builder, model: ReportModel, section: Section, tableTops: Map<string, Cell0 | null>): void {
  switch (section.kind) {
    case "chart": {
      const source = model.sections.find((s): s is TableSection => s.id === section.chart.source && s.kind === "table");
      b.chart(section.id, section.chart, source, tableTops.get(section.chart.source) ?? null);
      if (source && tableTops.get(section.chart.source)) b.row++;
      return;
    }
    case "keyValue":
      b.line(section.title, "heading");
      b.keyValue(section);
      break;
    case "comparison":
      b.line(section.title, "heading");
      b.comparison(section);
      break;
    case "table":
      b.line(section.title, "heading");
      tableTops.set(section.id, b.tableSection(section));
      break;
  }
  b.row++;
}

