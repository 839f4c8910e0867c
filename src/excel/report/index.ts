/** Rendering the report model and the KPI sheet into Excel (issue 6). */
export { renderReport, queueReportSheetState, queueReportWrites, type ReportSheetState, type RenderReportOptions, type RenderReportResult } from "./renderReport";
export { renderKpiSheet, queueKpiSheetState, queueKpiWrites, historyRecords, placeHistoryRow, KPI_TREND_CHART, type KpiSheetState, type RenderKpiOptions, type RenderKpiResult } from "./renderKpiSheet";
export { layoutReport, reportTableName, type ReportLayout } from "./reportLayout";
export { WriteBatch, type WriteReport } from "./writeBatch";
export { numberFormatFor, DATE_FORMAT } from "./numberFormats";
