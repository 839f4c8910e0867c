/**
 * Writes the report workbook: a copy of the input with the report and KPI sheets added (or, for a
 * streamed input, a new workbook with those two sheets only). The input file is never opened for
 * writing: an output path that is the input (same path, or the same file through a link) is
 * refused, and the output is written to a temporary file beside it, then renamed into place.
 *
 * A sheet is written only where src/workbook's ownership rule allows: a same-named sheet the add-in
 * did not create (a manager's own "KPI") is left as it is, and ours goes beside it as "KPI (2)".
 */
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import ExcelJS from "exceljs";
import type { BuiltReports } from "../pipeline/buildReports";
import type { DateSystem } from "../register/cells";
import { planOwnSheet, type SheetOwnership } from "../workbook/ownedSheets";
import type { SheetClash } from "../report/sheetName";
import type { WorkbookRead } from "./readWorkbook";
import { renderReportXlsx } from "./renderReport";
import { renderKpiSheetXlsx } from "./renderKpiSheet";

export interface WrittenReport {
  path: string;
  /** False when the input was streamed and only the report sheets were written. */
  copied: boolean;
  chartsNotDrawn: string[];
  historyRows: number;
  /** The sheets written (a suffixed name when the wanted one belongs to someone else); null: not written. */
  reportSheet: string | null;
  kpiSheet: string | null;
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
  built: BuiltReports,
  sheets: readonly SheetOwnership[],
): Omit<WrittenReport, "path" | "copied"> {
  const kpiPlan = planOwnSheet(built.kpi.sheetName, sheets);
  const reportPlan = planOwnSheet(built.report.sheetName, sheets);
  const clashes: WrittenReport["clashes"] = [];
  for (const [wanted, plan, kind] of [
    [built.kpi.sheetName, kpiPlan, "kpi"],
    [built.report.sheetName, reportPlan, "report"],
  ] as const)
    if (!plan || plan.clashWith) clashes.push({ sheet: plan?.clashWith ?? wanted, writtenTo: plan?.name ?? null, kind });
  const kpi = kpiPlan ? renderKpiSheetXlsx(workbook, { ...built.kpi, sheetName: kpiPlan.name }, { dateSystem }) : null;
  const sheet = reportPlan
    ? renderReportXlsx(workbook, { ...built.report, sheetName: reportPlan.name }, { dateSystem, statusLine: built.statusLine })
    : null;
  return {
    chartsNotDrawn: sheet?.chartsNotDrawn ?? [],
    historyRows: kpi?.historyRows ?? 0,
    reportSheet: reportPlan?.name ?? null,
    kpiSheet: kpiPlan?.name ?? null,
    clashes,
  };
}

export async function writeReportWorkbook(read: WorkbookRead, built: BuiltReports, out: string): Promise<WrittenReport> {
  if (await isSameFile(read.path, out)) throw new SameFileError(out);
  const copied = read.workbook !== null;
  const workbook = read.workbook ?? new ExcelJS.Workbook();
  const dateSystem = read.sources.dateSystem;
  if (!copied) workbook.properties.date1904 = dateSystem === "1904";
  const added = addReportSheets(workbook, dateSystem, built, read.ownership);
  const temp = nodePath.join(nodePath.dirname(nodePath.resolve(out)), `.${nodePath.basename(out)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    await fs.rename(temp, out);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return { path: out, copied, ...added };
}

export class SameFileError extends Error {
  constructor(readonly path: string) {
    super(`Refusing to overwrite the input: ${path}`);
  }
}
