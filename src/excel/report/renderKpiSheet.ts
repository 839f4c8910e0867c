/**
 * The managers' KPI sheet: headline figures at the fixed cells of KPI_CELLS, the KpiHistory table
 * (one row per period: a rerun replaces the period's row, found by its label) and the OTD/OTIF trend
 * chart over the table's last 26 rows, re-pointed on every run.
 *
 * Only the documented layout is written. Inside the headline block (A1:D27) a cell the model does not
 * fill is left as it is (null in a values matrix leaves a cell unchanged), except the past-due rows
 * 17–26 and the note A27, which are emptied when fewer currencies are listed than last time.
 * Only a KPI sheet the add-in created is written (ownedSheets.ts). A sheet named KPI that holds the
 * KpiHistory table is the add-in's too (made before sheets were marked) and is marked on this run. Any
 * other sheet named KPI is the manager's: nothing is written (queueKpiWrites returns null).
 * Requirement sets: as renderReport (tables ExcelApi 1.1, rows.add 1.1, charts 1.1–1.8, pageLayout 1.9).
 */
import { KPI_TREND_CHART, KPI_AGEING_TABLE, KPI_CELLS, KPI_SCORECARD_TABLE, type KpiSheetModel } from "../../report/kpiSheet";
import { kpiHistoryRecordFromRow, type KpiHistoryRecord } from "../../report/kpiHistory";
import type { DateSystem } from "../types";
import { supportsExcelApi } from "../platform";
import { KPI_HISTORY_TABLE, KPI_SHEET_NAME } from "../../report/sheetName";
import {
  trendChartPlan,
  cellA1,
  decideSideBlock,
  fitRow,
  kpiPrintArea,
  kpiSidePlan,
  sideColumnWidths,
  kpiHeadlinePlan,
  kpiHistoryRowPlan,
  parseCell,
  placeHistoryRow,
  historyFit,
  insideRect,
  intersection,
  rectMinus,
  rectA1,
  KPI_HEADLINE_COLS,
  KPI_TITLE_SIZE,
  TABLE_STYLE,
  GENERAL_FORMAT,
  STYLE_FONTS,
  skippedBlock,
  type KpiSideBlockPlan,
  type KpiSideFound,
  type KpiSideResult,
  type Rect0,
  type SheetValue,
} from "../../report/layout";
import { applyAxis, applyFont, queueConditionalFormat, queuePageSetup } from "./renderReport";
import { WriteBatch, type WriteReport } from "./writeBatch";
import { readBlocks } from "../blockReader";
import { jsonSize } from "../chunks";
import { excelValue, excelValues } from "./excelValues";
import { queueMarkOwned, queueNewSheetId, queueOwnedSheets } from "./ownedSheets";
import { holdsOurTables } from "../../workbook/ownedSheets";
import { sameName } from "../../workbook/names";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../workbook/excelGrid";

export { KPI_TREND_CHART };
/** The ageing and scorecard blocks start in this column (P): the probe of the sheet's cells starts there. */
const SIDE_COLUMN = parseCell(KPI_CELLS.ageing).col;
/**
 * The part of the KPI sheet right of column O read with its state: the ageing block and a scorecard of up to
 * ~980 suppliers. A block reaching further has the rest of its own area read when it is written
 * (sideCellReader). What a user keeps elsewhere on the sheet is never read, so it cannot swell a response
 * past Excel on the web's 5 MB.
 */
const SIDE_READ: Rect0 = { row: 0, col: SIDE_COLUMN, rows: 1_000, cols: 64 };
/** A cell that was not read (none a block's decision asks for: see sideCellReader): never taken for free. */
const NOT_READ = Object.freeze({ notRead: true });
const SIDE_TABLES = [KPI_AGEING_TABLE, KPI_SCORECARD_TABLE];

/** Values read from a rectangle of the KPI sheet, from its top-left cell. */
interface CellsRead {
  row: number;
  col: number;
  values: unknown[][];
}

export interface KpiHistoryState {
  sheet: string;
  /** 0-based sheet row of the header, column of the first column. */
  headerRow: number;
  firstColumn: number;
  columns: number;
  /** Header cells as Excel returns them. */
  headers: unknown[];
  /** Data rows as Excel returns them. */
  rows: unknown[][];
}

export interface KpiSheetState {
  sheetExists: boolean;
  /** The KPI sheet is the add-in's: listed as owned, or holding the KpiHistory table. False when missing. */
  owned: boolean;
  /** Its id when it is the add-in's but not yet listed (made before sheets were marked): to be marked now. */
  unmarkedId: string | null;
  /** Owned-sheet ids as stored, and the ids of the workbook's sheets now. */
  ownedIds: Set<string>;
  sheetIds: Map<string, string>;
  history: KpiHistoryState | null;
  /** Series count of the trend chart; null when there is no trend chart on the KPI sheet. */
  trendSeries: number | null;
  /** The ageing and scorecard tables where they are (by name), and the sheet's cells from column P. */
  side: {
    tables: Map<string, { sheet: string; rect: Rect0 }>;
    /** The used cells within SIDE_READ, with their values. */
    used: CellsRead | null;
    /** Where the sheet has anything from column P on (its size only, no values); null when nothing. */
    extent: Rect0 | null;
  };
}

/** Queues the look at the KPI sheet, its history table and chart; `read()` after the next sync. */
export function queueKpiSheetState(
  context: Excel.RequestContext,
  sheetName: string = KPI_SHEET_NAME,
  tableName: string = KPI_HISTORY_TABLE,
): { read(): KpiSheetState } {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load(["name", "id"]);
  const marks = queueOwnedSheets(context);
  const table = context.workbook.tables.getItemOrNullObject(tableName);
  table.load("name");
  const range = table.getRange();
  range.load(["values", "rowIndex", "columnIndex", "columnCount"]);
  // eslint-disable-next-line office-addins/call-sync-before-read -- a navigation property: a proxy, no loaded data is read
  const tableSheet = table.worksheet;
  tableSheet.load("name");
  const chart = sheet.charts.getItemOrNullObject(KPI_TREND_CHART);
  const series = chart.series.load("items/name");
  const side = queueSideState(context, sheet);
  return {
    read: () => {
      // eslint-disable-next-line office-addins/call-sync-before-read -- deferred read: read() runs after the caller's sync
      const history: KpiHistoryState | null = table.isNullObject
        ? null
        : {
            sheet: tableSheet.name,
            // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
            headerRow: range.rowIndex,
            // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
            firstColumn: range.columnIndex,
            // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
            columns: range.columnCount,
            // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
            headers: range.values[0] ?? [],
            rows: range.values.slice(1),
          };
      // eslint-disable-next-line office-addins/call-sync-before-read -- deferred read: read() runs after the caller's sync
      const sheetExists = !sheet.isNullObject;
      const { owned, present } = marks.read();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
      const sheetId = sheetExists ? sheet.id : null;
      const listed = sheetId !== null && owned.has(sheetId);
      // src/workbook's rule: a KPI sheet holding KpiHistory is the add-in's (made before sheets were marked).
      const holdsHistory =
        sheetExists && history !== null && holdsOurTables(sheetName, sameName(history.sheet, sheetName) ? [tableName] : []);
      return {
        sheetExists,
        owned: listed || holdsHistory,
        unmarkedId: !listed && holdsHistory ? sheetId : null,
        ownedIds: owned,
        sheetIds: present,
        history,
        // eslint-disable-next-line office-addins/call-sync-before-read -- deferred read: read() runs after the caller's sync
        trendSeries: sheet.isNullObject || chart.isNullObject ? null : series.items.length,
        side: side.read(sheetExists),
      };
    },
  };
}

/**
 * Queues the look at the side blocks: the tables KpiAgeing and KpiScorecard (where they are), the values of
 * the KPI sheet's used cells within SIDE_READ, and where its used cells right of column O end
 * (Range.getUsedRangeOrNullObject, ExcelApi 1.4): the same sync, a response bounded whatever the sheet holds.
 */
function queueSideState(context: Excel.RequestContext, sheet: Excel.Worksheet): { read(sheetExists: boolean): KpiSheetState["side"] } {
  const tables = SIDE_TABLES.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load("name");
    const range = table.getRange().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    const where = table.worksheet.load("name");
    return { name, table, range, where };
  });
  const used = sheet
    .getRangeByIndexes(SIDE_READ.row, SIDE_READ.col, SIDE_READ.rows, SIDE_READ.cols)
    .getUsedRangeOrNullObject(true)
    .load(["values", "rowIndex", "columnIndex"]);
  const extent = sheet
    .getRangeByIndexes(0, SIDE_COLUMN, EXCEL_ROWS, EXCEL_COLUMNS - SIDE_COLUMN)
    .getUsedRangeOrNullObject(true)
    .load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  return {
    read: (sheetExists) => {
      const found = new Map<string, { sheet: string; rect: Rect0 }>();
      for (const { name, table, range, where } of tables) {
        if (table.isNullObject) continue;
        const rect = { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
        found.set(name, { sheet: where.name, rect });
      }
      const usedCells = sheetExists && !used.isNullObject ? { row: used.rowIndex, col: used.columnIndex, values: used.values } : null;
      const usedExtent =
        sheetExists && !extent.isNullObject
          ? { row: extent.rowIndex, col: extent.columnIndex, rows: extent.rowCount, cols: extent.columnCount }
          : null;
      return { tables: found, used: usedCells, extent: usedExtent };
    },
  };
}

/**
 * A KPI sheet cell from column P on, as the side blocks' decision reads it: "" where the sheet has nothing;
 * its value where it was read (SIDE_READ with the state, `more` for a block reaching further); else NOT_READ.
 */
export function sideCellValue(
  side: Pick<KpiSheetState["side"], "used" | "extent">,
  more: readonly (CellsRead & Rect0)[] = [],
): (row: number, col: number) => unknown {
  return (row, col) => {
    if (side.extent === null || !insideRect(side.extent, row, col)) return "";
    if (insideRect(SIDE_READ, row, col)) return side.used ? side.used.values[row - side.used.row]?.[col - side.used.col] : undefined;
    const read = more.find((m) => insideRect(m, row, col));
    return read ? read.values[row - read.row][col - read.col] : NOT_READ;
  };
}

/** The parts of `area` below and right of SIDE_READ (SIDE_READ starts at row 0, column P: nothing is above or left). */
export function beyondSideRead(area: Rect0): Rect0[] {
  const bottom = SIDE_READ.row + SIDE_READ.rows;
  const right = SIDE_READ.col + SIDE_READ.cols;
  const parts: Rect0[] = [];
  const areaBottom = area.row + area.rows;
  const areaRight = area.col + area.cols;
  if (areaBottom > bottom)
    parts.push({ row: Math.max(area.row, bottom), col: area.col, rows: areaBottom - Math.max(area.row, bottom), cols: area.cols });
  const top = Math.min(areaBottom, bottom);
  if (areaRight > right && top > area.row)
    parts.push({ row: area.row, col: Math.max(area.col, right), rows: top - area.row, cols: areaRight - Math.max(area.col, right) });
  return parts;
}

/**
 * The cell reader of the blocks' decisions. Most blocks lie within SIDE_READ, read with the state. For a block
 * reaching further (a scorecard of ~980+ suppliers), the rest of its own area is read here — only where the sheet
 * has anything and outside last run's table of the same name (all of which the decision takes for ours) — after
 * the writes queued so far, in as few syncs as the payload budget allows (readBlocks). So the decision is the file
 * writer's, which reads every cell; a rerun reads nothing more; the read grows with a user's cells in the block's
 * way, not with what else the sheet holds.
 */
async function sideCellReader(
  batch: WriteBatch,
  context: Excel.RequestContext,
  sheetName: string,
  plans: readonly KpiSideBlockPlan[],
  side: KpiSheetState["side"],
): Promise<(row: number, col: number) => unknown> {
  const parts = plans.flatMap((plan) => beyondOwnRead(plan, side, sheetName));
  if (parts.length === 0) return sideCellValue(side);
  await batch.flush();
  const bytesPerRow = (part: Rect0) => part.cols * sideBytesPerCell(side.used);
  const measured = parts.map((part) => ({
    block: { sheet: sheetName, rowIndex: part.row, columnIndex: part.col, rowCount: part.rows, columnCount: part.cols },
    bytesPerRow: bytesPerRow(part),
  }));
  const { data, report } = await readBlocks(context, measured, { payloadBudget: batch.budget });
  batch.report.syncs += report.syncs; // the report's round trips, reads included
  return sideCellValue(
    side,
    parts.map((part, i) => ({ ...part, values: data[i].values })),
  );
}

/**
 * The cells of a block's area a decision needs beyond SIDE_READ: within the sheet's used extent (elsewhere is
 * empty) and outside the block's own table from last run when it is on this sheet (ours, whatever it holds).
 */
export function beyondOwnRead(
  plan: Pick<KpiSideBlockPlan, "area" | "tableName">,
  side: Pick<KpiSheetState["side"], "extent" | "tables">,
  sheetName: string,
): Rect0[] {
  const { extent } = side;
  if (extent === null) return [];
  const old = side.tables.get(plan.tableName);
  const own = old && sameName(old.sheet, sheetName) ? old.rect : null;
  return beyondSideRead(plan.area)
    .map((part) => intersection(part, extent))
    .filter((part): part is Rect0 => part !== null)
    .flatMap((part) => (own ? rectMinus(part, own) : [part]));
}

/** JSON bytes a cell right of column O takes, from those read with the state (at least a short text's). */
function sideBytesPerCell(used: CellsRead | null): number {
  const cells = used ? used.values.reduce((n, row) => n + row.length, 0) : 0;
  return Math.max(16, cells > 0 ? jsonSize(used!.values) / cells : 0);
}

/** The history as stored: readable rows, in table order. */
export function historyRecords(state: KpiSheetState): KpiHistoryRecord[] {
  return (state.history?.rows ?? []).map((row) => kpiHistoryRecordFromRow(row)).filter((r): r is KpiHistoryRecord => r !== undefined);
}

export interface RenderKpiOptions {
  dateSystem?: DateSystem;
}

export interface RenderKpiResult {
  /** false: a sheet named KPI exists and is not the add-in's, so nothing was written (the other fields are 0). */
  written: boolean;
  /** 0-based index, in the table's data rows, of this period's row. */
  historyRow: number;
  historyRows: number;
  replaced: boolean;
  /** The ageing and scorecard blocks written, and those left alone (see kpiSideLayout.ts). */
  side: KpiSideResult;
  writes: WriteReport;
  syncs: number;
}

/** Standalone: reads the KPI sheet's state (1 sync), then writes (1+ syncs). */
export async function renderKpiSheet(
  context: Excel.RequestContext,
  model: KpiSheetModel,
  options: RenderKpiOptions = {},
): Promise<RenderKpiResult> {
  const pending = queueKpiSheetState(context, model.sheetName, model.history.tableName);
  await context.sync();
  const state = pending.read();
  const batch = new WriteBatch(context);
  const placed = await queueKpiWrites(batch, context, model, state, options);
  await batch.flush();
  let syncs = batch.report.syncs + 1;
  const mark = placed ? sheetToMark(placed, state) : null;
  if (mark) {
    queueMarkOwned(context, state.ownedIds, [mark], state.sheetIds, new Map([[mark, model.sheetName]]));
    await context.sync();
    syncs++;
  }
  if (!placed)
    return {
      written: false,
      historyRow: 0,
      historyRows: 0,
      replaced: false,
      side: { written: [], skipped: [] },
      writes: batch.report,
      syncs,
    };
  return {
    written: true,
    historyRow: placed.historyRow,
    historyRows: placed.historyRows,
    replaced: placed.replaced,
    side: placed.side,
    writes: batch.report,
    syncs,
  };
}

export interface QueuedKpi {
  historyRow: number;
  historyRows: number;
  replaced: boolean;
  side: KpiSideResult;
  /** The KPI sheet was created by this run: its id, readable after the batch is flushed. */
  newSheet: { read(): string } | null;
}

/** After the batch is flushed: the KPI sheet's id when it still has to be marked as the add-in's. */
export function sheetToMark(placed: QueuedKpi, state: KpiSheetState): string | null {
  return placed.newSheet?.read() ?? state.unmarkedId;
}

export async function queueKpiWrites(
  batch: WriteBatch,
  context: Excel.RequestContext,
  model: KpiSheetModel,
  state: KpiSheetState,
  options: RenderKpiOptions = {},
): Promise<QueuedKpi | null> {
  if (state.sheetExists && !state.owned) return null; // the manager's own KPI sheet: never touched
  const dateSystem = options.dateSystem ?? "1900";
  const sheet = () => context.workbook.worksheets.getItem(model.sheetName);
  let newSheet: QueuedKpi["newSheet"] = null;
  if (!state.sheetExists) await batch.small(() => void (newSheet = queueNewSheetId(context.workbook.worksheets.add(model.sheetName))));

  // Headline block A1:D27 in one assignment; null = leave the cell as it is.
  const headline = kpiHeadlinePlan(model, dateSystem);
  await batch.block(
    (offset, rows) => sheet().getRangeByIndexes(offset, 0, rows, KPI_HEADLINE_COLS),
    excelValues(headline.values),
    headline.formats as string[][],
  );
  await batch.small(() => {
    for (const cell of headline.bold) sheet().getRangeByIndexes(cell.row, cell.col, 1, 1).format.font.bold = true;
    sheet().getRange(KPI_CELLS.title).format.font.size = KPI_TITLE_SIZE;
  });

  // KpiHistory: replace this period's row or add one.
  const plan = kpiHistoryRowPlan(model, dateSystem);
  const rowInput = plan.values.map(excelValue);
  const columns = rowInput.length;
  const history = state.history;
  let dataRows: number;
  let historyRow: number;
  let replaced = false;
  let top: { sheet: string; headerRow: number; firstColumn: number };
  if (!history) {
    const { row: headerRow, col } = parseCell(model.history.headerAddress);
    top = { sheet: model.sheetName, headerRow, firstColumn: col };
    await batch.block(
      (offset, rows) => sheet().getRangeByIndexes(headerRow + offset, col, rows, columns),
      excelValues([plan.header, plan.values]),
      [plan.header.map(() => GENERAL_FORMAT), plan.formats],
    );
    await batch.small(() => {
      const table = sheet().tables.add(rectA1({ row: headerRow, col, rows: 2, cols: columns }), true);
      table.name = model.history.tableName;
      table.style = TABLE_STYLE;
    });
    dataRows = 1;
    historyRow = 0;
  } else {
    top = history;
    const place = placeHistoryRow(history.rows, model.history.record.period);
    const target = () => context.workbook.worksheets.getItem(history.sheet);
    const fit = historyFit(history.headers, columns);
    if (fit.add > 0) {
      // A table from an earlier version gains our newer columns at its right end (blank in its rows).
      const added = plan.header.slice(fit.write, fit.write + fit.add);
      await batch.small(() => {
        const table = context.workbook.tables.getItem(model.history.tableName);
        for (const header of added) table.columns.add(undefined, [[header], ...history.rows.map(() => [""])]);
      });
    }
    const width = fit.write + fit.add;
    const tableColumns = history.columns + fit.add;
    if (place.kind === "append") {
      // null leaves a cell of the new row as Excel fills it (a calculated column keeps its formula).
      const padded = fitRow<SheetValue | null>(rowInput.slice(0, width), tableColumns, null) as SheetValue[];
      await batch.small(() => void context.workbook.tables.getItem(model.history.tableName).rows.add(undefined, [padded]));
      dataRows = history.rows.length + 1;
    } else {
      dataRows = history.rows.length;
    }
    replaced = place.kind === "replace";
    historyRow = place.index;
    const sheetRow = history.headerRow + 1 + place.index;
    await batch.block(
      (offset, rows) => target().getRangeByIndexes(sheetRow + offset, history.firstColumn, rows, width),
      [rowInput.slice(0, width)],
      [plan.formats.slice(0, width)],
    );
  }

  // Trend chart over the last 26 rows.
  if (supportsExcelApi("1.8")) await batch.small(() => queueTrendChart(context, model, state, top, dataRows));
  const side = await queueSideBlocks(batch, context, model, state, dateSystem);
  // Printed: A1 to N, down to KpiHistory's last row (kpiPrintArea); pageLayout.setPrintArea is ExcelApi 1.9.
  const historyLastRow = sameName(top.sheet, model.sheetName) ? top.headerRow + 1 + dataRows : null;
  if (supportsExcelApi("1.9"))
    await batch.small(() => {
      queuePageSetup(sheet(), model.pageSetup, null);
      sheet().pageLayout.setPrintArea(kpiPrintArea(historyLastRow));
    });
  return { historyRow, historyRows: dataRows, replaced, side, newSheet };
}

/**
 * The ageing and scorecard blocks (kpiSideLayout.ts): each written where its cells are free or ours —
 * the last run's table deleted (ExcelApi 1.1) and its cells cleared first — else left as it is.
 */
async function queueSideBlocks(
  batch: WriteBatch,
  context: Excel.RequestContext,
  model: KpiSheetModel,
  state: KpiSheetState,
  dateSystem: DateSystem,
): Promise<KpiSideResult> {
  const sheet = () => context.workbook.worksheets.getItem(model.sheetName);
  const plans = kpiSidePlan(model, dateSystem);
  const value = await sideCellReader(batch, context, model.sheetName, plans, state.side);
  const result: KpiSideResult = { written: [], skipped: [] };
  const written: KpiSideBlockPlan[] = [];
  for (const plan of plans) {
    const table = state.side.tables.get(plan.tableName);
    const found: KpiSideFound = { table: table ? (sameName(table.sheet, model.sheetName) ? table.rect : "elsewhere") : null, value };
    const decision = decideSideBlock(plan, found);
    const range = (r: Rect0) => sheet().getRangeByIndexes(r.row, r.col, r.rows, r.cols);
    if (!decision.write) {
      result.skipped.push(skippedBlock(plan, decision));
      const note = decision.note;
      if (note) {
        await batch.block(() => range({ ...note.cell, rows: 1, cols: 1 }), excelValues([[note.text]]), [[GENERAL_FORMAT]]);
        await batch.small(() => applyFont(range({ ...note.cell, rows: 1, cols: 1 }), STYLE_FONTS.note));
      }
      continue;
    }
    await batch.small(() => {
      if (decision.oldTable) context.workbook.tables.getItem(plan.tableName).delete();
      for (const rect of decision.clear) range(rect).clear("All");
    });
    for (const block of plan.blocks)
      await batch.block(
        (offset, rows) => sheet().getRangeByIndexes(block.row + offset, block.col, rows, block.values[0].length),
        excelValues(block.values),
        block.formats,
      );
    for (const t of plan.tables)
      await batch.small(() => {
        const created = sheet().tables.add(rectA1(t), true);
        created.name = t.name;
        created.style = t.style;
      });
    for (const style of plan.styles) await batch.small(() => applyFont(range({ ...style, rows: 1 }), STYLE_FONTS[style.kind]));
    if (supportsExcelApi("1.6"))
      for (const cf of plan.conditionalFormats) await batch.small(() => queueConditionalFormat(range(cf.rect), cf.hint));
    written.push(plan);
    result.written.push(plan.tableName);
  }
  const widths = sideColumnWidths(written);
  if (widths.length > 0)
    await batch.small(() => {
      for (const { col, points } of widths) sheet().getRangeByIndexes(0, col, 1, 1).format.columnWidth = points;
    });
  return result;
}

function queueTrendChart(
  context: Excel.RequestContext,
  model: KpiSheetModel,
  state: KpiSheetState,
  top: { sheet: string; headerRow: number; firstColumn: number },
  dataRows: number,
): void {
  // The rows and columns shown: the same plan the file writer draws from (src/report/layout trendChartPlan).
  const plan = trendChartPlan(KPI_TREND_CHART, model.trendChart, {
    headerRow: top.headerRow + 1,
    firstColumn: top.firstColumn + 1,
    dataRows,
    keys: model.history.columns.map((c) => c.key),
  });
  if (!plan) return;
  const source = context.workbook.worksheets.getItem(top.sheet);
  const range = (r: Rect0) => source.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
  const kpi = context.workbook.worksheets.getItem(model.sheetName);
  const existing = state.sheetExists ? state.trendSeries : null;
  const chart =
    existing === null ? kpi.charts.add(plan.chartType, range(plan.series[0].values), "Columns") : kpi.charts.getItem(KPI_TREND_CHART);
  const count = existing ?? 1;
  plan.series.forEach((s, i) => {
    const series = i < count ? chart.series.getItemAt(i) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(range(s.values));
    series.setXAxisValues(range(s.categories));
  });
  if (existing !== null) return; // the manager may have restyled it: only its data is re-pointed
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.legend.position = "Bottom";
  if (plan.primaryAxis) applyAxis(chart.axes.getItem("Value", "Primary"), plan.primaryAxis);
  chart.setPosition(cellA1(plan.from), cellA1(plan.to));
}
