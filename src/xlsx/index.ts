/** The xlsx adapter: the file-format counterpart of src/excel (the only code that uses exceljs). */
export {
  readWorkbook,
  gridName,
  megabytes,
  STREAM_ABOVE_BYTES,
  MAX_FILE_BYTES,
  type ReadOptions,
  type ReadOutcome,
  type ReadFailureCode,
  type ReadProgress,
  type WorkbookRead,
} from "./readWorkbook";
export { inspectFile, classifyBytes, type FileKind } from "./fileGuard";
export { excelValue, serialOfDate, type ExcelValue } from "./cellValue";
export { trimGrid, findHeaderRow, isRegisterHeader, type Grid } from "./grid";
export {
  headlessReport,
  parseSources,
  type HeadlessReport,
  type HeadlessOptions,
  type RegisterSources,
  type ParsedSources,
} from "./headlessReport";
export { renderReportXlsx, type XlsxReportOptions, type XlsxReportResult } from "./renderReport";
export { renderKpiSheetXlsx, type XlsxKpiResult } from "./renderKpiSheet";
export { writeReportWorkbook, addReportSheets, isSameFile, SameFileError, type WrittenReport } from "./writeReport";
