/**
 * From what was read out of a file to the report model: the same steps, in the same order, as the
 * add-in (parse the register with the saved mapping, parse the chase log, evaluate every line at
 * asOf, build the report and KPI sheet models from one set of figures). Pure: no I/O, no clock.
 */
import type { CellIssue, ChaseEntry, Serial } from "../model";
import type { Lang } from "../i18n/i18n";
import type { PeriodKind, Settings } from "../settings/settings";
import type { DateSystem } from "../register/cells";
import { parseRegister, type ParsedRegister } from "../register/parseRegister";
import { parseChaseLog } from "../register/chaseLog";
import { evaluateRegister } from "../followup/evaluateRegister";
import type { LineStatus } from "../followup/types";
import { periodContaining, type Period } from "../dates/period";
import {
  buildKpiSheetModel,
  buildReportModel,
  reportFigures,
  type KpiHistoryRecord,
  type KpiSheetModel,
  type ReportInput,
  type ReportModel,
} from "../report";
import type { StoredSettings } from "../excel/settingsStore";
import { overrideFromMapping } from "../register/savedMapping";
import { issueSummary, reportStatusLine } from "../report/statusLine";
import type { Grid } from "./grid";

export interface RegisterSources {
  register: Grid;
  chases: Grid | null;
  history: readonly KpiHistoryRecord[];
  dateSystem: DateSystem;
  stored: StoredSettings;
}

/** Parsing only (what `check` needs). */
export interface ParsedSources {
  parsed: ParsedRegister;
  chases: ChaseEntry[];
  chaseIssues: CellIssue[];
  settings: Settings;
}

export function parseSources(sources: RegisterSources): ParsedSources {
  const { register, chases, dateSystem, stored } = sources;
  const settings = stored.settings;
  const parsed = parseRegister(
    {
      sheet: register.sheet,
      values: register.values,
      firstRow: register.firstRow,
      firstColumn: register.firstColumn,
      dateSystem,
      dateOrder: settings.dateOrder,
    },
    overrideFromMapping(register.values[0] ?? [], stored.mapping),
  );
  const log = chases
    ? parseChaseLog(chases.sheet, chases.values, dateSystem, { firstRow: chases.firstRow, firstColumn: chases.firstColumn })
    : { entries: [], issues: [] };
  return { parsed, chases: log.entries, chaseIssues: log.issues, settings };
}

export interface HeadlessOptions {
  asOf: Serial;
  /** Default: the workbook's setting (week unless changed). */
  periodKind?: PeriodKind;
  lang: Lang;
  /** The caller's clock, as text shown on the report. */
  generatedAt: string;
}

export interface HeadlessReport extends ParsedSources {
  statuses: LineStatus[];
  period: Period;
  input: ReportInput;
  model: ReportModel;
  kpi: KpiSheetModel;
  /** The line under the report's title (reportStatusLine, as the add-in's report command). */
  statusLine: string;
}

export function headlessReport(sources: RegisterSources, options: HeadlessOptions): HeadlessReport {
  const parsedSources = parseSources(sources);
  const { parsed, chases, settings } = parsedSources;
  const statuses = evaluateRegister(parsed.lines, chases, settings, options.asOf);
  const period = periodContaining(options.asOf, options.periodKind ?? settings.periodKind);
  const input: ReportInput = {
    register: { name: sources.register.tableName ?? sources.register.sheet, lines: parsed.lines },
    statuses,
    chases,
    settings,
    asOf: options.asOf,
    period,
    generatedAt: options.generatedAt,
    lang: options.lang,
    history: sources.history,
  };
  const figures = reportFigures(input);
  const statusLine = reportStatusLine(input, issueSummary([...parsed.issues, ...parsedSources.chaseIssues], input.lang));
  return {
    ...parsedSources,
    statuses,
    period,
    input,
    model: buildReportModel(input, figures),
    kpi: buildKpiSheetModel(input, figures),
    statusLine,
  };
}
