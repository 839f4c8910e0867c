/**
 * Where every part of the report goes on its sheet, computed in memory before anything is written
 * (pure). Both renderers follow it: src/excel/report (Office.js) and src/xlsx (a file).
 *
 * Layout, top to bottom, from column A:
 *   row 1  title                      row 2  status line (when it was built, register problems)
 *   row 3  header labels              row 4  header values      ← frozen and printed on every page
 *   then one block per section: a heading row, the table (or the "nothing to show" line), a note,
 *   one blank row. A chart takes CHART_ROWS rows under its source table, columns A–H.
 */
import {
  columnIndex,
  type CellValue,
  type ChartSpec,
  type ColumnType,
  type ComparisonSection,
  type KeyValueSection,
  type ReportModel,
  type Section,
  type TableSection,
} from "../model";
import { cellNumberFormat, sheetValue, type SheetValue } from "./sheetValue";
import { GENERAL_FORMAT, numberFormatFor } from "./numberFormats";
import { displayWidth, textWidth } from "./textWidth";
import { reportTableName } from "./tableName";
import { CHART_ROWS, chartPlan } from "./chartPlan";
import type { Cell0, LayoutOptions, ReportLayout, StyleKind } from "./types";
import { columnValues, decimalsFor } from "../decimals";

export const TABLE_STYLE = "TableStyleMedium2";
export const COMPARISON_TABLE_STYLE = "TableStyleLight9";
/** Columns whose width the report always sets (so a rerun leaves no width from an older, wider report). */
export const REPORT_COLUMNS = 20;
export const DEFAULT_COLUMN_WIDTH = 48; // points: Excel's standard 8.43 characters

class Builder {
  readonly layout: ReportLayout;
  private readonly widths: number[] = new Array(REPORT_COLUMNS).fill(0);
  row = 0;

  constructor(
    // Only the labels and the period's label (table names) are read: the KPI sheet lays out sections too.
    private readonly model: Pick<ReportModel, "labels"> & { period: { label: string } },
    private readonly options: LayoutOptions,
  ) {
    this.layout = {
      blocks: [],
      tables: [],
      styles: [],
      charts: [],
      conditionalFormats: [],
      columnWidths: [],
      frozenRows: 0,
      printTitleRows: [1, 1],
      usedRows: 0,
    };
  }

  private measure(col: number, chars: number): void {
    if (col < REPORT_COLUMNS) this.widths[col] = Math.max(this.widths[col], chars);
  }

  private width(value: CellValue, type: ColumnType): number {
    return displayWidth(value, type, this.model.labels.noData);
  }

  input(value: CellValue, type: ColumnType): SheetValue {
    return sheetValue(value, type, this.model.labels, this.options.dateSystem);
  }

  /** One line of text in column A (title, status, heading, note): not measured, it may overflow to the right. */
  line(text: string, kind: StyleKind): void {
    this.layout.blocks.push({ row: this.row, col: 0, values: [[this.input(text, "text")]], formats: [[GENERAL_FORMAT]] });
    this.layout.styles.push({ row: this.row, col: 0, kind, cols: 1 });
    this.row++;
  }

  /** Key/value block laid out across: labels on one row, values under them. */
  keyValue(section: KeyValueSection): void {
    const labels = section.items.map((i) => this.input(i.label, "text"));
    const values = section.items.map((i) => this.input(i.value, i.type));
    const formats = section.items.map((i) => cellNumberFormat(i.value, i.type, false, decimalsFor(i.type, [i.value], i.currency)));
    this.layout.blocks.push({ row: this.row, col: 0, values: [labels, values], formats: [labels.map(() => GENERAL_FORMAT), formats] });
    this.layout.styles.push({ row: this.row, col: 0, kind: "label", cols: labels.length });
    section.items.forEach((i, c) => this.measure(c, Math.max(textWidth(i.label), this.width(i.value, i.type))));
    this.row += 2;
  }

  comparison(section: ComparisonSection): void {
    const h = section.headers;
    const headerTexts = [h.label, h.current, h.previous, h.change];
    const header = headerTexts.map((text) => this.input(text, "text"));
    const values: SheetValue[][] = [header];
    const formats: string[][] = [header.map(() => GENERAL_FORMAT)];
    headerTexts.forEach((text, c) => this.measure(c, textWidth(text) + 2));
    for (const item of section.items) {
      values.push([
        this.input(item.label, "text"),
        this.input(item.current, item.type),
        this.input(item.previous, item.type),
        this.input(item.change, item.type),
      ]);
      // One number of decimals across the row: 4.5 this period beside 3.0 before, not 3.
      const decimals = decimalsFor(item.type, [item.current, item.previous, item.change], item.currency);
      const plain = numberFormatFor(item.type, false, decimals);
      formats.push([GENERAL_FORMAT, plain, plain, numberFormatFor(item.type, true, decimals)]);
      this.measure(0, textWidth(item.label));
      [item.current, item.previous, item.change].forEach((v, k) => this.measure(k + 1, this.width(v, item.type) + (k === 2 ? 1 : 0)));
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
    const values: SheetValue[][] = [header];
    const formats: string[][] = [header.map(() => GENERAL_FORMAT)];
    const columnFormats = section.columns.map((c, k) =>
      numberFormatFor(c.type, c.signed, decimalsFor(c.type, columnValues(section.rows, k), c.currency)),
    );
    const rowFormats = perRowCurrency(section, columnFormats);
    section.columns.forEach((c, k) => this.measure(k, textWidth(c.header) + 2)); // + the filter button
    for (const row of section.rows) {
      values.push(section.columns.map((c, k) => this.input(row[k] ?? null, c.type)));
      formats.push(rowFormats ? rowFormats(row) : columnFormats);
      section.columns.forEach((c, k) => this.measure(k, this.width(row[k] ?? null, c.type)));
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

  private table(sectionId: string, values: SheetValue[][], formats: string[][], style: string): void {
    const taken = new Set(this.options.takenTableNames ?? []);
    for (const t of this.layout.tables) taken.add(t.name.toLowerCase());
    this.layout.blocks.push({ row: this.row, col: 0, values, formats });
    this.layout.tables.push({
      name: reportTableName(this.model.period.label, sectionId, taken),
      row: this.row,
      col: 0,
      rows: values.length,
      cols: values[0].length,
      style,
      sectionId,
    });
    this.row += values.length;
  }

  chart(id: string, spec: ChartSpec, source: TableSection | undefined, dataTop: Cell0 | null): void {
    if (!source || !dataTop) return; // nothing to draw: the empty-table line says so
    const plan = chartPlan(id, spec, source, dataTop, this.row, this.model.period.label);
    if (!plan) return;
    this.layout.charts.push(plan);
    this.row += CHART_ROWS;
  }

  finish(): ReportLayout {
    this.layout.usedRows = this.row;
    this.layout.columnWidths = this.widths.map((chars) =>
      chars === 0 ? DEFAULT_COLUMN_WIDTH : Math.min(320, Math.max(DEFAULT_COLUMN_WIDTH, Math.round(chars * 6.5 + 12))),
    );
    return this.layout;
  }
}

/**
 * Money columns whose currency is in another column of the row (open value beside its currency): each
 * row's cell gets its own currency's decimals. Null when the table has none (one format per column).
 */
function perRowCurrency(section: TableSection, columnFormats: string[]): ((row: CellValue[]) => string[]) | null {
  const currencyAt = section.columns.map((c) => (c.type === "money" && c.currencyKey ? columnIndex(section, c.currencyKey) : -1));
  if (currencyAt.every((at) => at < 0)) return null;
  const byCurrency = new Map<string, string[]>(); // a handful of currencies: one formats array each
  return (row) => {
    const id = currencyAt.map((at) => (at >= 0 ? String(row[at] ?? "") : "")).join("|");
    let formats = byCurrency.get(id);
    if (!formats) {
      formats = columnFormats.map((format, k) => {
        const column = section.columns[k];
        return currencyAt[k] >= 0
          ? numberFormatFor("money", column.signed, decimalsFor("money", [], String(row[currencyAt[k]] ?? "")))
          : format;
      });
      byCurrency.set(id, formats);
    }
    return formats;
  };
}

/**
 * One table section as the report lays it out (heading line, then the table or its empty line, then
 * its note), its heading on 0-based sheet row `row`, from column A; the table named `tableName`.
 * The KPI sheet places its ageing and scorecard blocks with it (src/report/layout/kpiSideLayout.ts).
 */
export function layoutTableSection(
  section: TableSection,
  labels: ReportModel["labels"],
  options: LayoutOptions & { row: number; tableName: string },
): ReportLayout {
  const b = new Builder({ labels, period: { label: "" } }, options);
  b.row = options.row;
  b.line(section.title, "heading");
  b.tableSection(section);
  const layout = b.finish();
  layout.tables = layout.tables.map((t) => ({ ...t, name: options.tableName }));
  return layout;
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
  for (const section of rest) layoutSection(b, model, section, tableTops);
  return b.finish();
}

function layoutSection(b: Builder, model: ReportModel, section: Section, tableTops: Map<string, Cell0 | null>): void {
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
