import type { Lang } from "../i18n/i18n";
import type { Serial } from "../model";
import type { Period } from "../dates/period";
import { rateValue } from "../kpi/rate";
import type { CellValue, ChartSpec, Column, ColumnType, ComparisonItem, PageSetup, TableSection } from "./model";
import { ageingSection } from "./ageingSection";
import { scorecardSection } from "./scorecardSection";
import { NO_DATA } from "./model";
import { changeCell } from "./cells";
import { parseCellAddress } from "../register/columnLetter";
import { currencyLabel, reportText, type ReportText } from "./labels";
import { headlineSection } from "./headlineSection";
import { kpiHistoryColumns, kpiHistoryRow, type KpiHistoryRecord } from "./kpiHistory";
import { reportFigures, type ReportFigures } from "./reportFigures";
import type { ReportInput } from "./reportInput";
import { KPI_HISTORY_TABLE, KPI_SHEET_NAME } from "./sheetName";
import { reportPageSetup } from "./pageSetup";
import { plainRow, plainZero } from "./plainZero";

/**
 * Fixed cell addresses of the KPI sheet. Managers link to these cells: they must never move.
 * New figures go below or to the right of everything here, never in between.
 * docs/rules/report.md holds the same table.
 */
export const KPI_CELLS = {
  title: "A1",
  period: "B2",
  periodStart: "B3",
  periodEnd: "B4",
  asOf: "B5",
  /** Header row of the measures block: A7 Measure, B7 This period, C7 Previous period, D7 Change. */
  measuresHeaderRow: 7,
  /** Row of each measure; B = this period, C = previous period, D = change. */
  rows: {
    otd: 8,
    otif: 9,
    confirmation: 10,
    linesOverdue: 11,
    avgDaysLate: 12,
    population: 13,
    openLines: 14,
  },
  /** Header row of the past-due value block; one row per currency below it, sorted by code. */
  pastDueHeaderRow: 16,
  pastDueFirstRow: 17,
  /** At most this many currencies are listed (rows 17–26); a note in A27 says when more were left out. */
  pastDueMaxCurrencies: 10,
  pastDueNote: "A27",
  /** Header row of the KpiHistory table (columns A–K; K, reject rate, added later); the table grows downwards from here. */
  historyHeader: "A29",
  /** Where the trend chart sits. */
  trendChart: { from: "F1", to: "N26" },
  /**
   * Right of the chart, column O left blank: the ageing block (heading P1, table KpiAgeing from P2; its
   * six buckets and "No due date" end by row 9) and the supplier scorecard (heading P11, table
   * KpiScorecard from P12, one row per supplier below). Right, not below: KpiHistory grows downwards.
   */
  ageing: "P1",
  scorecard: "P11",
} as const;

/** The KPI sheet's tables beside KpiHistory, by name (a rerun finds and replaces its own). */
export const KPI_AGEING_TABLE = "KpiAgeing";
export const KPI_SCORECARD_TABLE = "KpiScorecard";

/** A table block of the KPI sheet: the report's own section, placed with its heading at `heading`. */
export interface KpiBlock {
  heading: string;
  tableName: string;
  section: TableSection;
}

export type KpiMeasure = keyof typeof KPI_CELLS.rows;

export interface KpiCell {
  address: string;
  value: CellValue;
  type: ColumnType;
  currency?: string;
  signed?: boolean;
  role: "title" | "label" | "header" | "value" | "note";
}

/** The trend chart's name on the KPI sheet: the add-in finds it by this name to re-point it. */
export const KPI_TREND_CHART = "KpiTrend";

export interface KpiSheetModel {
  sheetName: string;
  lang: Lang;
  cells: KpiCell[];
  history: { tableName: string; headerAddress: string; columns: Column[]; record: KpiHistoryRecord; row: CellValue[] };
  trendChart: ChartSpec & { anchor: { from: string; to: string } };
  /** Ageing and supplier scorecard beside the headline (none on the department's KPI sheet). */
  blocks?: KpiBlock[];
  pageSetup: PageSetup;
}

/**
 * The KPI sheet: headline figures at KPI_CELLS, this period's KpiHistory row (the renderer replaces
 * the row of the same period or appends it: see upsertKpiHistory), the OTD/OTIF trend chart over
 * the last 26 rows of the history table, and the ageing and supplier scorecard blocks from P1 / P11.
 */
export function buildKpiSheetModel(input: ReportInput, figures: ReportFigures = reportFigures(input)): KpiSheetModel {
  const t = reportText(input.lang);
  const { period, asOf } = input;
  const { current, previous } = figures;
  const headline = new Map(headlineSection(figures, t).items.map((i) => [i.key, i]));
  const cells: KpiCell[] = kpiHeaderCells(t("kpiSheetTitle"), period, asOf, t);
  const measure = (key: KpiMeasure, item: KpiItem): void => {
    cells.push(...comparisonCells(KPI_CELLS.rows[key], item));
  };
  for (const key of ["otd", "otif", "confirmation", "linesOverdue", "avgDaysLate"] as const) {
    measure(key, headline.get(key) as ComparisonItem);
  }
  measure("population", kpiItem(t("kpiPopulation"), "integer", current.population.lines, previous.population));
  measure("openLines", kpiItem(t("kpiOpenLines"), "integer", current.open.lines, NO_DATA));
  cells.push(
    ...pastDueBlock(
      [...headline.values()].filter((i) => i.type === "money"),
      t,
    ),
  );

  const record: KpiHistoryRecord = {
    period: period.label,
    start: period.start,
    end: period.end,
    asOf,
    otd: rateValue(current.otd),
    otif: rateValue(current.otif),
    confirmation: rateValue(current.confirmation),
    linesOverdue: current.pastDue.lines,
    avgDaysLate: current.daysLate.kind === "days" ? current.daysLate.mean : null,
    population: current.population.lines,
    rejectRate: current.rejectRate ? rateValue(current.rejectRate) : null,
  };
  return {
    sheetName: KPI_SHEET_NAME,
    lang: input.lang,
    cells: cells.map((c) => ({ ...c, value: plainZero(c.value) })),
    ...historyAndTrend(t, record),
    blocks: [
      // The report sheet's sections as they are (src/report/ageingSection.ts, scorecardSection.ts): one set of rules.
      { heading: KPI_CELLS.ageing, tableName: KPI_AGEING_TABLE, section: ageingSection(current.ageing, t) },
      { heading: KPI_CELLS.scorecard, tableName: KPI_SCORECARD_TABLE, section: scorecardSection(current.suppliers, t, input.lang) },
    ],
    pageSetup: { ...reportPageSetup(t, period.label), headerText: t("kpiSheetTitle") },
  };
}

/** This period's KpiHistory row and the OTD/OTIF trend chart over the table: one shape for a buyer's KPI sheet and the department's. */
export function historyAndTrend(t: ReportText, record: KpiHistoryRecord): Pick<KpiSheetModel, "history" | "trendChart"> {
  return {
    history: {
      tableName: KPI_HISTORY_TABLE,
      headerAddress: KPI_CELLS.historyHeader,
      columns: kpiHistoryColumns(t),
      record,
      row: plainRow(kpiHistoryRow(record)),
    },
    trendChart: {
      type: "line",
      title: t("trendChartTitle"),
      source: KPI_HISTORY_TABLE,
      categories: "period",
      series: [
        { column: "otd", name: t("colOtd"), type: "line", axis: "primary" },
        { column: "otif", name: t("colOtif"), type: "line", axis: "primary" },
      ],
      primaryAxis: { min: 0, max: 1, format: "percent" },
      lastRows: 26,
      anchor: KPI_CELLS.trendChart,
    },
  };
}

// The headline block's cells, shared by a buyer's KPI sheet and the department's (departmentKpi.ts).

/** One measure of the headline block: this period, the previous one and the change. */
export type KpiItem = Omit<ComparisonItem, "key" | "better">;

export function kpiItem(label: string, type: ColumnType, current: CellValue, previous: CellValue, currency?: string): KpiItem {
  return { label, type, current, previous, change: changeCell(current, previous), ...(currency !== undefined ? { currency } : {}) };
}

/**
 * How a KPI sheet opens, a buyer's and the department's alike: the title at A1; the period, its start
 * and end and asOf at their KPI_CELLS (managers link to them), each labelled in column A; the measures'
 * header row.
 */
export function kpiHeaderCells(title: string, period: Pick<Period, "label" | "start" | "end">, asOf: Serial, t: ReportText): KpiCell[] {
  const row = (address: string) => parseCellAddress(address)!.row;
  return [
    { address: KPI_CELLS.title, value: title, type: "text", role: "title" },
    ...labelledCells(row(KPI_CELLS.period), t("headerPeriod"), period.label, "text"),
    ...labelledCells(row(KPI_CELLS.periodStart), t("headerPeriodStart"), period.start, "date"),
    ...labelledCells(row(KPI_CELLS.periodEnd), t("headerPeriodEnd"), period.end, "date"),
    ...labelledCells(row(KPI_CELLS.asOf), t("headerAsOf"), asOf, "date"),
    ...comparisonHeaderCells(KPI_CELLS.measuresHeaderRow, t("colMeasure"), t),
  ];
}

/** A label in column A and its value in column B of `row`. */
export function labelledCells(row: number, label: string, value: CellValue, type: ColumnType): KpiCell[] {
  return [
    { address: `A${row}`, value: label, type: "text", role: "label" },
    { address: `B${row}`, value, type, role: "value" },
  ];
}

export function comparisonHeaderCells(row: number, first: string, t: ReportText): KpiCell[] {
  return [
    { address: `A${row}`, value: first, type: "text", role: "header" },
    { address: `B${row}`, value: t("colCurrent"), type: "text", role: "header" },
    { address: `C${row}`, value: t("colPrevious"), type: "text", role: "header" },
    { address: `D${row}`, value: t("colChange"), type: "text", role: "header" },
  ];
}

export function comparisonCells(row: number, i: KpiItem, label: string = i.label): KpiCell[] {
  const money = i.currency !== undefined ? { currency: i.currency } : {};
  return [
    { address: `A${row}`, value: label, type: "text", role: "label" },
    { address: `B${row}`, value: i.current, type: i.type, role: "value", ...money },
    { address: `C${row}`, value: i.previous, type: i.type, role: "value", ...money },
    { address: `D${row}`, value: i.change, type: i.type, role: "value", signed: true, ...money },
  ];
}

/** Past-due value per currency from row 17 (at most 10 currencies), the currency code in column A. */
export function pastDueBlock(items: readonly KpiItem[], t: ReportText): KpiCell[] {
  const cells = comparisonHeaderCells(KPI_CELLS.pastDueHeaderRow, t("kpiPastDue"), t);
  const shown = items.slice(0, KPI_CELLS.pastDueMaxCurrencies);
  shown.forEach((i, n) => cells.push(...comparisonCells(KPI_CELLS.pastDueFirstRow + n, i, currencyLabel(t, i.currency ?? ""))));
  if (items.length > shown.length) {
    const left = items
      .slice(shown.length)
      .map((i) => i.currency ?? "")
      .join(", ");
    cells.push({ address: KPI_CELLS.pastDueNote, value: `+ ${left}`, type: "text", role: "note" });
  }
  return cells;
}
