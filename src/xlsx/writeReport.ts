/**
 * Writes the report workbook: a copy of the input with the report and KPI sheets added (or, for a
 * streamed input, a new workbook with those two sheets only). The input file is never opened for
 * writing: an output path that is the input (same path, or the same file through a link) is
 * refused, and the output is written to a temporary file beside it, then renamed into place.
 */
import { promises as fs } from "node:fs";
import * as nodePath from "node:path";
import ExcelJS from "exceljs";
import type { HeadlessReport } from "./headlessReport";
import type { WorkbookRead } from "./readWorkbook";
import { renderReportXlsx } from "./renderReport";
import { renderKpiSheetXlsx } from "./renderKpiSheet";

export interface WrittenReport {
  path: string;
  /** False when the input was streamed and only the report sheets were written. */
  copied: boolean;
  chartsNotDrawn: string[];
  historyRows: number;
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

export function addReportSheets(
  workbook: ExcelJS.Workbook,
  read: Pick<WorkbookRead, "dateSystem">,
  report: HeadlessReport,
): Omit<WrittenReport, "path" | "copied"> {
  const kpi = renderKpiSheetXlsx(workbook, report.kpi, { dateSystem: read.dateSystem });
  const sheet = renderReportXlsx(workbook, report.model, { dateSystem: read.dateSystem, statusLine: report.statusLine });
  return { chartsNotDrawn: sheet.chartsNotDrawn, historyRows: kpi.historyRows };
}

export async function writeReportWorkbook(read: WorkbookRead, report: HeadlessReport, out: string): Promise<WrittenReport> {
  if (await isSameFile(read.path, out)) throw new SameFileError(out);
  const copied = read.workbook !== null;
  const workbook = read.workbook ?? new ExcelJS.Workbook();
  if (!copied) workbook.properties.date1904 = read.dateSystem === "1904";
  const added = addReportSheets(workbook, read, report);
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
