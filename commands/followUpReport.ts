/**
 * The "Follow-up report" ribbon command (issue 6): reads settings, register and chase log, evaluates
 * the register, builds the report and KPI models and writes both sheets. Never throws: every outcome
 * is a FollowUpReportResult whose message the task pane shows and copies (docs/rules/report-command.md).
 *
 * The Office.js part lives in src/excel/report/runReport.ts; this file keeps the flow (what to build
 * from what was read), the messages and the listeners.
 *
 * Round trips on desktop: 1–3 to read, 1 to look at the report and KPI sheets and the KpiHistory table,
 * then the writes (1 for a usual report, more only when the writes exceed 4 MB), and 1 to mark a sheet
 * created by this run as the add-in's. Nothing is written when the register is missing, empty or
 * unmapped; a sheet named like the report or KPI sheet that the add-in did not create is never touched.
 */
import type { Serial } from "../src/model";
import { officeDisplayLanguage } from "../src/excel/platform";
import { resolveLang, translator, type Lang } from "../src/i18n/i18n";
import { reportCommandCatalog } from "../src/i18n/catalogs/reportCommand";
import { fieldList } from "../src/register/fields";
import { reportSummaryHtml, reportSummaryText, findSection, type KpiHistoryRecord, type ReportModel } from "../src/report";
import { issueSummary, sheetClashNote, type IssueSummary } from "../src/report/statusLine";
import {
  buildReports,
  cellIssues,
  reportPeriod,
  reportReadiness,
  runPipeline,
  settingsProblemTexts,
  stampOf,
  todayOf,
  type ReportBlocker,
} from "../src/pipeline";
import type { SourcesRead } from "../src/excel/readSources";
import type { ReadOptions, RegisterTarget } from "../src/excel/readRegister";
import type { ExcelBatch } from "../src/excel/run";
import { runReport, type ReportPlan, type ReportWritten } from "../src/excel/report/runReport";

export type FollowUpReportPhase = "reading" | "writing" | "done";

export interface FollowUpReportOptions {
  /** Report date (default: today on this computer). */
  asOf?: Serial;
  /** Shown as "Generated at" (default: now, local time, "2026-11-20 14:05"). */
  generatedAt?: string;
  /** Default: Office's display language. */
  lang?: Lang;
  target?: RegisterTarget;
  read?: ReadOptions;
  /** Payload budget per write request (default 4 MB). */
  writeBudget?: number;
  /** Default: runExcel (the global Excel.run). */
  run?: <T>(batch: ExcelBatch<T>) => Promise<T>;
  onProgress?: (phase: FollowUpReportPhase) => void;
}

/** notOurSheet: a sheet with the report's name exists and the add-in did not create it (left untouched). */
export type FollowUpReportFailure = "notFound" | "empty" | "unmapped" | "failed" | "notOurSheet";

export interface FollowUpReportResult {
  ok: boolean;
  /** One or two sentences for the buyer, in their language. */
  message: string;
  reason?: FollowUpReportFailure;
  /** context.sync() calls made. */
  syncs: number;
  /** JSON bytes read (estimated from sampled rows: src/excel/blockReader.ts) and written, and the largest single write request. */
  bytesRead: number;
  bytesWritten: number;
  largestRequest: number;
  sheetName?: string;
  lines?: number;
  /** Register and chase-log cells with a problem, and the first few described. */
  issueCount: number;
  firstIssues: string[];
  /** Email-ready summary for the task pane's "Copy report summary". */
  summaryHtml?: string;
  summaryText?: string;
}

// ---- the shared runtime keeps the last result for the task pane --------------------------------

let lastResult: FollowUpReportResult | null = null;
const listeners = new Set<(result: FollowUpReportResult) => void>();

/** The last result of the command in this runtime (the task pane reads it when it opens). */
export function lastFollowUpReport(): FollowUpReportResult | null {
  return lastResult;
}

/** Called after every run, whether the task pane was open or not. Returns an unsubscribe function. */
export function onFollowUpReport(listener: (result: FollowUpReportResult) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function finish(result: FollowUpReportResult): FollowUpReportResult {
  lastResult = result;
  for (const listener of listeners) {
    try {
      listener(result);
    } catch {
      // a listener's failure is not the command's
    }
  }
  return result;
}

// ---- the command ------------------------------------------------------------------------------

export async function runFollowUpReport(options: FollowUpReportOptions = {}): Promise<FollowUpReportResult> {
  const lang = options.lang ?? officeLang();
  const t = translator(reportCommandCatalog, lang);
  const progress = options.onProgress ?? (() => undefined);
  let syncs = 0;
  try {
    progress("reading");
    const kept: { built?: Built } = {}; // what the plan built, for the message after the writes
    const outcome = await runReport(
      {
        target: options.target,
        read: options.read,
        writeBudget: options.writeBudget,
        run: options.run,
        onSyncs: (n) => (syncs = n),
        onWriting: () => progress("writing"),
      },
      (read) => {
        const decided = planReport(read, options, lang);
        if (!("stop" in decided)) kept.built = decided.built;
        return decided.plan;
      },
    );
    if (outcome.kind === "stopped") return finish(outcome.value);
    progress("done");
    return finish(writtenResult(outcome, kept.built!, lang));
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return finish({
      ok: false,
      reason: "failed",
      message: t("failed", { error: text }),
      syncs,
      bytesRead: 0,
      bytesWritten: 0,
      largestRequest: 0,
      issueCount: 0,
      firstIssues: [],
    });
  }
}

/** What the read gave, kept for the result's message once the sheets are written. */
interface Built {
  sheetName: string;
  lines: number;
  summary: IssueSummary;
  /** Stored settings the pipeline refused (their defaults were used), as sentences. */
  settingsProblems: string[];
  model?: ReportModel;
}

type Planned = { stop: true; plan: ReportPlan<FollowUpReportResult> } | { plan: ReportPlan<FollowUpReportResult>; built: Built };

/** From the read: a result to stop with (missing, empty, unmapped register), or how to build the two sheets. */
function planReport(read: SourcesRead, options: FollowUpReportOptions, lang: Lang): Planned {
  // The report shows no predicted arrivals (the customer impact, which needs them, still gets them).
  const model = runPipeline(read.sources, { asOf: options.asOf ?? todayOf(), predictions: false });
  const base = {
    syncs: read.report.syncs,
    bytesRead: read.report.bytes,
    bytesWritten: 0,
    largestRequest: 0,
    issueCount: 0,
    firstIssues: [] as string[],
  };
  const { ready: parsed, blocker } = reportReadiness(read.sources, model);
  if (blocker) {
    const issues = model.parsed ? issueSummary(model.parsed.issues, lang) : {};
    return {
      stop: true,
      plan: { stop: { ...base, ok: false, reason: blocker.reason, message: blockerMessage(blocker, lang), ...issues } },
    };
  }

  const summary = issueSummary(cellIssues(model), lang);
  const { sheetName } = reportPeriod(model);
  const built: Built = { sheetName, lines: parsed.lines.length, summary, settingsProblems: settingsProblemTexts(model.settled, lang) };
  const generatedAt = options.generatedAt ?? stampOf();
  const build = (history: readonly KpiHistoryRecord[]) => {
    const reports = buildReports(model, history, { lang, generatedAt });
    built.model = reports.report;
    return { report: reports.report, kpi: reports.kpi, statusLine: reports.statusLine };
  };
  return { plan: { sheetName, build }, built };
}

function blockerMessage(blocker: ReportBlocker, lang: Lang): string {
  const t = translator(reportCommandCatalog, lang);
  if (blocker.reason === "notFound") return t("notFound");
  if (blocker.reason === "empty") return t("empty", { register: blocker.register });
  return t("unmapped", { register: blocker.register, fields: fieldList(blocker.missing, lang) });
}

/** The result once the sheets are written; a sheet left alone because it is not the add-in's is said so. */
function writtenResult(outcome: ReportWritten, built: Built, lang: Lang): FollowUpReportResult {
  const t = translator(reportCommandCatalog, lang);
  const model = built.model!;
  const { summary, sheetName } = built;
  const toChase = findSection(model, "toChase", "table")?.rows.length ?? 0;
  const sheetWritten = outcome.models.report.sheetName;
  let message = outcome.reportWritten
    ? t("done", { sheet: sheetWritten, lines: built.lines, toChase })
    : t("reportSheetNotOurs", { sheet: sheetName });
  for (const clash of outcome.clashes) if (clash.writtenTo || clash.kind === "kpi") message += ` ${sheetClashNote(clash, lang)}`;
  for (const skipped of outcome.kpiBlocksSkipped) message += ` ${skipped}`;
  for (const problem of built.settingsProblems) message += ` ${problem}`;
  if (summary.issueCount > 0) message += ` ${t("problems", { count: summary.issueCount, first: summary.firstIssues.join(" · ") })}`;
  return {
    ...summary,
    ok: outcome.reportWritten,
    ...(outcome.reportWritten ? {} : { reason: "notOurSheet" as const }),
    message,
    syncs: outcome.syncs,
    bytesRead: outcome.bytesRead,
    bytesWritten: outcome.bytesWritten,
    largestRequest: outcome.largestRequest,
    sheetName: outcome.reportWritten ? sheetWritten : undefined,
    lines: built.lines,
    summaryHtml: reportSummaryHtml(model),
    summaryText: reportSummaryText(model),
  };
}

// ---- the host -------------------------------------------------------------------------------

function officeLang(): Lang {
  return resolveLang(officeDisplayLanguage());
}
