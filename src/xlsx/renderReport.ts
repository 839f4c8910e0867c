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
import { cellA1, layoutReport, rectA1, REPORT_COLUMNS, STYLE_FONTS, type Block, type ReportLayout, type TablePlan } from "../report/layout";
import { allTables, findSheet } from "./workbookTables";
import { applyFont, applyPageSetup, argb, fileValue, setCell, setFormat, uniqueHeaders, widthInCharacters } from "./sheetFormat";

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
}

export interface XlsxReportResult {
  sheet: Worksheet;
  layout: ReportLayout;
  /** Charts the add-in draws that this file shows as a note instead. */
  chartsNotDrawn: string[];
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
  for (const block of layout.blocks) {
    const table = tableAt.get(`${block.row}:${block.col}`);
    if (table) writeTable(sheet, table, block);
    else writeBlock(sheet, block);
  }
  for (const style of layout.styles) {
    for (let c = 0; c < style.cols; c++) applyFont(sheet.getCell(style.row + 1, style.col + c + 1), STYLE_FONTS[style.kind]);
  }
  layout.columnWidths.slice(0, REPORT_COLUMNS).forEach((points, col) => (sheet.getColumn(col + 1).width = widthInCharacters(points)));

  for (const cf of layout.conditionalFormats) {
    const ref = rectA1(cf.rect);
    const hint = cf.hint;
    if (hint.kind === "dataBar") {
      sheet.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "dataBar",
            priority: 1,
            cfvo: [
              { type: "num", value: hint.min },
              { type: "num", value: hint.max },
            ],
            color: { argb: argb("#5B9BD5") },
          } as never,
        ],
      });
    } else {
      // Icons go red → amber → green as values grow; reversed when lower is better (as the add-in).
      const [middle, top] = hint.lowerIsBetter ? [hint.good, hint.warning] : [hint.warning, hint.good];
      sheet.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "iconSet",
            priority: 1,
            iconSet: "3TrafficLights1",
            reverse: hint.lowerIsBetter,
            cfvo: [
              { type: "percent", value: 0 },
              { type: "num", value: middle },
              { type: "num", value: top },
            ],
          } as never,
        ],
      });
    }
  }

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
  return { sheet, layout, chartsNotDrawn };
}

function writeBlock(sheet: Worksheet, block: Block): void {
  block.values.forEach((row, r) => {
    const sheetRow = sheet.getRow(block.row + r + 1);
    row.forEach((input, c) => setCell(sheetRow.getCell(block.col + c + 1), input, block.formats[r][c]));
  });
}

/** An Excel table: exceljs writes its header and rows; the number formats follow, cell by cell. */
function writeTable(sheet: Worksheet, plan: TablePlan, block: Block): void {
  const [header, ...rows] = block.values;
  sheet.addTable({
    name: plan.name,
    displayName: plan.name,
    ref: cellA1(plan),
    headerRow: true,
    style: { theme: plan.style as never, showRowStripes: true },
    columns: uniqueHeaders(header.map((h) => String(fileValue(h) ?? ""))).map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => row.map(fileValue)),
  } as never);
  for (let r = 1; r < block.values.length; r++) {
    const sheetRow = sheet.getRow(block.row + r + 1);
    const formats = block.formats[r];
    for (let c = 0; c < formats.length; c++) setFormat(sheetRow.getCell(block.col + c + 1), formats[c]);
  }
}

/** The sheet shown when the file is opened. */
export function activate(workbook: Workbook, sheet: Worksheet): void {
  const index = workbook.worksheets.indexOf(sheet);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, index), visibility: "visible" }];
}
