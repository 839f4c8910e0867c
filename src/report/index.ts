/** Public API of the report model (issue 6) and the sharing texts (issues 5 and 6). */
export * from "./model";
export type { ReportInput } from "./reportInput";
export { reportFigures, type ReportFigures, type PreviousFigures } from "./reportFigures";
export { buildReportModel } from "./buildReportModel";
export { buildKpiSheetModel, KPI_CELLS, type KpiSheetModel, type KpiCell, type KpiMeasure } from "./kpiSheet";
export {
  kpiHistoryColumns,
  kpiHistoryRow,
  kpiHistoryRecordFromRow,
  upsertKpiHistory,
  KPI_HISTORY_KEYS,
  type KpiHistoryRecord,
} from "./kpiHistory";
export { reportSheetName, REPORT_SHEET_PREFIX, KPI_SHEET_NAME, KPI_HISTORY_TABLE } from "./sheetName";
export { reportSummaryHtml, reportSummaryText, type SummaryOptions } from "./summary";
export { chaseLetter, letterTone, type ChaseLetter, type ChaseLetterOptions, type LetterTone } from "./chaseLetter";
export { mailtoUrl, mailAddresses, MAILTO_MAX_LENGTH } from "./mailto";
export { escapeHtml } from "./escapeHtml";
export { formatCell, formatDate, formatMoney, formatNumber, formatPercent } from "./format";
export { comingDueWhy, type ComingDueWhy } from "./comingDueSection";
export { reportStatusLine, issueSummary, FIRST_ISSUES, type IssueSummary } from "./statusLine";
