/**
 * The "Follow-up report" ribbon command (issue 6): reads settings, register and chase log, evaluates
 * the register, builds the report and KPI models and writes both sheets. Never throws: every outcome
 * is a FollowUpReportResult whose message the task pane shows and copies (docs/rules/report-command.md).
 *
 * Round trips on desktop: 3 to read (find, measure, read register + log), 1 to look at the report and
 * KPI sheets and the KpiHistory table, then the writes (1 for a usual report, more only when the writes
 * exceed 4 MB). Nothing is written when the register is missing, empty or unmapped.
 */
import type { ChaseEntry, CellIssue, FieldKey, Serial } from "../model";
import { resolveLang, translator, type Lang } from "../i18n/i18n";
import { reportCommandCatalog } from "../i18n/catalogs/reportCommand";
import { serialFromYmd, formatIsoDate } from "../dates/serial";
import { periodContaining } from "../dates/period";
import { overrideFromMapping } from "../register/savedMapping";
import { parseRegister } from "../register/parseRegister";
import { parseChaseLog } from "../register/chaseLog";
import { fieldLabel } from "../register/fields";
import { evaluateRegister } from "../followup/evaluateRegister";
import {
  buildReportModel,
  buildKpiSheetModel,
  reportFigures,
  reportSheetName,
  reportSummaryHtml,
  reportSummaryText,
  findSection,
  type ReportInput,
} from "../report";
import { issueSummary, reportStatusLine } from "../report/statusLine";
import { readRegisterAndLog } from "../excel/readChaseLog";
import type { ReadOptions, RegisterTarget } from "../excel/readRegister";
import { queueReportSheetState, queueReportWrites } from "../excel/report/renderReport";
import { historyRecords, queueKpiSheetState, queueKpiWrites } from "../excel/report/renderKpiSheet";
import { WriteBatch } from "../excel/report/writeBatch";

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
  /** Default: the global Excel.run. */
  run?: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  onProgress?: (phase: FollowUpReportPhase) => void;
}

export type FollowUpReportFailure = "notFound" | "empty" | "unmapped" | "failed";

export interface FollowUpReportResult {
  ok: boolean;
  /** One or two sentences for the buyer, in their language. */
  message: string;
  reason?: FollowUpReportFailure;
  /** context.sync() calls made. */
  syncs: number;
  /** JSON bytes read and written, and the largest single write request. */
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
  let syncs = 0;
  try {
    const run = options.run ?? defaultRun();
    const result = await run((context) => buildReport(context, options, lang, (n) => (syncs = n)));
    return finish(result);
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

async function buildReport(
  context: Excel.RequestContext,
  options: FollowUpReportOptions,
  lang: Lang,
  countSyncs: (n: number) => void,
): Promise<FollowUpReportResult> {
  const t = translator(reportCommandCatalog, lang);
  const progress = options.onProgress ?? (() => undefined);
  progress("reading");

  // Settings come with the register, from a sync that succeeded (one sync on desktop).
  const read = await readRegisterAndLog(context, options.target ?? {}, { ...options.read, numberFormats: false });
  let syncs = read.report.syncs;
  countSyncs(syncs);
  const stored = read.settings;
  const base = { syncs, bytesRead: read.report.bytes, bytesWritten: 0, largestRequest: 0, issueCount: 0, firstIssues: [] as string[] };
  if (!read.ok) {
    const register = options.target?.tableName ?? options.target?.sheetName ?? stored.registerTable ?? stored.registerSheet ?? "Register";
    return { ...base, ok: false, reason: read.reason, message: read.reason === "notFound" ? t("notFound") : t("empty", { register }) };
  }
  const { source } = read;
  const registerName = source.tableName ?? source.sheet;
  const settings = { ...stored.settings, dateOrder: stored.settings.dateOrder ?? source.dateOrder };
  const parsed = parseRegister({ ...source, dateOrder: settings.dateOrder }, overrideFromMapping(source.values[0] ?? [], stored.mapping));

  const missing = parsed.issues.filter((i) => i.code === "missingRequiredField");
  if (missing.length > 0 || parsed.lines.length === 0) {
    const fields = missing.map((i) => (i.field ? fieldLabel(i.field as FieldKey, lang) : (i.header ?? ""))).join(", ");
    const reason = missing.length > 0 ? "unmapped" : "empty";
    return {
      ...base,
      ok: false,
      reason,
      message: reason === "unmapped" ? t("unmapped", { register: registerName, fields }) : t("empty", { register: registerName }),
      ...issueSummary(parsed.issues, lang),
    };
  }

  let chases: ChaseEntry[] = [];
  let logIssues: CellIssue[] = [];
  if (read.log) {
    const log = parseChaseLog(read.log.sheet, read.log.values, source.dateSystem, { firstRow: read.log.firstRow, firstColumn: 0 });
    chases = log.entries;
    logIssues = log.issues;
  }
  const issues = [...parsed.issues, ...logIssues];

  const asOf = options.asOf ?? today();
  const period = periodContaining(asOf, settings.periodKind);
  const sheetName = reportSheetName(period);

  // Sync 4: what the report sheet, the KPI sheet and KpiHistory hold now.
  const reportState = queueReportSheetState(context, sheetName);
  const kpiState = queueKpiSheetState(context);
  await context.sync();
  countSyncs(++syncs);
  const kpi = kpiState.read();

  const input: ReportInput = {
    register: { name: registerName, lines: parsed.lines },
    statuses: evaluateRegister(parsed.lines, chases, settings, asOf),
    chases,
    settings,
    asOf,
    period,
    generatedAt: options.generatedAt ?? nowText(),
    lang,
    history: historyRecords(kpi),
  };
  const figures = reportFigures(input);
  const model = buildReportModel(input, figures);
  const kpiModel = buildKpiSheetModel(input, figures);

  progress("writing");
  const summary = issueSummary(issues, lang);
  const statusLine = reportStatusLine(input, summary);

  const batch = new WriteBatch(context, options.writeBudget);
  await queueKpiWrites(batch, context, kpiModel, kpi, { dateSystem: source.dateSystem });
  await queueReportWrites(batch, context, model, reportState.read(), { dateSystem: source.dateSystem, statusLine });
  await batch.flush();
  syncs += batch.report.syncs;
  countSyncs(syncs);
  progress("done");

  const toChase = findSection(model, "toChase", "table")?.rows.length ?? 0;
  let message = t("done", { sheet: sheetName, lines: parsed.lines.length, toChase });
  if (summary.issueCount > 0) message += ` ${t("problems", { count: summary.issueCount, first: summary.firstIssues.join(" · ") })}`;
  return {
    ...base,
    ...summary,
    ok: true,
    message,
    syncs,
    bytesWritten: batch.report.bytes,
    largestRequest: batch.report.largestRequest,
    sheetName,
    lines: parsed.lines.length,
    summaryHtml: reportSummaryHtml(model),
    summaryText: reportSummaryText(model),
  };
}

// ---- the host -------------------------------------------------------------------------------

declare const Office: { context?: { displayLanguage?: string } } | undefined;

function officeLang(): Lang {
  try {
    return resolveLang(typeof Office !== "undefined" ? Office?.context?.displayLanguage : undefined);
  } catch {
    return "en";
  }
}

function defaultRun(): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
  const excel = (globalThis as { Excel?: { run?: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> } }).Excel;
  if (!excel?.run) throw new Error("Excel is not available.");
  return excel.run.bind(excel);
}

/** Today on this computer's calendar, as a serial (the boundary where the clock is read). */
function today(): Serial {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Serial;
}

function nowText(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatIsoDate(today())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
