/**
 * Writes the report model into its own sheet ("Follow-up 2026-W47").
 *
 * Only a sheet the add-in created is ever cleared (ownedSheets.ts): when a sheet of that name exists but
 * is not the add-in's, nothing is written to it and queueReportWrites returns null.
 *
 * Rebuild rule: the sheet is cleared in place, never deleted — its tables and charts are deleted, its
 * cells and conditional formats cleared — so formulas on other sheets that point at it keep their
 * reference, the sheet keeps its position and tab colour, and no other sheet is touched.
 *
 * Round trips: 1 to learn what is there (`queueReportSheetState`, which can share a sync with other
 * reads), then the writes, in one sync unless they exceed the payload budget (see WriteBatch).
 *
 * Requirement sets: worksheets.add / delete of tables and charts, Range.clear, charts.add, setPosition —
 * ExcelApi 1.1; columnWidth — 1.2; data bars, icon sets, conditionalFormats.clearAll — 1.6; freezePanes,
 * series.add / setValues / setXAxisValues / chartType — 1.7; series.axisGroup, axis numberFormat — 1.8;
 * pageLayout — 1.9. Parts whose set is missing are skipped (supportsExcelApi), never failed.
 */
import type { PageSetup, ReportModel } from "../../report/model";
import type { DateSystem } from "../types";
import { supportsExcelApi } from "../platform";
import {
  cellA1,
  headerFooterText,
  layoutReport,
  rectA1,
  REPORT_COLUMNS,
  STYLE_FONTS,
  type AxisPlan,
  type ChartPlan,
  type FontPlan,
  type ReportLayout,
  type Rect0,
} from "../../report/layout";
import { WriteBatch, type WriteReport } from "./writeBatch";
import { excelValues } from "./excelValues";
import { queueMarkOwned, queueNewSheetId, queueOwnedSheets } from "./ownedSheets";
import { holdsOurTables } from "../../workbook/ownedSheets";

export interface ReportSheetState {
  exists: boolean;
  /** The add-in created the sheet (its id is in the owned-sheet list); false when it does not exist. */
  owned: boolean;
  /** Owned-sheet ids as stored, and the ids of the workbook's sheets now (for marking new sheets). */
  ownedIds: Set<string>;
  sheetIds: Map<string, string>;
  tables: string[];
  charts: string[];
  /** Lower-case names of tables on other sheets. */
  otherTables: Set<string>;
}

/** Queues the look at the report sheet; `read()` after the next sync. */
export function queueReportSheetState(context: Excel.RequestContext, sheetName: string): { read(): ReportSheetState } {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load(["name", "id"]);
  const marks = queueOwnedSheets(context);
  const tables = sheet.tables.load("items/name");
  const charts = sheet.charts.load("items/name");
  const all = context.workbook.tables.load("items/name");
  return {
    read: () => {
      // eslint-disable-next-line office-addins/call-sync-before-read -- deferred read: read() runs after the caller's sync
      const exists = !sheet.isNullObject;
      const own = exists ? tables.items.map((t) => t.name) : [];
      const ownLower = new Set(own.map((n) => n.toLowerCase()));
      const { owned, present } = marks.read();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
      const sheetId = exists ? sheet.id : null;
      return {
        exists,
        // Listed as the add-in's, or holding this period's report tables (src/workbook/ownedSheets.ts).
        owned: sheetId !== null && (owned.has(sheetId) || holdsOurTables(sheetName, own)),
        ownedIds: owned,
        sheetIds: present,
        tables: own,
        charts: exists ? charts.items.map((c) => c.name) : [],
        otherTables: new Set(all.items.map((t) => t.name.toLowerCase()).filter((n) => !ownLower.has(n))),
      };
    },
  };
}

export interface RenderReportOptions {
  dateSystem?: DateSystem;
  /** Line under the title; default: when it was generated. */
  statusLine?: string;
  /** Activate the sheet at the end (default true). */
  activate?: boolean;
}

export interface RenderReportResult {
  sheetName: string;
  /** null: a sheet of that name exists and is not the add-in's, so nothing was written. */
  layout: ReportLayout | null;
  writes: WriteReport;
  /** All syncs made by renderReport, the state read included. */
  syncs: number;
}

/** Standalone: reads the sheet's state (1 sync), then writes (1+ syncs), then marks a new sheet as the add-in's (1). */
export async function renderReport(
  context: Excel.RequestContext,
  model: ReportModel,
  options: RenderReportOptions = {},
): Promise<RenderReportResult> {
  const pending = queueReportSheetState(context, model.sheetName);
  await context.sync();
  const state = pending.read();
  const batch = new WriteBatch(context);
  const written = await queueReportWrites(batch, context, model, state, options);
  await batch.flush();
  let syncs = batch.report.syncs + 1;
  if (written?.newSheet) {
    const id = written.newSheet.read();
    queueMarkOwned(context, state.ownedIds, [id], state.sheetIds, new Map([[id, model.sheetName]]));
    await context.sync();
    syncs++;
  }
  return { sheetName: model.sheetName, layout: written?.layout ?? null, writes: batch.report, syncs };
}

export interface QueuedReport {
  layout: ReportLayout;
  /** The sheet was created by this run: its id, readable after the batch is flushed, to mark it as the add-in's. */
  newSheet: { read(): string } | null;
}

/**
 * Queues every write of the report sheet on `batch` (which syncs when its budget is reached). Returns
 * null, queuing nothing, when a sheet of that name exists and is not the add-in's.
 */
export async function queueReportWrites(
  batch: WriteBatch,
  context: Excel.RequestContext,
  model: ReportModel,
  state: ReportSheetState,
  options: RenderReportOptions = {},
): Promise<QueuedReport | null> {
  if (state.exists && !state.owned) return null;
  const layout = layoutReport(model, {
    dateSystem: options.dateSystem ?? "1900",
    statusLine: options.statusLine ?? model.generatedAt,
    takenTableNames: state.otherTables,
  });
  const name = model.sheetName;
  const sheet = () => context.workbook.worksheets.getItem(name);

  // 1. An empty sheet: created, or cleared of the previous run (tables and charts deleted first).
  let newSheet: QueuedReport["newSheet"] = null;
  await batch.small(() => {
    if (!state.exists) {
      newSheet = queueNewSheetId(context.workbook.worksheets.add(name));
      return;
    }
    const s = sheet();
    for (const table of state.tables) s.tables.getItem(table).delete();
    for (const chart of state.charts) s.charts.getItem(chart).delete();
    if (supportsExcelApi("1.6")) s.getRange().conditionalFormats.clearAll();
    s.getRange().clear("All");
    if (supportsExcelApi("1.7")) s.freezePanes.unfreeze();
  });

  // 2. Cells: one assignment per block.
  for (const block of layout.blocks) {
    await batch.block(
      (rowOffset, rows) => sheet().getRangeByIndexes(block.row + rowOffset, block.col, rows, block.values[0].length),
      excelValues(block.values),
      block.formats,
    );
  }

  // 3. Tables, text styles, widths.
  for (const table of layout.tables) {
    await batch.small(() => {
      const created = sheet().tables.add(rectA1(table), true);
      created.name = table.name;
      created.style = table.style;
      created.showHeaders = true;
    });
  }
  for (const style of layout.styles)
    await batch.small(() => applyFont(sheet().getRangeByIndexes(style.row, style.col, 1, style.cols), STYLE_FONTS[style.kind]));
  await batch.small(() => {
    layout.columnWidths
      .slice(0, REPORT_COLUMNS)
      .forEach((width, col) => (sheet().getRangeByIndexes(0, col, 1, 1).format.columnWidth = width));
  });

  // 4. Conditional formats, charts.
  if (supportsExcelApi("1.6"))
    for (const cf of layout.conditionalFormats)
      await batch.small(() =>
        queueConditionalFormat(sheet().getRangeByIndexes(cf.rect.row, cf.rect.col, cf.rect.rows, cf.rect.cols), cf.hint),
      );
  if (supportsExcelApi("1.8")) for (const chart of layout.charts) await batch.small(() => queueChart(sheet(), chart));

  // 5. Frozen header block, print setup, then show the sheet.
  await batch.small(() => {
    const s = sheet();
    if (supportsExcelApi("1.7")) s.freezePanes.freezeRows(layout.frozenRows);
    if (supportsExcelApi("1.9")) queuePageSetup(s, model.pageSetup, `$${layout.printTitleRows[0]}:$${layout.printTitleRows[1]}`);
    if (options.activate ?? true) s.activate();
  });
  return { layout, newSheet };
}

export function applyFont(range: Excel.Range, font: FontPlan): void {
  if (font.bold !== undefined) range.format.font.bold = font.bold;
  if (font.italic !== undefined) range.format.font.italic = font.italic;
  if (font.size !== undefined) range.format.font.size = font.size;
  if (font.color !== undefined) range.format.font.color = font.color;
}

/** Data bars between fixed bounds; traffic lights whose thresholds come from the model's hint. */
export function queueConditionalFormat(range: Excel.Range, hint: ReportLayout["conditionalFormats"][number]["hint"]): void {
  if (hint.kind === "dataBar") {
    const cf = range.conditionalFormats.add("DataBar");
    cf.dataBar.lowerBoundRule = { type: "Number", formula: String(hint.min) };
    cf.dataBar.upperBoundRule = { type: "Number", formula: String(hint.max) };
    cf.dataBar.positiveFormat.fillColor = "#5B9BD5";
    return;
  }
  const cf = range.conditionalFormats.add("IconSet");
  cf.iconSet.style = "ThreeTrafficLights1";
  // Icons go red → amber → green as values grow; reversed when lower is better.
  // lowerIsBetter: ≤ good green, ≤ warning amber, above red  ⇒  amber from > good, red from > warning.
  // higherIsBetter: ≥ good green, ≥ warning amber, below red.
  cf.iconSet.reverseIconOrder = hint.lowerIsBetter;
  const operator = hint.lowerIsBetter ? "GreaterThan" : "GreaterThanOrEqual";
  const [middle, top] = hint.lowerIsBetter ? [hint.good, hint.warning] : [hint.warning, hint.good];
  cf.iconSet.criteria = [
    {} as Excel.ConditionalIconCriterion,
    { type: "Number", operator, formula: `=${middle}` },
    { type: "Number", operator, formula: `=${top}` },
  ];
}

/** A native chart: created on the first series (header + values), the others added and pointed at their columns. */
export function queueChart(sheet: Excel.Worksheet, plan: ChartPlan): Excel.Chart {
  const range = (r: Rect0) => sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
  const chart = sheet.charts.add(plan.chartType, range(plan.source), "Columns");
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.legend.position = "Bottom";
  plan.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(range(s.values));
    series.setXAxisValues(range(s.categories));
    if (s.chartType !== plan.chartType) series.chartType = s.chartType;
    if (s.axisGroup === "Secondary") series.axisGroup = "Secondary";
  });
  if (plan.primaryAxis) applyAxis(chart.axes.getItem("Value", "Primary"), plan.primaryAxis);
  if (plan.secondaryAxis) applyAxis(chart.axes.getItem("Value", "Secondary"), plan.secondaryAxis);
  chart.setPosition(cellA1(plan.from), cellA1(plan.to));
  return chart;
}

export function applyAxis(axis: Excel.ChartAxis, plan: AxisPlan): void {
  if (plan.min !== undefined) axis.minimum = plan.min;
  if (plan.max !== undefined) axis.maximum = plan.max;
  axis.numberFormat = plan.numberFormat;
}

/**
 * Landscape, one page wide and as many tall as needed (verticalFitToPages 0 = "automatic", as in the
 * file format's fitToHeight="0"), title rows repeated, the period centred in the header, "Page x of y" below.
 */
export function queuePageSetup(sheet: Excel.Worksheet, setup: PageSetup, printTitleRows: string | null): void {
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: setup.fitToPagesWide, verticalFitToPages: setup.fitToPagesTall ?? 0 };
  if (printTitleRows) layout.setPrintTitleRows(printTitleRows);
  layout.headersFooters.defaultForAllPages.centerHeader = headerFooterText(setup.headerText);
  layout.headersFooters.defaultForAllPages.centerFooter = headerFooterText(setup.footerText);
}
