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
export { trimGrid, type Grid } from "./grid";
export { readPackageIndex, type PackageIndex, type UnkeptContent } from "./packageIndex";
export { renderReportXlsx, type XlsxReportOptions, type XlsxReportResult } from "./renderReport";
export { renderKpiSheetXlsx, type XlsxKpiResult } from "./renderKpiSheet";
export { writeReportWorkbook, copiesInput, addReportSheets, isSameFile, SameFileError, type WrittenReport } from "./writeReport";
export {
  readCsv,
  csvInfoOf,
  csvCellValue,
  isCsvCandidate,
  sheetNameOf,
  encodingLabel,
  delimiterLabel,
  CSV_EXTENSIONS,
  type CsvInfo,
  type CsvRead,
  type CsvProblem,
  type CsvOutcome,
} from "./readCsv";
export { detectEncoding, bomOf, EncodingDetector, type CsvEncoding, type Detection } from "./csv/detectEncoding";
export { sniffDelimiter, RecordScanner, CsvLimitError, MAX_RECORD_CHARS, MAX_COLUMNS, MAX_ROWS, DELIMITERS } from "./csv/records";
