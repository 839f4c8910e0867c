/**
 * The KPI sheet in a file, as the add-in writes it (src/excel/report/renderKpiSheet.ts): the
 * headline figures at the fixed cells of KPI_CELLS (only those cells; rows 17–26 and A27 are
 * emptied first), this period's KpiHistory row (replacing the row of the same period, else filling
 * the blank first row, else appended) and, where the add-in draws the OTD/OTIF trend chart, a
 * labelled line saying the chart is not drawn (exceljs cannot create charts) and where its data is.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { CellValue, ColumnType } from "../report/model";
import { KPI_CELLS, type KpiSheetModel } from "../report/kpiSheet";
import { reportText } from "../report/labels";
import type { DateSystem } from "../register/cells";
import { translator } from "../i18n/i18n";
import { cliCatalog } from "../i18n/catalogs/cli";
import { excelInput } from "../excel/report/cellValue";
import { numberFormatFor, TEXT_FORMAT } from "../excel/report/numberFormats";
import { parseCell } from "../excel/report/address";
import { placeHistoryRow } from "../excel/report/renderKpiSheet";
import { columnLetters } from "../excel/report/renderReport";
import { findSheet, findTable, readRect } from "./workbookTables";
import { applyFont, applyPageSetup, fileValue, setCell, setFormat } from "./sheetFormat";
import { STYLE_FONTS } from "./renderReport";

const HEADLINE_ROWS = 27;
const HEADLINE_COLS = 4;
const CLEARABLE_FIRST_ROW = KPI_CELLS.pastDueFirstRow;
const CLEARABLE_LAST_ROW = 27;

export interface XlsxKpiResult {
  sheet: Worksheet;
  /** 0-based index of this period's row among the history's data rows. */
  historyRow: number;
  historyRows: number;
  replaced: boolean;
}

export function renderKpiSheetXlsx(workbook: Workbook, model: KpiSheetModel, options: { dateSystem: DateSystem }): XlsxKpiResult {
  const labels = (() => {
    const t = reportText(model.lang);
    return { noData: t("noData"), yes: t("yes"), no: t("no") };
  })();
  const input = (value: CellValue, type: ColumnType) => excelInput(value, type, labels, options.dateSystem);
  const sheet = findSheet(workbook, model.sheetName) ?? workbook.addWorksheet(model.sheetName);
  const date1904 = options.dateSystem === "1904";

  // Headline block: the clearable rows first, then every cell of the model inside A1:D27.
  for (let row = CLEARABLE_FIRST_ROW; row <= CLEARABLE_LAST_ROW; row++) {
    for (let col = 1; col <= (row < CLEARABLE_LAST_ROW ? HEADLINE_COLS : 1); col++) {
      const cell = sheet.getCell(row, col);
      cell.value = null;
      cell.numFmt = TEXT_FORMAT;
    }
  }
  for (const kpi of model.cells) {
    const { row, col } = parseCell(kpi.address);
    if (row >= HEADLINE_ROWS || col >= HEADLINE_COLS) continue; // outside the documented block: never written
    const cell = sheet.getCell(row + 1, col + 1);
    setCell(cell, input(kpi.value, kpi.type), typeof kpi.value === "number" ? numberFormatFor(kpi.type, kpi.signed) : TEXT_FORMAT);
    if (kpi.role !== "value" && kpi.role !== "note") applyFont(cell, { bold: true });
  }
  applyFont(sheet.getCell(KPI_CELLS.title), { size: 14 });

  const placed = writeHistory(workbook, sheet, model, input, date1904);

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
  input: (value: CellValue, type: ColumnType) => ReturnType<typeof excelInput>,
  date1904: boolean,
): Omit<XlsxKpiResult, "sheet"> {
  const { columns, row } = model.history;
  const ours = row.map((v, k) => fileValue(input(v, columns[k].type)));
  const formats = columns.map((c) => numberFormatFor(c.type));
  const existing = findTable(workbook, model.history.tableName);

  let sheet = kpiSheet;
  let top = parseCell(model.history.headerAddress);
  let headers = columns.map((c) => c.header);
  let rows: (string | number | boolean | null)[][] = [];
  let theme = "TableStyleMedium2";
  let place: ReturnType<typeof placeHistoryRow> = { index: 0, kind: "append" };
  if (existing) {
    sheet = existing.sheet;
    top = { row: existing.top - 1, col: existing.left - 1 };
    const values = readRect(existing.sheet, existing.top, existing.left, existing.bottom, existing.right, date1904);
    headers = values[0].map((h, k) => (h === "" ? (columns[k]?.header ?? `Column${k + 1}`) : String(h)));
    rows = values.slice(1).map((r) => r.map((v) => (v === "" ? null : v)));
    theme = (existing.sheet.getTable(existing.name) as unknown as { table?: { style?: { theme?: string } } })?.table?.style?.theme ?? theme;
    place = placeHistoryRow(values.slice(1), model.history.record.period);
    existing.sheet.removeTable(tableKey(existing.sheet, existing.name));
  }
  const width = headers.length;
  const padded = [...ours, ...new Array<null>(Math.max(0, width - ours.length)).fill(null)].slice(0, width);
  if (place.kind === "append") rows.push(padded);
  else rows[place.index] = padded;

  sheet.addTable({
    name: model.history.tableName,
    displayName: model.history.tableName,
    ref: `${columnLetters(top.col)}${top.row + 1}`,
    headerRow: true,
    style: { theme: theme as never, showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  } as never);
  // Number formats: every data row (rows written by exceljs lose nothing, but new rows need them).
  for (let r = 0; r < rows.length; r++) {
    const sheetRow = sheet.getRow(top.row + 2 + r);
    for (let c = 0; c < Math.min(width, formats.length); c++) {
      const cell = sheetRow.getCell(top.col + c + 1);
      if (r === (place.kind === "append" ? rows.length - 1 : place.index) || !cell.numFmt) setFormat(cell, formats[c]);
    }
  }
  return { historyRow: place.kind === "append" ? rows.length - 1 : place.index, historyRows: rows.length, replaced: place.kind === "replace" };
}

/** The key exceljs files a table under (its name as first given). */
function tableKey(sheet: Worksheet, name: string): string {
  const tables = (sheet as unknown as { tables: Record<string, unknown> }).tables;
  return Object.keys(tables).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
}

