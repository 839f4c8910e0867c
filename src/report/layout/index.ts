/** The sheet layout of the report and KPI sheet (pure), followed by src/excel/report and src/xlsx. */
export * from "./types";
export {
  layoutReport,
  layoutTableSection,
  TABLE_STYLE,
  COMPARISON_TABLE_STYLE,
  REPORT_COLUMNS,
  DEFAULT_COLUMN_WIDTH,
} from "./reportLayout";
export { chartPlan, axisPlan, trendChartPlan, CHART_ROWS, CHART_COLUMNS, type HistoryTablePlace } from "./chartPlan";
export { sheetValue, cellNumberFormat, type SheetValue } from "./sheetValue";
export { numberFormatFor, DATE_FORMAT, GENERAL_FORMAT } from "./numberFormats";
export { textWidth, displayWidth } from "./textWidth";
export { reportTableName } from "./tableName";
export { STYLE_FONTS, type FontPlan } from "./styleFonts";
export { parseCell, cellA1, rectA1, insideRect, intersection, rectMinus } from "./address";
export { headerFooterText } from "./headerFooter";
export {
  kpiHeadlinePlan,
  kpiHistoryRowPlan,
  placeHistoryRow,
  historyFit,
  fitRow,
  KPI_HEADLINE_ROWS,
  KPI_HEADLINE_COLS,
  KPI_TITLE_SIZE,
  type KpiHeadlinePlan,
  type KpiHistoryRowPlan,
} from "./kpiLayout";
export {
  kpiSidePlan,
  decideSideBlock,
  skippedBlock,
  sideColumnWidths,
  kpiPrintArea,
  type KpiSideBlockPlan,
  type KpiSideFound,
  type KpiSideDecision,
  type KpiSideResult,
  type KpiSideSkipped,
} from "./kpiSideLayout";
