/**
 * The Office.js side of the "Follow-up report" command (commands/followUpReport.ts keeps the flow,
 * the messages and the listeners): one runExcel batch that reads the register and chase log, looks at
 * the report sheet, the KPI sheet and KpiHistory, asks the command what to write, writes it, and marks
 * any sheet it created as the add-in's.
 *
 * Round trips on desktop: 1–3 to read, 1 to look, the writes (1, more only when they exceed the write
 * budget), and 1 to mark the sheets when this run created one (the first run of a period).
 */
import type { KpiHistoryRecord } from "../../report/kpiHistory";
import type { ReportModel } from "../../report/model";
import type { KpiSheetModel } from "../../report/kpiSheet";
import type { DateSystem } from "../types";
import { runExcel, type ExcelBatch } from "../run";
import { readSources, type SourcesRead } from "../readSources";
import type { ReadOptions, RegisterTarget } from "../readRegister";
import { queueReportSheetState, queueReportWrites, type ReportSheetState } from "./renderReport";
import { historyRecords, queueKpiSheetState, queueKpiWrites, sheetToMark, type KpiSheetState } from "./renderKpiSheet";
import { KPI_SHEET_NAME } from "../../report/sheetName";
import { planOwnSheet, type SheetOwnership } from "../../workbook/ownedSheets";
import type { SheetClash } from "../../report/sheetName";
import { sameName } from "../../workbook/names";
import { queueMarkOwned } from "./ownedSheets";
import { WriteBatch } from "./writeBatch";

export interface ReportModels {
  report: ReportModel;
  kpi: KpiSheetModel;
  /** The line under the report's title. */
  statusLine: string;
}

/** What the command decides once the register is read: stop with a result, or build the two sheets. */
export type ReportPlan<Stop> =
  | { stop: Stop }
  | {
      /** The report sheet of the period, looked at before the models are built. */
      sheetName: string;
      /** Called with the KPI history as stored (pure: the models from the read and the history). */
      build(history: KpiHistoryRecord[]): ReportModels;
    };

export interface RunReportOptions {
  target?: RegisterTarget;
  read?: ReadOptions;
  /** Payload budget per write request (default 4 MB). */
  writeBudget?: number;
  /** Default: runExcel (the host's Excel, or the in-memory Excel installed as the global Excel). */
  run?: <T>(batch: ExcelBatch<T>) => Promise<T>;
  /** The running count of syncs, after each round trip (so a failure can still say how many were made). */
  onSyncs?: (syncs: number) => void;
  /** Called when the writes begin. */
  onWriting?: () => void;
}

export interface ReportWritten {
  kind: "written";
  models: ReportModels;
  dateSystem: DateSystem;
  /** false: no free name was left for the sheet (every suffixed name taken by sheets that are not the add-in's). */
  reportWritten: boolean;
  kpiWritten: boolean;
  /** Sheets left alone because the add-in did not create them, and where its own sheet went instead. */
  clashes: SheetClash[];
  /** The KPI sheet's ageing / scorecard blocks left alone, each said as the sheet's note says it (kpiSideLayout.ts). */
  kpiBlocksSkipped: string[];
  syncs: number;
  /** Estimated from sampled rows (blockReader's ReadReport). */
  bytesRead: number;
  bytesWritten: number;
  largestRequest: number;
}

/**
 * Where the two sheets go (src/workbook/ownedSheets.ts planOwnSheet): the add-in's evidence is its id
 * record; the wanted sheets' states add what they hold (KpiHistory; the period's report tables).
 */
function planSheets(wanted: { report: string; kpi: string }, report: ReportSheetState, kpi: KpiSheetState) {
  const sheets: SheetOwnership[] = [...report.sheetIds].map(([id, name]) => ({
    name,
    owned: report.ownedIds.has(id) || (sameName(name, wanted.report) && report.owned) || (sameName(name, wanted.kpi) && kpi.owned),
  }));
  return { report: planOwnSheet(wanted.report, sheets), kpi: planOwnSheet(wanted.kpi, sheets) };
}

export type RunReportOutcome<Stop> = { kind: "stopped"; value: Stop; syncs: number; bytesRead: number } | ReportWritten;

export function runReport<Stop>(options: RunReportOptions, plan: (read: SourcesRead) => ReportPlan<Stop>): Promise<RunReportOutcome<Stop>> {
  const run = options.run ?? runExcel;
  return run((context) => reportBatch(context, options, plan));
}

async function reportBatch<Stop>(
  context: Excel.RequestContext,
  options: RunReportOptions,
  plan: (read: SourcesRead) => ReportPlan<Stop>,
): Promise<RunReportOutcome<Stop>> {
  const onSyncs = options.onSyncs ?? (() => undefined);
  // Settings come with the register, from a sync that succeeded (one sync on desktop).
  const read = await readSources(context, options.target ?? {}, options.read);
  let syncs = read.report.syncs;
  onSyncs(syncs);
  const bytesRead = read.report.bytes;
  const decided = plan(read);
  if ("stop" in decided) return { kind: "stopped", value: decided.stop, syncs, bytesRead };
  if (!read.sources.register) throw new Error("runReport: only a register that was read can be written from"); // a bug in the plan, not bad data
  const dateSystem = read.sources.dateSystem;

  // What the report sheet, the KPI sheet and KpiHistory hold now, and which sheets are the add-in's.
  const wanted = { report: decided.sheetName, kpi: KPI_SHEET_NAME };
  let reportState = queueReportSheetState(context, wanted.report);
  let kpiState = queueKpiSheetState(context, wanted.kpi);
  await context.sync();
  onSyncs(++syncs);
  let report = reportState.read();
  let kpi = kpiState.read();
  // src/workbook's rule: a same-named sheet that is not ours keeps its name; ours goes to "KPI (2)"…
  const plans = planSheets(wanted, report, kpi);
  if (plans.report?.name !== wanted.report || plans.kpi?.name !== wanted.kpi) {
    // Only on a name clash: look again at the sheets we will write instead (one more sync).
    if (plans.report) reportState = queueReportSheetState(context, plans.report.name);
    if (plans.kpi) kpiState = queueKpiSheetState(context, plans.kpi.name);
    await context.sync();
    onSyncs(++syncs);
    if (plans.report) report = reportState.read();
    if (plans.kpi) kpi = kpiState.read();
  }
  const built = decided.build(historyRecords(kpi));
  const models: ReportModels = {
    ...built,
    report: { ...built.report, sheetName: plans.report?.name ?? wanted.report },
    kpi: { ...built.kpi, sheetName: plans.kpi?.name ?? wanted.kpi },
  };

  options.onWriting?.();
  const batch = new WriteBatch(context, options.writeBudget);
  const kpiPlaced = plans.kpi ? await queueKpiWrites(batch, context, models.kpi, kpi, { dateSystem }) : null;
  const reportPlaced = plans.report
    ? await queueReportWrites(batch, context, models.report, report, { dateSystem, statusLine: models.statusLine })
    : null;
  await batch.flush();
  syncs += batch.report.syncs;
  onSyncs(syncs);

  // Sheets created (or found unmarked) on this run become the add-in's: one settings write.
  const kpiMark = kpiPlaced ? sheetToMark(kpiPlaced, kpi) : null;
  const reportMark = reportPlaced?.newSheet?.read() ?? null;
  const names = new Map<string, string>();
  if (kpiMark) names.set(kpiMark, models.kpi.sheetName);
  if (reportMark) names.set(reportMark, models.report.sheetName);
  const marks = [...names.keys()];
  if (marks.length > 0) {
    queueMarkOwned(context, report.ownedIds, marks, report.sheetIds, names);
    await context.sync();
    onSyncs(++syncs);
  }
  return {
    kind: "written",
    models,
    dateSystem,
    reportWritten: reportPlaced !== null,
    kpiWritten: kpiPlaced !== null,
    kpiBlocksSkipped: kpiPlaced?.side.skipped.map((s) => s.message) ?? [],
    clashes: [
      ...(plans.kpi?.clashWith || !plans.kpi
        ? [{ sheet: plans.kpi?.clashWith ?? wanted.kpi, writtenTo: kpiPlaced ? models.kpi.sheetName : null, kind: "kpi" as const }]
        : []),
      ...(plans.report?.clashWith || !plans.report
        ? [
            {
              sheet: plans.report?.clashWith ?? wanted.report,
              writtenTo: reportPlaced ? models.report.sheetName : null,
              kind: "report" as const,
            },
          ]
        : []),
    ],
    syncs,
    bytesRead,
    bytesWritten: batch.report.bytes,
    largestRequest: batch.report.largestRequest,
  };
}
