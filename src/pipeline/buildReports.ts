/**
 * The report and KPI sheet models from the pipeline's result: the same figures, in the same order, for
 * the ribbon command and the headless runner. Pure: the KPI history and "generated at" come from the caller.
 */
import type { Lang } from "../i18n/i18n";
import type { PeriodKind } from "../settings/settings";
import { periodContaining, type Period } from "../dates/period";
import {
  buildKpiSheetModel,
  buildReportModel,
  reportFigures,
  reportSheetName,
  type KpiHistoryRecord,
  type KpiSheetModel,
  type ReportInput,
  type ReportModel,
} from "../report";
import { issueSummary, reportStatusLine, type IssueSummary } from "../report/statusLine";
import { cellIssues, type WorkbookModel } from "./runPipeline";

export interface ReportOptions {
  lang: Lang;
  /** The caller's clock, as text shown on the report ("2026-11-20 14:05"). */
  generatedAt: string;
  /** Default: the workbook's setting. */
  periodKind?: PeriodKind;
}

export interface BuiltReports {
  period: Period;
  input: ReportInput;
  report: ReportModel;
  kpi: KpiSheetModel;
  /** The line under the report's title. */
  statusLine: string;
  issues: IssueSummary;
}

/** What a writer renders: the two sheets' models and the status line — not the lines they were built from. */
export type ReportSheets = Pick<BuiltReports, "report" | "kpi" | "statusLine">;

/** The period and sheet name of the report at the model's asOf (known before any history is read). */
export function reportPeriod(model: WorkbookModel, periodKind?: PeriodKind): { period: Period; sheetName: string } {
  const period = periodContaining(model.asOf, periodKind ?? model.settled.settings.periodKind);
  return { period, sheetName: reportSheetName(period) };
}

export function buildReports(model: WorkbookModel, history: readonly KpiHistoryRecord[], options: ReportOptions): BuiltReports {
  if (!model.parsed || !model.register) throw new Error("buildReports: the workbook has no register"); // callers stop before
  const { period } = reportPeriod(model, options.periodKind);
  const input: ReportInput = {
    register: { name: model.register.name, lines: model.parsed.lines },
    statuses: model.statuses,
    chases: model.chases,
    settings: model.settled.settings,
    asOf: model.asOf,
    period,
    generatedAt: options.generatedAt,
    lang: options.lang,
    history,
    ...(model.customerImpact ? { customerImpact: model.customerImpact } : {}),
  };
  const figures = reportFigures(input);
  const issues = issueSummary(cellIssues(model), options.lang);
  return {
    period,
    input,
    report: buildReportModel(input, figures),
    kpi: buildKpiSheetModel(input, figures),
    statusLine: reportStatusLine(input, issues),
    issues,
  };
}
