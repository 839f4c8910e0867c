/**
 * The KPI sheet in a file, as the add-in writes it (src/excel/report/renderKpiSheet.ts): the
 * headline figures at the fixed cells of KPI_CELLS (only those cells; rows 17–26 and A27 are
 * emptied first), this period's KpiHistory row (replacing the row of the same period, else filling
 * the blank first row, else appended) and the OTD/OTIF trend chart's plan, which the surgical writer
 * draws natively (chartParts.ts; exceljs cannot create charts) — else a labelled line where it would be;
 * then the ageing and scorecard tables from P1 / P11 where their cells are free or ours, as the add-in
 * decides (src/report/layout/kpiSideLayout.ts).
 */
import type { Workbook, Worksheet } from "exceljs";
import { KPI_CELLS, KPI_TREND_CHART, type KpiSheetModel } from "../report/kpiSheet";
import type { DateSystem } from "../register/cells";
import { translator } from "../i18n/i18n";
import { cliCatalog } from "../i18n/catalogs/cli";
import {
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
  KPI_TITLE_SIZE,
  STYLE_FONTS,
  skippedBlock,
  TABLE_STYLE,
  GENERAL_FORMAT,
  trendChartPlan,
  type Cell0,
  type ChartPlan,
  type KpiHistoryRowPlan,
  type KpiSideBlockPlan,
  type KpiSideResult,
  type Rect0,
} from "../report/layout";
import { excelValue } from "./cellValue";
import { findSheet, findTable, occupiedCells, readRect } from "./workbookTables";
import { boundedRect } from "./dataExtent";
import { applyFont, applyPageSetup, fileValue, setFormat, widthInCharacters } from "./sheetFormat";
import { addConditionalFormat, writeBlock, writeTable } from "./layoutParts";

export interface XlsxKpiResult {
  sheet: Worksheet;
  /** 0-based index of this period's row among the history's data rows. */
  historyRow: number;
  historyRows: number;
  replaced: boolean;
  /** The ageing and scorecard blocks written, and those left alone (as the add-in's KpiSideResult). */
  side: KpiSideResult;
  /** The trend chart to draw natively (with `nativeCharts`); null: a note stands in its place. */
  trendChart: ChartPlan | null;
}

export function renderKpiSheetXlsx(
  workbook: Workbook,
  model: KpiSheetModel,
  options: { dateSystem: DateSystem; nativeCharts?: boolean },
): XlsxKpiResult {
  const sheet = findSheet(workbook, model.sheetName) ?? workbook.addWorksheet(model.sheetName);

  // Headline block A1:D27: every cell the plan writes (null = leave the cell as it is).
  const headline = kpiHeadlinePlan(model, options.dateSystem);
  headline.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = fileValue(value);
      cell.numFmt = headline.formats[r][c] ?? GENERAL_FORMAT;
    }),
  );
  for (const bold of headline.bold) applyFont(sheet.getCell(bold.row + 1, bold.col + 1), { bold: true });
  applyFont(sheet.getCell(KPI_CELLS.title), { size: KPI_TITLE_SIZE });

  const placed = writeHistory(workbook, sheet, model, kpiHistoryRowPlan(model, options.dateSystem), options.dateSystem === "1904");

  const history = findTable(workbook, model.history.tableName);
  const ownHistory = history && history.sheet === sheet ? history : null;
  // The trend chart over the history table, drawn natively by the surgical writer; else a note where it would be.
  const trendChart =
    options.nativeCharts && ownHistory
      ? trendChartPlan(KPI_TREND_CHART, model.trendChart, {
          headerRow: ownHistory.top,
          firstColumn: ownHistory.left,
          dataRows: ownHistory.bottom - ownHistory.top,
          keys: model.history.columns.map((c) => c.key),
        })
      : null;
  if (!trendChart) {
    const t = translator(cliCatalog, model.lang);
    const note = sheet.getCell(KPI_CELLS.trendChart.from);
    note.value = t("trendNotDrawn", { title: model.trendChart.title });
    applyFont(note, STYLE_FONTS.note);
  }
  const side = writeSideBlocks(workbook, sheet, model, options.dateSystem);
  applyPageSetup(sheet, model.pageSetup, null);
  sheet.pageSetup.printArea = kpiPrintArea(ownHistory ? ownHistory.bottom : null);
  return { sheet, ...placed, side, trendChart };
}

function writeSideBlocks(workbook: Workbook, sheet: Worksheet, model: KpiSheetModel, dateSystem: DateSystem): XlsxKpiResult["side"] {
  const side: XlsxKpiResult["side"] = { written: [], skipped: [] };
  const written: KpiSideBlockPlan[] = [];
  // findCell: reading must not create cells. A cell as Excel's API gives it (rich text as its text, a formula as its result).
  const value = (row: number, col: number): unknown => excelValue(sheet.findCell(row + 1, col + 1)?.value, dateSystem === "1904");
  for (const plan of kpiSidePlan(model, dateSystem)) {
    const info = findTable(workbook, plan.tableName);
    const table = info ? (info.sheet === sheet ? tableRect(info) : "elsewhere") : null;
    const decision = decideSideBlock(plan, { table, value });
    if (!decision.write) {
      side.skipped.push(skippedBlock(plan, decision));
      if (decision.note) {
        const cell = sheet.getCell(decision.note.cell.row + 1, decision.note.cell.col + 1);
        cell.value = decision.note.text;
        applyFont(cell, STYLE_FONTS.note);
      }
      continue;
    }
    if (decision.oldTable) sheet.removeTable(tableKey(sheet, plan.tableName));
    for (const rect of decision.clear) clearRect(sheet, rect);
    const tableAt = new Map(plan.tables.map((t) => [`${t.row}:${t.col}`, t]));
    for (const block of plan.blocks) {
      const t = tableAt.get(`${block.row}:${block.col}`);
      if (t) writeTable(sheet, t, block);
      else writeBlock(sheet, block);
    }
    for (const style of plan.styles)
      for (let c = 0; c < style.cols; c++) applyFont(sheet.getCell(style.row + 1, style.col + c + 1), STYLE_FONTS[style.kind]);
    for (const cf of plan.conditionalFormats) addConditionalFormat(sheet, cf);
    written.push(plan);
    side.written.push(plan.tableName);
  }
  for (const { col, points } of sideColumnWidths(written)) sheet.getColumn(col + 1).width = widthInCharacters(points);
  return side;
}

function tableRect(info: { top: number; left: number; bottom: number; right: number }): Rect0 {
  return { row: info.top - 1, col: info.left - 1, rows: info.bottom - info.top + 1, cols: info.right - info.left + 1 };
}

/** Empties a rectangle as Range.clear("All") does: values, formats, and the conditional formats inside it. */
function clearRect(sheet: Worksheet, rect: Rect0): void {
  for (let r = rect.row; r < rect.row + rect.rows; r++)
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const cell = sheet.findCell(r + 1, c + 1);
      if (!cell) continue;
      cell.value = null;
      cell.style = {};
    }
  const inRect = (part: string): boolean => {
    try {
      const [from, to = from] = part.split(":").map((a) => parseCell(a.replace(/\$/g, "")));
      return from.row >= rect.row && from.col >= rect.col && to.row < rect.row + rect.rows && to.col < rect.col + rect.cols;
    } catch {
      return false; // not a plain range: not ours to drop
    }
  };
  // A ref may list several ranges ("R13:R22 T13:T22"): dropped only when all of them lie inside.
  const within = (ref: string) => ref.trim().split(/\s+/).every(inRect);
  // exceljs keeps the conditional formats whose ref the filter accepts (undeclared in its typings).
  (sheet as unknown as { removeConditionalFormatting(keep: (cf: { ref: string }) => boolean): void }).removeConditionalFormatting(
    (cf) => !within(cf.ref),
  );
}

function writeHistory(
  workbook: Workbook,
  kpiSheet: Worksheet,
  model: KpiSheetModel,
  plan: KpiHistoryRowPlan,
  date1904: boolean,
): Omit<XlsxKpiResult, "sheet" | "side" | "trendChart"> {
  const { columns } = model.history;
  const ours = plan.values.map(fileValue);
  const formats = plan.formats;
  const existing = findTable(workbook, model.history.tableName);

  let sheet = kpiSheet;
  let top: Cell0 = parseCell(model.history.headerAddress);
  let headers = plan.header.map(String);
  let rows: (string | number | boolean | null)[][] = [];
  let theme = TABLE_STYLE;
  let place: ReturnType<typeof placeHistoryRow> = { index: 0, kind: "append" };
  let ourWidth = ours.length;
  if (existing) {
    sheet = existing.sheet;
    top = { row: existing.top - 1, col: existing.left - 1 };
    // A ref claiming the whole sheet is read no further than its values (dataExtent.ts).
    const read = boundedRect(existing, occupiedCells(existing.sheet, existing));
    const values = readRect(existing.sheet, read.top, read.left, read.bottom, read.right, date1904);
    headers = values[0].map((h, k) => (h === "" ? (columns[k]?.header ?? `Column${k + 1}`) : String(h)));
    rows = values.slice(1).map((r) => r.map((v) => (v === "" ? null : v)));
    theme = (existing.sheet.getTable(existing.name) as unknown as { table?: { style?: { theme?: string } } })?.table?.style?.theme ?? theme;
    place = placeHistoryRow(values.slice(1), model.history.record.period);
    const fit = historyFit(values[0], ours.length);
    ourWidth = fit.write;
    // An older table gains our newer columns at its right end (as the add-in's columns.add), its rows blank there.
    const tall = rows.length + 1 + (place.kind === "append" ? 1 : 0);
    if (fit.add > 0 && columnsFree(sheet, top, headers.length, fit.add, tall)) {
      headers.push(...plan.header.slice(ourWidth, ourWidth + fit.add).map(String));
      rows = rows.map((r) => fitRow(r, headers.length, null));
      ourWidth += fit.add;
    }
    existing.sheet.removeTable(tableKey(existing.sheet, existing.name));
  }
  const width = headers.length;
  // Only our columns are written: a column the manager added keeps its cell in a replaced row.
  const kept = place.kind === "append" ? [] : (rows[place.index] ?? []);
  const padded = fitRow([...ours.slice(0, ourWidth), ...kept.slice(ourWidth)], width, null);
  if (place.kind === "append") rows.push(padded);
  else rows[place.index] = padded;

  sheet.addTable({
    name: model.history.tableName,
    displayName: model.history.tableName,
    ref: cellA1(top),
    headerRow: true,
    style: { theme: theme as never, showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  } as never);
  // Number formats: every data row (rows written by exceljs lose nothing, but new rows need them).
  for (let r = 0; r < rows.length; r++) {
    const sheetRow = sheet.getRow(top.row + 2 + r);
    for (let c = 0; c < Math.min(ourWidth, formats.length); c++) {
      const cell = sheetRow.getCell(top.col + c + 1);
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- an exceljs Cell, not an Office.js proxy
      if (r === (place.kind === "append" ? rows.length - 1 : place.index) || !cell.numFmt) setFormat(cell, formats[c]);
    }
  }
  return {
    historyRow: place.kind === "append" ? rows.length - 1 : place.index,
    historyRows: rows.length,
    replaced: place.kind === "replace",
  };
}

/** Whether the `count` columns right of a table `width` wide are empty over `rows` rows from its header. */
function columnsFree(sheet: Worksheet, top: Cell0, width: number, count: number, rows: number): boolean {
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < count; c++) {
      const value = sheet.getCell(top.row + 1 + r, top.col + width + c + 1).value;
      if (value !== null && value !== undefined && value !== "") return false;
    }
  }
  return true;
}

/** The key exceljs files a table under (its name as first given). */
function tableKey(sheet: Worksheet, name: string): string {
  const tables = (sheet as unknown as { tables: Record<string, unknown> }).tables;
  return Object.keys(tables).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
}
