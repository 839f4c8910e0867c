/**
 * Writes the report model into an exceljs workbook: the same layout as the add-in (layoutReport of
 * src/report/layout: same blocks, tables, number formats, fonts, widths, conditional formats,
 * frozen header and print setup). exceljs cannot create charts: the surgical writer adds them
 * (chartParts.ts); where it cannot, a labelled line says so and names the table holding the data.
 *
 * Rebuild rule, as in the add-in: a sheet of the same period is replaced (at the same position in
 * the tab order); no other sheet is touched.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { ReportModel } from "../report/model";
import type { DateSystem } from "../register/cells";
import { translator } from "../i18n/i18n";
import { cliCatalog } from "../i18n/catalogs/cli";
import { layoutReport, REPORT_COLUMNS, STYLE_FONTS, type ReportLayout } from "../report/layout";
import { allTables, findSheet } from "./workbookTables";
import { applyFont, applyPageSetup, widthInCharacters } from "./sheetFormat";
import { addConditionalFormat, writeBlock, writeTable } from "./layoutParts";
import type { DeferredRows } from "./tableRows";

export interface XlsxReportOptions {
  dateSystem: DateSystem;
  /** Line under the title; default: when it was generated. */
  statusLine?: string;
  /** Make the report the sheet shown on opening (default true). */
  activate?: boolean;
  /**
   * The charts are drawn natively after (the surgical writer adds their parts: chartParts.ts). Else a
   * labelled line stands where each chart would be, naming the table above that holds its data.
   */
  nativeCharts?: boolean;
  /**
   * Tables with more data rows than this get only their first from exceljs; the rest are returned
   * as `deferred` for the surgical writer (tableRows.ts). Undefined: exceljs writes every row.
   */
  deferRowsAbove?: number;
}

export interface XlsxReportResult {
  sheet: Worksheet;
  layout: ReportLayout;
  /** Charts the add-in draws that this file shows as a note instead. */
  chartsNotDrawn: string[];
  /** Rows of large tables left for the surgical writer to splice in (tableRows.ts); empty without `deferRowsAbove`. */
  deferred: DeferredRows[];
}

/** exceljs orders tabs by this (undeclared in its typings). */
type Ordered = Worksheet & { orderNo: number };

/** A new empty sheet named `name`, in place of any sheet of that name (same tab position). */
export function replaceSheet(workbook: Workbook, name: string): Worksheet {
  const old = findSheet(workbook, name);
  const position = old ? (old as Ordered).orderNo : undefined;
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(name);
  if (position !== undefined) (sheet as unknown as Ordered).orderNo = position;
  return sheet;
}

export function renderReportXlsx(workbook: Workbook, model: ReportModel, options: XlsxReportOptions): XlsxReportResult {
  const sheet = replaceSheet(workbook, model.sheetName);
  const taken = new Set(
    allTables(workbook)
      .filter((t) => t.sheet !== sheet)
      .map((t) => t.name.toLowerCase()),
  );
  const layout = layoutReport(model, {
    dateSystem: options.dateSystem,
    statusLine: options.statusLine ?? model.generatedAt,
    takenTableNames: taken,
  });
  const t = translator(cliCatalog, model.lang);

  const tableAt = new Map(layout.tables.map((plan) => [`${plan.row}:${plan.col}`, plan]));
  const deferred: DeferredRows[] = [];
  const defer = options.deferRowsAbove === undefined ? undefined : { above: options.deferRowsAbove, into: deferred };
  for (const block of layout.blocks) {
    const table = tableAt.get(`${block.row}:${block.col}`);
    if (table) writeTable(sheet, table, block, defer);
    else writeBlock(sheet, block);
  }
  for (const style of layout.styles) {
    for (let c = 0; c < style.cols; c++) applyFont(sheet.getCell(style.row + 1, style.col + c + 1), STYLE_FONTS[style.kind]);
  }
  layout.columnWidths.slice(0, REPORT_COLUMNS).forEach((points, col) => (sheet.getColumn(col + 1).width = widthInCharacters(points)));

  for (const cf of layout.conditionalFormats) addConditionalFormat(sheet, cf);

  const chartsNotDrawn: string[] = [];
  for (const chart of options.nativeCharts ? [] : layout.charts) {
    const source = layout.tables.find((plan) => plan.row === chart.source.row && plan.col === 0);
    const cell = sheet.getCell(chart.from.row + 1, 1);
    cell.value = t("chartNotDrawn", { title: chart.title, source: source?.name ?? "" });
    applyFont(cell, STYLE_FONTS.note);
    chartsNotDrawn.push(chart.title);
  }

  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: layout.frozenRows, topLeftCell: `A${layout.frozenRows + 1}` }];
  applyPageSetup(sheet, model.pageSetup, layout.printTitleRows);
  if (options.activate ?? true) activate(workbook, sheet);
  return { sheet, layout, chartsNotDrawn, deferred };
}

/** The sheet shown when the file is opened. */
export function activate(workbook: Workbook, sheet: Worksheet): void {
  const index = workbook.worksheets.indexOf(sheet);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, index), visibility: "visible" }];
}
