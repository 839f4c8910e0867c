/**
 * Writes the report workbook: a copy of the input with the report and KPI sheets added (or, for a
 * streamed input, a new workbook with those two sheets only). The copy is surgical (packageWriter.ts):
 * our sheets are rendered by exceljs and transplanted into the input's package, whose other parts
 * (charts, pivot tables, slicers, macros, custom XML) are copied byte for byte. The input file is never opened for
 * writing: an output path that is the input (same path, or the same file through a link) is
 * refused, and the output is written to a temporary file beside it, then renamed into place.
 *
 * A sheet is written only where src/workbook's ownership rule allows: a same-named sheet the add-in
 * did not create (a manager's own "KPI") is left as it is, and ours goes beside it as "KPI (2)".
 */
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import type ExcelJS from "exceljs";
import type { ReportSheets } from "../pipeline/buildReports";
import type { DateSystem } from "../register/cells";
import { planOwnSheet, type SheetOwnership } from "../workbook/ownedSheets";
import type { SheetClash } from "../report/sheetName";
import type { WorkbookRead } from "./readWorkbook";
import type { HistorySheetCells } from "./workbookRead";
import { boundedRect } from "./dataExtent";
import { excelValue } from "./cellValue";
import { renderReportXlsx } from "./renderReport";
import { renderKpiSheetXlsx } from "./renderKpiSheet";
import { findTable, occupiedCells } from "./workbookTables";
import { transplantSheets, type SheetExtras } from "./packageWriter";
import { DEFER_ROWS_ABOVE } from "./tableRows";
import type { CellLookup } from "./chartParts";
import { cellA1, type ReportLayout } from "../report/layout";
import { sameName } from "../workbook/names";
import { KPI_HISTORY_TABLE } from "../report/sheetName";

export interface WrittenReport {
  path: string;
  /** False when the report sheets were written into a new workbook (a CSV input). */
  copied: boolean;
  /**
   * True when the copy is surgical (packageWriter.ts): every part but our sheets' is the input's, so
   * charts, pivot tables, slicers and macros are kept. False: written by exceljs (which drops them).
   */
  keptAll?: boolean;
  /** True when the workbook holds macros (an .xlsm: its name must keep that extension to open in Excel). */
  macroEnabled?: boolean;
  chartsNotDrawn: string[];
  /** Titles of the native charts drawn (chartParts.ts). */
  chartsDrawn: string[];
  historyRows: number;
  /** The sheets written (a suffixed name when the wanted one belongs to someone else); null: not written. */
  reportSheet: string | null;
  kpiSheet: string | null;
  /** The KPI sheet's ageing / scorecard blocks left alone, each said as the sheet's note says it (kpiSideLayout.ts). */
  kpiBlocksSkipped: string[];
  /** Sheets left alone because the add-in did not create them: wanted name → where ours went (null: nowhere). */
  clashes: SheetClash[];
}

/** True when `out` names the same file as `input` (or would overwrite it). */
export async function isSameFile(input: string, out: string): Promise<boolean> {
  if (nodePath.resolve(input) === nodePath.resolve(out)) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(input), fs.stat(out)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false; // the output does not exist yet
  }
}

/**
 * Adds the two sheets to `workbook`. `sheets`: the input's sheets and whether each is ours (read with it):
 * a streamed input's report workbook is new, but its sheets are named as they would be in the copy.
 */
export function addReportSheets(
  workbook: ExcelJS.Workbook,
  dateSystem: DateSystem,
  built: ReportSheets,
  sheets: readonly SheetOwnership[],
  options: { transplanted?: boolean } = {},
): Omit<WrittenReport, "path" | "copied"> & { extras: Map<string, SheetExtras> } {
  const kpiPlan = planOwnSheet(built.kpi.sheetName, sheets);
  const reportPlan = planOwnSheet(built.report.sheetName, sheets);
  const clashes: WrittenReport["clashes"] = [];
  for (const [wanted, plan, kind] of [
    [built.kpi.sheetName, kpiPlan, "kpi"],
    [built.report.sheetName, reportPlan, "report"],
  ] as const)
    if (!plan || plan.clashWith) clashes.push({ sheet: plan?.clashWith ?? wanted, writtenTo: plan?.name ?? null, kind });
  const kpi = kpiPlan
    ? renderKpiSheetXlsx(workbook, { ...built.kpi, sheetName: kpiPlan.name }, { dateSystem, nativeCharts: options.transplanted })
    : null;
  const sheet = reportPlan
    ? renderReportXlsx(
        workbook,
        { ...built.report, sheetName: reportPlan.name },
        {
          dateSystem,
          statusLine: built.statusLine,
          nativeCharts: options.transplanted,
          deferRowsAbove: options.transplanted ? DEFER_ROWS_ABOVE : undefined,
        },
      )
    : null;
  // Transplanted, our sheets get what exceljs cannot write or writes slowly: native charts, large tables' rows.
  const extras = new Map<string, SheetExtras>();
  if (kpi?.trendChart)
    extras.set(kpi.sheet.name, { charts: { plans: [kpi.trendChart], valueAt: sheetValueAt(kpi.sheet, dateSystem === "1904") } });
  if (sheet && options.transplanted)
    extras.set(sheet.sheet.name, {
      charts: sheet.layout.charts.length > 0 ? { plans: sheet.layout.charts, valueAt: layoutValueAt(sheet.layout) } : undefined,
      rows: sheet.deferred,
    });
  return {
    extras,
    chartsDrawn: [...extras.values()].flatMap((extra) => extra.charts?.plans.map((plan) => plan.title) ?? []),
    chartsNotDrawn: sheet?.chartsNotDrawn ?? [],
    historyRows: kpi?.historyRows ?? 0,
    kpiBlocksSkipped: kpi?.side.skipped.map((s) => s.message) ?? [],
    reportSheet: reportPlan?.name ?? null,
    kpiSheet: kpiPlan?.name ?? null,
    clashes,
  };
}

/**
 * True when the report workbook will be the input's package with our sheets added (an .xlsx read
 * by the streaming or the whole reader), false for a new workbook (a CSV input).
 */
export function copiesInput(read: WorkbookRead): boolean {
  return read.workbook !== null || read.streamed;
}

export async function writeReportWorkbook(read: WorkbookRead, built: ReportSheets, out: string): Promise<WrittenReport> {
  if (await isSameFile(read.path, out)) throw new SameFileError(out);
  const historySheet = read.workbook ? (findTable(read.workbook, KPI_HISTORY_TABLE)?.sheet.name ?? null) : read.historySheet;
  const planned = [built.kpi.sheetName, built.report.sheetName].map((name) => planOwnSheet(name, read.ownership)?.name ?? null);
  // Surgical unless the input is a CSV or the KpiHistory table sits on a sheet that is not ours
  // (the surgical copy writes our sheets only).
  const surgical = copiesInput(read) && (!historySheet || planned.some((name) => name !== null && sameName(name, historySheet)));
  // Not surgical: the exceljs copy of a whole read (it cannot hold charts), or a CSV's new workbook.
  const copied = surgical || read.workbook !== null;
  const newWorkbook = !copiesInput(read);
  // A streamed read's sheets are rendered into a new workbook: it is the scratch the surgical copy takes them from.
  const workbook = read.workbook ?? newScratchWorkbook();
  const dateSystem = read.sources.dateSystem;
  if (!read.workbook) workbook.properties.date1904 = dateSystem === "1904";
  // A streamed read's KPI sheet (ours, it holds KpiHistory): redrawn over its cells and tables, so that the
  // earlier periods' history and a manager's own cells stay (the surgical copy replaces the whole sheet).
  if (!read.workbook && surgical && read.historySheetCells) seedSheet(workbook, read.historySheetCells);
  const { extras, ...added } = addReportSheets(workbook, dateSystem, built, read.ownership, { transplanted: surgical || newWorkbook });
  const ours = [added.kpiSheet, added.reportSheet].filter((name): name is string => name !== null);
  const temp = nodePath.join(nodePath.dirname(nodePath.resolve(out)), `.${nodePath.basename(out)}.${process.pid}.tmp`);
  let macroEnabled = false;
  try {
    if (surgical) {
      // Only our sheets are written from the scratch workbook (a whole read's: its other sheets removed).
      for (const sheet of [...workbook.worksheets])
        if (!ours.some((name) => sameName(name, sheet.name))) workbook.removeWorksheet(sheet.id);
      // Stored, not deflated: the scratch package is read back at once (packageWriter.ts deflates our parts).
      const scratch = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions));
      const result = await transplantSheets(await fs.readFile(read.path), scratch, ours, extras);
      macroEnabled = result.macroEnabled;
      await fs.writeFile(temp, result.bytes);
    } else if (newWorkbook) {
      // A CSV's new workbook: our sheets are transplanted into themselves, which draws their charts.
      const scratch = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions));
      await fs.writeFile(temp, (await transplantSheets(scratch, scratch, ours, extras)).bytes);
    } else await workbook.xlsx.writeFile(temp);
    await fs.rename(temp, out);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return { path: out, copied, keptAll: surgical, macroEnabled, ...added };
}

/** A cell's value in an exceljs sheet as written ("" for none): the KPI trend chart's cache. */
function sheetValueAt(sheet: ExcelJS.Worksheet, date1904: boolean): CellLookup {
  return ({ row, col }) => excelValue(sheet.findCell(row + 1, col + 1)?.value, date1904); // a formula as its result, rich text as its text
}

/** A cell's value in the layout's blocks ("" outside them): the charts' caches. */
function layoutValueAt(layout: ReportLayout): CellLookup {
  return ({ row, col }) => {
    for (const block of layout.blocks) {
      const r = row - block.row;
      const c = col - block.col;
      if (r >= 0 && r < block.values.length && c >= 0 && c < (block.values[r]?.length ?? 0)) return block.values[r][c];
    }
    return "";
  };
}

export class SameFileError extends Error {
  constructor(readonly path: string) {
    super(`Refusing to overwrite the input: ${path}`);
  }
}

/**
 * A new exceljs workbook, from exceljs's Workbook module alone (lib/doc/workbook.js, what its entry
 * exports as Workbook): the package's entry also loads its stream reader (unzipper) and CSV
 * (fast-csv), 180 → 70 ms of every streamed report's start.
 */
function newScratchWorkbook(): ExcelJS.Workbook {
  const Workbook = require("exceljs/lib/doc/workbook") as typeof ExcelJS.Workbook;
  return new Workbook();
}

/**
 * The sheet as the streaming reader kept it, in the scratch workbook: its values, and its tables over
 * them (header row first), as a whole read by exceljs would have them. Formats and styles are not
 * carried: the KPI writer sets ours; a manager's own formatting on our KPI sheet is not kept.
 */
function seedSheet(workbook: ExcelJS.Workbook, cells: HistorySheetCells): void {
  const { used, tables } = cells;
  const sheet = workbook.addWorksheet(used.sheet);
  used.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") sheet.getCell(used.firstRow + r, used.firstColumn + c + 1).value = value;
    }),
  );
  const at = (row: number, col: number) => used.values[row - used.firstRow]?.[col - 1 - used.firstColumn] ?? "";
  for (const table of tables) {
    // A ref claiming the whole sheet stops at the values inside it (dataExtent.ts), as the readers do.
    const { top, left, bottom, right } = boundedRect(table.rect, occupiedCells(sheet, table.rect));
    const header = Array.from({ length: right - left + 1 }, (_, k) => String(at(top, left + k)) || `Column${k + 1}`);
    const rows: (string | number | boolean | null)[][] = [];
    for (let r = top + 1; r <= bottom; r++)
      rows.push(header.map((_, k) => (at(r, left + k) === "" ? null : (at(r, left + k) as string | number | boolean))));
    sheet.addTable({
      name: table.name,
      displayName: table.name,
      ref: cellA1({ row: top - 1, col: left - 1 }),
      headerRow: true,
      columns: header.map((name) => ({ name, filterButton: true })),
      rows: rows.length > 0 ? rows : [header.map(() => null)],
    } as never);
  }
}
