/**
 * The department's KPI workbook file (issue 14 point 5): the KPI sheet drawn by the same writer as a
 * register's (renderKpiSheetXlsx), over a KpiHistory table pre-filled with the merged history of
 * earlier periods, then one sheet per breakdown. A new file: nothing of any register is copied.
 */
import ExcelJS from "exceljs";
import type { DepartmentWorkbook, BreakdownSheet } from "../report/departmentKpi";
import type { KpiHistoryRecord } from "../report/kpiHistory";
import { kpiHistoryRow } from "../report/kpiHistory";
import { reportLabels } from "../report/labels";
import { cellA1, cellNumberFormat, parseCell, sheetValue, STYLE_FONTS, TABLE_STYLE, DATE_FORMAT } from "../report/layout";
import { renderKpiSheetXlsx } from "./renderKpiSheet";
import { applyFont, fileValue, setCell, uniqueHeaders } from "./sheetFormat";

const DATE_KEYS = new Set(["start", "end", "asOf"]);

/** `history`: the merged KpiHistory of every period but the consolidated one (the renderer adds that row). */
export async function writeDepartmentWorkbook(
  model: DepartmentWorkbook,
  history: readonly KpiHistoryRecord[],
  path: string,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const kpiSheet = workbook.addWorksheet(model.kpi.sheetName);
  const past = history.filter((r) => r.period !== model.kpi.history.record.period);
  if (past.length > 0) {
    const top = parseCell(model.kpi.history.headerAddress);
    const { columns } = model.kpi.history;
    kpiSheet.addTable({
      name: model.kpi.history.tableName,
      displayName: model.kpi.history.tableName,
      ref: cellA1(top),
      headerRow: true,
      style: { theme: TABLE_STYLE as never, showRowStripes: true },
      columns: columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: past.map((r) => kpiHistoryRow(r).map((v) => (v === null || typeof v === "object" ? null : v))),
    } as never);
    past.forEach((_, r) =>
      columns.forEach((c, k) => {
        const cell = kpiSheet.getCell(top.row + 2 + r, top.col + 1 + k);
        if (DATE_KEYS.has(c.key)) cell.numFmt = DATE_FORMAT;
        else if (c.type === "percent") cell.numFmt = "0.0%";
        else if (c.type === "days") cell.numFmt = "0.0";
      }),
    );
  }
  renderKpiSheetXlsx(workbook, model.kpi, { dateSystem: "1900" });
  const note = kpiSheet.getCell(model.historyNote.address);
  note.value = model.historyNote.text;
  applyFont(note, STYLE_FONTS.note);
  kpiSheet.getColumn(1).width = 34;
  for (const breakdown of model.breakdowns) writeBreakdown(workbook, breakdown, model.kpi.lang);
  await workbook.xlsx.writeFile(path);
}

function writeBreakdown(workbook: ExcelJS.Workbook, model: BreakdownSheet, lang: DepartmentWorkbook["kpi"]["lang"]): void {
  const labels = reportLabels(lang);
  const sheet = workbook.addWorksheet(model.sheetName);
  const title = sheet.getCell("A1");
  title.value = model.title;
  applyFont(title, { ...STYLE_FONTS.note, bold: true });
  const headerRow = 3;
  uniqueHeaders(model.columns.map((c) => c.header)).forEach((header, c) => {
    const cell = sheet.getCell(headerRow, c + 1);
    cell.value = fileValue(header);
    applyFont(cell, { bold: true });
  });
  model.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const type = model.columns[c].type;
      setCell(sheet.getCell(headerRow + 1 + r, c + 1), sheetValue(value, type, labels, "1900"), cellNumberFormat(value, type));
    }),
  );
  sheet.getColumn(1).width = 32;
  for (let c = 2; c <= model.columns.length; c++) sheet.getColumn(c).width = 16;
  sheet.views = [{ state: "frozen", xSplit: 1, ySplit: headerRow }];
  if (model.rows.length > 0)
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + model.rows.length, column: model.columns.length } };
}
