/**
 * The KPI sheet in a file, as the add-in writes it (src/excel/report/renderKpiSheet.ts): the
 * headline figures at the fixed cells of KPI_CELLS (only those cells; rows 17–26 and A27 are
 * emptied first), this period's KpiHistory row (replacing the row of the same period, else filling
 * the blank first row, else appended) and, where the add-in draws the OTD/OTIF trend chart, a
 * labelled line saying the chart is not drawn (exceljs cannot create charts) and where its data is.
 */
import type { Workbook, Worksheet } from "exceljs";
import { KPI_CELLS, type KpiSheetModel } from "../report/kpiSheet";
import type { DateSystem } from "../register/cells";
import { translator } from "../i18n/i18n";
import { cliCatalog } from "../i18n/catalogs/cli";
import {
  cellA1,
  fitRow,
  kpiHeadlinePlan,
  kpiHistoryRowPlan,
  parseCell,
  placeHistoryRow,
  historyFit,
  KPI_TITLE_SIZE,
  STYLE_FONTS,
  TABLE_STYLE,
  GENERAL_FORMAT,
  type Cell0,
  type KpiHistoryRowPlan,
} from "../report/layout";
import { findSheet, findTable, occupiedCells, readRect } from "./workbookTables";
import { boundedRect } from "./dataExtent";
import { applyFont, applyPageSetup, fileValue, setFormat } from "./sheetFormat";

export interface XlsxKpiResult {
  sheet: Worksheet;
  /** 0-based index of this period's row among the history's data rows. */
  historyRow: number;
  historyRows: number;
  replaced: boolean;
}

export function renderKpiSheetXlsx(workbook: Workbook, model: KpiSheetModel, options: { dateSystem: DateSystem }): XlsxKpiResult {
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

  const t = translator(cliCatalog, model.lang);
  const note = sheet.getCell(KPI_CELLS.trendChart.from);
  note.value = t("trendNotDrawn", { title: model.trendChart.title });
  applyFont(note, STYLE_FONTS.note);
  applyPageSetup(sheet, model.pageSetup, null);
  return { sheet, ...placed };
}

function writeHistory(
  workbook: Workbook,
  kpiSheet: Worksheet,
  model: KpiSheetModel,
  plan: KpiHistoryRowPlan,
  date1904: boolean,
): Omit<XlsxKpiResult, "sheet"> {
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
