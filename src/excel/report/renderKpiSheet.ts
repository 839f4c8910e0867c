/**
 * The managers' KPI sheet: headline figures at the fixed cells of KPI_CELLS, the KpiHistory table
 * (one row per period: a rerun replaces the period's row, found by its label) and the OTD/OTIF trend
 * chart over the table's last 26 rows, re-pointed on every run.
 *
 * Only the documented layout is written. Inside the headline block (A1:D27) a cell the model does not
 * fill is left as it is (null in a values matrix leaves a cell unchanged), except the past-due rows
 * 17–26 and the note A27, which are emptied when fewer currencies are listed than last time.
 * Requirement sets: as renderReport (tables ExcelApi 1.1, rows.add 1.1, charts 1.1–1.8, pageLayout 1.9).
 */
import type { CellValue, ColumnType } from "../../report/model";
import { KPI_CELLS, type KpiSheetModel } from "../../report/kpiSheet";
import { kpiHistoryRecordFromRow, type KpiHistoryRecord } from "../../report/kpiHistory";
import type { DateSystem } from "../types";
import { supportsExcelApi } from "../platform";
import { reportText } from "../../report/labels";
import { KPI_HISTORY_TABLE, KPI_SHEET_NAME } from "../../report/sheetName";
import { excelInput, type ExcelInput } from "./cellValue";
import { TEXT_FORMAT, numberFormatFor } from "./numberFormats";
import { applyAxis, columnLetters, queuePageSetup } from "./renderReport";
import { WriteBatch, type WriteReport } from "./writeBatch";
import { parseCell } from "./address";

export const KPI_TREND_CHART = "KpiTrend";
const HEADLINE_ROWS = 27;
const HEADLINE_COLS = 4;
/** Rows 17–26 (past due per currency) and the note in A27 are emptied when the model leaves them out. */
const CLEARABLE_FIRST_ROW = KPI_CELLS.pastDueFirstRow;
const CLEARABLE_LAST_ROW = 27;

export interface KpiHistoryState {
  sheet: string;
  /** 0-based sheet row of the header, column of the first column. */
  headerRow: number;
  firstColumn: number;
  columns: number;
  /** Data rows as Excel returns them. */
  rows: unknown[][];
}

export interface KpiSheetState {
  sheetExists: boolean;
  history: KpiHistoryState | null;
  /** Series count of the trend chart; null when there is no trend chart on the KPI sheet. */
  trendSeries: number | null;
}

/** Queues the look at the KPI sheet, its history table and chart; `read()` after the next sync. */
export function queueKpiSheetState(context: Excel.RequestContext, sheetName: string = KPI_SHEET_NAME, tableName: string = KPI_HISTORY_TABLE): { read(): KpiSheetState } {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name");
  const table = context.workbook.tables.getItemOrNullObject(tableName);
  table.load("name");
  const range = table.getRange();
  range.load(["values", "rowIndex", "columnIndex", "columnCount"]);
  const tableSheet = table.worksheet;
  tableSheet.load("name");
  const chart = sheet.charts.getItemOrNullObject(KPI_TREND_CHART);
  const series = chart.series.load("items/name");
  return {
    read: () => {
      const history: KpiHistoryState | null = table.isNullObject
        ? null
        : { sheet: tableSheet.name, headerRow: range.rowIndex, firstColumn: range.columnIndex, columns: range.columnCount, rows: range.values.slice(1) };
      return { sheetExists: !sheet.isNullObject, history, trendSeries: sheet.isNullObject || chart.isNullObject ? null : series.items.length };
    },
  };
}

/** The history as stored: readable rows, in table order. */
export function historyRecords(state: KpiSheetState): KpiHistoryRecord[] {
  return (state.history?.rows ?? []).map((row) => kpiHistoryRecordFromRow(row)).filter((r): r is KpiHistoryRecord => r !== undefined);
}

export interface RenderKpiOptions {
  dateSystem?: DateSystem;
}

export interface RenderKpiResult {
  /** 0-based index, in the table's data rows, of this period's row. */
  historyRow: number;
  historyRows: number;
  replaced: boolean;
  writes: WriteReport;
  syncs: number;
}

/** Standalone: reads the KPI sheet's state (1 sync), then writes (1+ syncs). */
export async function renderKpiSheet(context: Excel.RequestContext, model: KpiSheetModel, options: RenderKpiOptions = {}): Promise<RenderKpiResult> {
  const state = queueKpiSheetState(context, model.sheetName, model.history.tableName);
  await context.sync();
  const batch = new WriteBatch(context);
  const placed = await queueKpiWrites(batch, context, model, state.read(), options);
  await batch.flush();
  return { ...placed, writes: batch.report, syncs: batch.report.syncs + 1 };
}

/** Where this period's history row goes: over the row of the same period, into Excel's blank first row, or appended. */
export function placeHistoryRow(rows: readonly unknown[][], period: string): { index: number; kind: "replace" | "blank" | "append" } {
  const wanted = period.trim().toLowerCase();
  const found = rows.findIndex((row) => String(row[0] ?? "").trim().toLowerCase() === wanted);
  if (found >= 0) return { index: found, kind: "replace" };
  if (rows.length === 1 && rows[0].every((v) => v === "" || v === null)) return { index: 0, kind: "blank" };
  return { index: rows.length, kind: "append" };
}

export async function queueKpiWrites(
  batch: WriteBatch,
  context: Excel.RequestContext,
  model: KpiSheetModel,
  state: KpiSheetState,
  options: RenderKpiOptions = {},
): Promise<Omit<RenderKpiResult, "writes" | "syncs">> {
  const dateSystem = options.dateSystem ?? "1900";
  const labels = reportLabels(model);
  const input = (value: CellValue, type: ColumnType) => excelInput(value, type, labels, dateSystem);
  const sheet = () => context.workbook.worksheets.getItem(model.sheetName);
  if (!state.sheetExists) await batch.small(() => void context.workbook.worksheets.add(model.sheetName));

  // Headline block A1:D27 in one assignment; null = leave the cell as it is.
  const values: (ExcelInput | null)[][] = Array.from({ length: HEADLINE_ROWS }, (_, r) =>
    Array.from({ length: HEADLINE_COLS }, (_, c) => (r + 1 >= CLEARABLE_FIRST_ROW && r + 1 <= CLEARABLE_LAST_ROW && (r + 1 < CLEARABLE_LAST_ROW || c === 0) ? "" : null)),
  );
  const formats: (string | null)[][] = values.map((row) => row.map((v) => (v === null ? null : TEXT_FORMAT)));
  const bold: string[] = [];
  for (const cell of model.cells) {
    const { row, col } = parseCell(cell.address);
    if (row >= HEADLINE_ROWS || col >= HEADLINE_COLS) continue; // outside the documented block: never written
    values[row][col] = input(cell.value, cell.type);
    formats[row][col] = typeof cell.value === "number" ? numberFormatFor(cell.type, cell.signed) : TEXT_FORMAT;
    if (cell.role !== "value" && cell.role !== "note") bold.push(cell.address);
  }
  await batch.block((offset, rows) => sheet().getRangeByIndexes(offset, 0, rows, HEADLINE_COLS), values, formats as string[][]);
  await batch.small(() => {
    for (const address of bold) sheet().getRange(address).format.font.bold = true;
    sheet().getRange(KPI_CELLS.title).format.font.size = 14;
  });

  // KpiHistory: replace this period's row or add one.
  const { columns, row } = model.history;
  const rowInput = row.map((v, k) => input(v, columns[k].type));
  const rowFormats = columns.map((c) => numberFormatFor(c.type));
  const history = state.history;
  let dataRows: number;
  let historyRow: number;
  let replaced = false;
  let top: { sheet: string; headerRow: number; firstColumn: number };
  if (!history) {
    const { row: headerRow, col } = parseCell(model.history.headerAddress);
    top = { sheet: model.sheetName, headerRow, firstColumn: col };
    const header = columns.map((c) => input(c.header, "text"));
    await batch.block((offset, rows) => sheet().getRangeByIndexes(headerRow + offset, col, rows, columns.length), [header, rowInput], [header.map(() => TEXT_FORMAT), rowFormats]);
    await batch.small(() => {
      const table = sheet().tables.add(`${columnLetters(col)}${headerRow + 1}:${columnLetters(col + columns.length - 1)}${headerRow + 2}`, true);
      table.name = model.history.tableName;
      table.style = "TableStyleMedium2";
    });
    dataRows = 1;
    historyRow = 0;
  } else {
    top = history;
    const place = placeHistoryRow(history.rows, model.history.record.period);
    const target = () => context.workbook.worksheets.getItem(history.sheet);
    if (place.kind === "append") {
      const padded = [...rowInput, ...new Array(Math.max(0, history.columns - rowInput.length)).fill(null)].slice(0, history.columns);
      await batch.small(() => void context.workbook.tables.getItem(model.history.tableName).rows.add(undefined, [padded]));
      dataRows = history.rows.length + 1;
    } else {
      dataRows = history.rows.length;
    }
    replaced = place.kind === "replace";
    historyRow = place.index;
    const sheetRow = history.headerRow + 1 + place.index;
    const width = Math.min(rowInput.length, history.columns);
    await batch.block((offset, rows) => target().getRangeByIndexes(sheetRow + offset, history.firstColumn, rows, width), [rowInput.slice(0, width)], [rowFormats.slice(0, width)]);
  }

  // Trend chart over the last 26 rows.
  if (supportsExcelApi("1.8")) await batch.small(() => queueTrendChart(context, model, state, top, dataRows));
  if (supportsExcelApi("1.9")) await batch.small(() => queuePageSetup(sheet(), model.pageSetup, null));
  return { historyRow, historyRows: dataRows, replaced };
}

function queueTrendChart(context: Excel.RequestContext, model: KpiSheetModel, state: KpiSheetState, top: { sheet: string; headerRow: number; firstColumn: number }, dataRows: number): void {
  const spec = model.trendChart;
  const keys = model.history.columns.map((c) => c.key);
  const shown = Math.min(dataRows, spec.lastRows ?? dataRows);
  const firstRow = top.headerRow + 1 + dataRows - shown;
  const source = context.workbook.worksheets.getItem(top.sheet);
  const column = (key: string) => source.getRangeByIndexes(firstRow, top.firstColumn + keys.indexOf(key), shown, 1);
  const kpi = context.workbook.worksheets.getItem(model.sheetName);
  const existing = state.sheetExists ? state.trendSeries : null;
  const chart = existing === null ? kpi.charts.add("LineMarkers", column(spec.series[0].column), "Columns") : kpi.charts.getItem(KPI_TREND_CHART);
  const count = existing ?? 1;
  spec.series.forEach((s, i) => {
    const series = i < count ? chart.series.getItemAt(i) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(column(s.column));
    series.setXAxisValues(column(spec.categories));
  });
  if (existing !== null) return; // the manager may have restyled it: only its data is re-pointed
  chart.name = KPI_TREND_CHART;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  if (spec.primaryAxis) applyAxis(chart.axes.getItem("Value", "Primary"), { min: spec.primaryAxis.min, max: spec.primaryAxis.max, numberFormat: spec.primaryAxis.format === "percent" ? "0%" : "#,##0" });
  chart.setPosition(spec.anchor.from, spec.anchor.to);
}

function reportLabels(model: KpiSheetModel) {
  const t = reportText(model.lang);
  return { noData: t("noData"), yes: t("yes"), no: t("no") };
}
