/**
 * The Office.js side of the "Follow-up report" command (src/commands/followUpReport.ts keeps the flow,
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
import { readRegisterAndLog, type ReadRegisterAndLogResult } from "../readChaseLog";
import type { ReadOptions, RegisterTarget } from "../readRegister";
import { queueReportSheetState, queueReportWrites } from "./renderReport";
import { historyRecords, queueKpiSheetState, queueKpiWrites, sheetToMark } from "./renderKpiSheet";
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
  /** false: a sheet of that name exists and is not the add-in's; it was left untouched. */
  reportWritten: boolean;
  kpiWritten: boolean;
  syncs: number;
  bytesRead: number;
  bytesWritten: number;
  largestRequest: number;
}

export type RunReportOutcome<Stop> = { kind: "stopped"; value: Stop; syncs: number; bytesRead: number } | ReportWritten;

export function runReport<Stop>(
  options: RunReportOptions,
  plan: (read: ReadRegisterAndLogResult) => ReportPlan<Stop>,
): Promise<RunReportOutcome<Stop>> {
  const run = options.run ?? runExcel;
  return run((context) => reportBatch(context, options, plan));
}

async function reportBatch<Stop>(
  context: Excel.RequestContext,
  options: RunReportOptions,
  plan: (read: ReadRegisterAndLogResult) => ReportPlan<Stop>,
): Promise<RunReportOutcome<Stop>> {
  const onSyncs = options.onSyncs ?? (() => undefined);
  // Settings come with the register, from a sync that succeeded (one sync on desktop).
  const read = await readRegisterAndLog(context, options.target ?? {}, { ...options.read, numberFormats: false });
  let syncs = read.report.syncs;
  onSyncs(syncs);
  const bytesRead = read.report.bytes;
  const decided = plan(read);
  if ("stop" in decided) return { kind: "stopped", value: decided.stop, syncs, bytesRead };
  if (!read.ok) throw new Error("runReport: only a register that was read can be written from"); // a bug in the plan, not bad data
  const dateSystem = read.source.dateSystem;

  // What the report sheet, the KPI sheet and KpiHistory hold now, and which sheets are the add-in's.
  const reportState = queueReportSheetState(context, decided.sheetName);
  const kpiState = queueKpiSheetState(context);
  await context.sync();
  onSyncs(++syncs);
  const kpi = kpiState.read();
  const report = reportState.read();
  const models = decided.build(historyRecords(kpi));

  options.onWriting?.();
  const batch = new WriteBatch(context, options.writeBudget);
  const kpiPlaced = await queueKpiWrites(batch, context, models.kpi, kpi, { dateSystem });
  const reportPlaced = await queueReportWrites(batch, context, models.report, report, { dateSystem, statusLine: models.statusLine });
  await batch.flush();
  syncs += batch.report.syncs;
  onSyncs(syncs);

  // Sheets created (or found unmarked) on this run become the add-in's: one settings write.
  const marks = [kpiPlaced ? sheetToMark(kpiPlaced, kpi) : null, reportPlaced?.newSheet?.read() ?? null].filter(
    (id): id is string => id !== null,
  );
  if (marks.length > 0) {
    queueMarkOwned(context, report.ownedIds, marks, report.sheetIds);
    await context.sync();
    onSyncs(++syncs);
  }
  return {
    kind: "written",
    models,
    dateSystem,
    reportWritten: reportPlaced !== null,
    kpiWritten: kpiPlaced !== null,
    syncs,
    bytesRead,
    bytesWritten: batch.report.bytes,
    largestRequest: batch.report.largestRequest,
  };
}
