/** Rendering the report model and the KPI sheet into Excel (issue 6); the layout they follow is src/report/layout. */
export {
  renderReport,
  queueReportSheetState,
  queueReportWrites,
  type ReportSheetState,
  type RenderReportOptions,
  type RenderReportResult,
  type QueuedReport,
} from "./renderReport";
export {
  renderKpiSheet,
  queueKpiSheetState,
  queueKpiWrites,
  historyRecords,
  KPI_TREND_CHART,
  type KpiSheetState,
  type RenderKpiOptions,
  type RenderKpiResult,
  type QueuedKpi,
} from "./renderKpiSheet";
export { OWNED_SHEETS_KEY } from "./ownedSheets";
export { WriteBatch, type WriteReport } from "./writeBatch";
