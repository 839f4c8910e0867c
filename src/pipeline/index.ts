/** The one pipeline every entry point calls (DESIGN.md "Architecture"). */
export { registerOnlySources, type SourceBlock, type WorkbookSources } from "./sources";
export { settleSettings, type SettledSettings } from "./settle";
export { reportReadiness, type ReportBlocker } from "./reportReadiness";
export {
  runPipeline,
  parseSources,
  evaluateParsed,
  type ParsedSources,
  type ParseOptions,
  cellIssues,
  isEmptyBlock,
  type WorkbookModel,
  type RegisterPlace,
  type PipelineOptions,
} from "./runPipeline";
export { buildReports, reportPeriod, type BuiltReports, type ReportOptions, type ReportSheets } from "./buildReports";
export { todayOf, stampOf, systemClock, type Clock } from "./clock";
export { settingsProblemTexts } from "./settingsProblems";
