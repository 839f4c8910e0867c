/**
 * The department's KPI workbook as data (issue 14 point 5): a KPI sheet laid out like a register's
 * (the same KPI_CELLS, so the same writer draws it), a breakdown by buyer and by supplier, and the
 * list of registers read with the reason any was not counted. Pure: counts in, cells out.
 */
import type { Lang } from "../i18n/i18n";
import { translator } from "../i18n/i18n";
import { departmentCatalog } from "../i18n/catalogs/department";
import type { Serial } from "../model";
import type { Period } from "../dates/period";
import { figuresOf, type KpiCounts, type NamedCounts } from "../kpi/consolidate";
import { rateValue, type Rate } from "../kpi/rate";
import { rateCell } from "./cells";
import { currencyLabel, reportText, type ReportText } from "./labels";
import type { KpiHistoryRecord } from "./kpiHistory";
import {
  KPI_CELLS,
  comparisonCells,
  kpiHeaderCells,
  historyAndTrend,
  kpiItem,
  labelledCells,
  pastDueBlock,
  type KpiCell,
  type KpiMeasure,
  type KpiSheetModel,
} from "./kpiSheet";
import { NO_DATA, type CellValue, type Column, type ColumnType } from "./model";
import { reportPageSetup } from "./pageSetup";
import { plainZero } from "./plainZero";

export type DepartmentText = ReturnType<typeof departmentText>;

export function departmentText(lang: Lang) {
  return translator(departmentCatalog, lang);
}

/** One register given on the command line: counted, or why not. */
export interface RegisterOutcome {
  file: string;
  lines: number | null;
  /** null: counted. */
  failure: string | null;
}

export interface DepartmentInput {
  lang: Lang;
  period: Period;
  asOf: Serial;
  current: KpiCounts;
  previous: KpiCounts;
  buyers: NamedCounts[];
  suppliers: NamedCounts[];
  registers: RegisterOutcome[];
}

export interface BreakdownSheet {
  sheetName: string;
  title: string;
  columns: Column[];
  rows: CellValue[][];
}

export interface DepartmentWorkbook {
  kpi: KpiSheetModel;
  /** Below the headline block, above the history table: how earlier periods were merged. */
  historyNote: { address: string; text: string };
  breakdowns: BreakdownSheet[];
}

/** The KpiHistory row of the consolidated period, from the summed counts. */
export function departmentRecord(input: Pick<DepartmentInput, "period" | "asOf" | "current">): KpiHistoryRecord {
  const f = figuresOf(input.current);
  return {
    period: input.period.label,
    start: input.period.start,
    end: input.period.end,
    asOf: input.asOf,
    otd: rateValue(f.otd),
    otif: rateValue(f.otif),
    confirmation: rateValue(f.confirmation),
    linesOverdue: input.current.overdueLines,
    avgDaysLate: f.avgDaysLate,
    population: input.current.population,
  };
}

export function departmentWorkbook(input: DepartmentInput): DepartmentWorkbook {
  const t = reportText(input.lang);
  const d = departmentText(input.lang);
  const record = departmentRecord(input);
  return {
    kpi: {
      sheetName: d("kpiSheet"),
      lang: input.lang,
      cells: headlineCells(input, t, d).map((c) => ({ ...c, value: plainZero(c.value) })),
      ...historyAndTrend(t, record),
      pageSetup: { ...reportPageSetup(t, input.period.label), headerText: d("title") },
    },
    historyNote: { address: "A28", text: d("historyNote") },
    breakdowns: [
      breakdown(d("buyersSheet"), d("buyersTitle", { period: input.period.label }), d("colBuyer"), input.buyers, t, d, false),
      breakdown(d("suppliersSheet"), d("suppliersTitle", { period: input.period.label }), d("colSupplier"), input.suppliers, t, d, true),
      registersSheet(input, t, d),
    ],
  };
}

function headlineCells(input: DepartmentInput, t: ReportText, d: DepartmentText): KpiCell[] {
  const now = figuresOf(input.current);
  const before = figuresOf(input.previous);
  const { period } = input;
  const cells: KpiCell[] = [
    ...kpiHeaderCells(d("title"), period, input.asOf, t),
    ...labelledCells(6, d("registersCounted"), input.registers.filter((r) => r.failure === null).length, "integer"),
  ];
  const days = (value: number | null): CellValue => value ?? NO_DATA;
  const rows: [KpiMeasure, string, ColumnType, CellValue, CellValue][] = [
    ["otd", t("kpiOtd"), "percent", rateCell(now.otd), rateCell(before.otd)],
    ["otif", t("kpiOtif"), "percent", rateCell(now.otif), rateCell(before.otif)],
    ["confirmation", t("kpiConfirmation"), "percent", rateCell(now.confirmation), NO_DATA],
    ["linesOverdue", t("kpiOverdue"), "integer", input.current.overdueLines, NO_DATA],
    ["avgDaysLate", t("kpiAvgDaysLate"), "days", days(now.avgDaysLate), days(before.avgDaysLate)],
    ["population", t("kpiPopulation"), "integer", input.current.population, input.previous.population],
    ["openLines", t("kpiOpenLines"), "integer", input.current.openLines, NO_DATA],
  ];
  for (const [key, label, type, current, previous] of rows)
    cells.push(...comparisonCells(KPI_CELLS.rows[key], kpiItem(label, type, current, previous)));
  const pastDue = Object.keys(now.pastDueValue).map((code) => kpiItem(code, "money", now.pastDueValue[code], NO_DATA, code));
  cells.push(...pastDueBlock(pastDue, t));
  return cells;
}

function breakdown(
  sheetName: string,
  title: string,
  nameHeader: string,
  groups: readonly NamedCounts[],
  t: ReportText,
  d: DepartmentText,
  withChases: boolean,
): BreakdownSheet {
  const figures = groups.map((g) => figuresOf(g.counts));
  const openCurrencies = currenciesOf(figures.map((f) => f.openValue));
  const pastDueCurrencies = currenciesOf(figures.map((f) => f.pastDueValue));
  const columns: Column[] = [
    { key: "name", header: nameHeader, type: "text" },
    { key: "population", header: t("colMeasured"), type: "integer" },
    { key: "otd", header: t("colOtd"), type: "percent" },
    { key: "otif", header: t("colOtif"), type: "percent" },
    { key: "confirmation", header: t("colConfirmation"), type: "percent" },
    { key: "overdue", header: t("colOverdueLines"), type: "integer" },
    { key: "avgDaysLate", header: t("colAvgDaysLate"), type: "days" },
    { key: "maxDaysLate", header: d("colMaxDaysLate"), type: "days" },
    { key: "open", header: t("colOpenLines"), type: "integer" },
    ...openCurrencies.map((c): Column => ({
      key: `open:${c}`,
      header: t("colOpenValueIn", { currency: currencyLabel(t, c) }),
      type: "money",
      currency: c,
    })),
    ...pastDueCurrencies.map((c): Column => ({
      key: `late:${c}`,
      header: t("colPastDueIn", { currency: currencyLabel(t, c) }),
      type: "money",
      currency: c,
    })),
    ...(withChases ? [{ key: "chases", header: t("colChases"), type: "integer" } as Column] : []),
  ];
  const rate = (r: Rate): CellValue => rateCell(r);
  const rows = groups.map((g, i): CellValue[] => {
    const f = figures[i];
    return [
      g.name === "" ? t("noSupplier") : g.name,
      g.counts.population,
      rate(f.otd),
      rate(f.otif),
      rate(f.confirmation),
      g.counts.overdueLines,
      f.avgDaysLate ?? NO_DATA,
      f.maxDaysLate ?? NO_DATA,
      g.counts.openLines,
      ...openCurrencies.map((c) => f.openValue[c] ?? null),
      ...pastDueCurrencies.map((c) => f.pastDueValue[c] ?? null),
      ...(withChases ? [g.counts.chases] : []),
    ];
  });
  return { sheetName, title, columns, rows };
}

function currenciesOf(amounts: readonly Record<string, number>[]): string[] {
  const codes = new Set<string>();
  for (const a of amounts) for (const code of Object.keys(a)) codes.add(code);
  return [...codes].sort();
}

function registersSheet(input: DepartmentInput, t: ReportText, d: DepartmentText): BreakdownSheet {
  return {
    sheetName: d("registersSheet"),
    title: d("registersTitle", { period: input.period.label }),
    columns: [
      { key: "file", header: d("colFile"), type: "text" },
      { key: "lines", header: t("colLines"), type: "integer" },
      { key: "result", header: d("colResult"), type: "text" },
    ],
    rows: input.registers.map((r) => [r.file, r.lines, r.failure ?? d("registerCounted")]),
  };
}
