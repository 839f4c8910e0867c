import type { Serial } from "../model";
import type { Lang } from "../i18n/i18n";
import type { PeriodKind } from "../settings/settings";

/**
 * The report as data. Renderer-agnostic: src/excel writes it into sheets, summary.ts into an email.
 * Values are plain: dates are serials, percents are fractions (0.875 = 87.5 %), money is a number
 * with its currency code beside it, `null` is an empty cell and NO_DATA is "no data" — a measure
 * whose population is empty, which renderers show as text ("no data" / "无数据" / "データなし"),
 * never as 0 %.
 */

/** "no data": an empty population, shown as text, never as 0. */
export interface NoData {
  readonly noData: true;
}
export const NO_DATA: NoData = Object.freeze({ noData: true as const });

export function isNoData(value: unknown): value is NoData {
  return typeof value === "object" && value !== null && (value as NoData).noData === true;
}

export type CellValue = string | number | boolean | null | NoData;

/**
 * - integer / number: counts and quantities;
 * - money: a number in the currency of `currency` (fixed) or of the row's `currencyKey` column;
 * - percent: a fraction; a *change* of a percent is a difference in fractions (0.05 = 5 points);
 * - date: a serial; days: signed whole days.
 */
export type ColumnType = "text" | "integer" | "number" | "money" | "percent" | "date" | "days";

export interface Column {
  key: string;
  header: string;
  type: ColumnType;
  /** Money columns: the currency code of the whole column ("" = no currency given). */
  currency?: string;
  /** Money columns: key of the column in the same row that holds the currency code. */
  currencyKey?: string;
  /** Show a sign (+5, −3): used for changes. */
  signed?: boolean;
}

/** Conditional-format hints for reading a table at a glance. */
export type FormatHint =
  | { kind: "dataBar"; column: string; min: number; max: number }
  | {
      kind: "iconSet";
      column: string;
      icons: "trafficLights3";
      /**
       * value ≤ good → green, value ≤ warning → amber, else red (lowerIsBetter);
       * the reverse when higher is better.
       */
      good: number;
      warning: number;
      lowerIsBetter: boolean;
    };

/** Consecutive rows of a table that belong together (the lines of one supplier). */
export interface RowGroup {
  label: string;
  /** 0-based index into `rows`. */
  firstRow: number;
  rowCount: number;
  /** Group facts a renderer may show in a group heading or use to draft a letter. */
  facts: Record<string, CellValue>;
}

export type SectionId =
  | "header"
  | "headline"
  | "toChase"
  | "heldBack"
  | "comingDue"
  | "inTransit"
  | "stageRisk"
  | "quality"
  | "openReplacements"
  | "promiseChanges"
  | "scorecard"
  | "ageing"
  | "ageingChart"
  | "delayReasons"
  | "delayReasonsChart"
  | "chasesByBuyer"
  | "chasesByChannel"
  | "chasesByOutcome"
  | "customerImpact";

interface SectionBase {
  id: SectionId;
  title: string;
}

export interface KeyValueItem {
  key: string;
  label: string;
  value: CellValue;
  type: ColumnType;
  currency?: string;
}

export interface KeyValueSection extends SectionBase {
  kind: "keyValue";
  items: KeyValueItem[];
}

/** A measure this period beside the previous period, and the change. */
export interface ComparisonItem {
  key: string;
  label: string;
  /** Type of current and previous; the change has the same type, shown signed. */
  type: ColumnType;
  currency?: string;
  current: CellValue;
  previous: CellValue;
  /** current − previous; NO_DATA when either side is no data. */
  change: CellValue;
  /** Which direction is good, for colouring the change. */
  better: "higher" | "lower";
}

export interface ComparisonSection extends SectionBase {
  kind: "comparison";
  headers: { label: string; current: string; previous: string; change: string };
  items: ComparisonItem[];
}

export interface TableSection extends SectionBase {
  kind: "table";
  columns: Column[];
  /** One array per row, aligned with `columns`. */
  rows: CellValue[][];
  groups?: RowGroup[];
  hints?: FormatHint[];
  /** What to show instead of an empty table. */
  emptyText: string;
  /** A line under the table (e.g. what was left out and why). */
  note?: string;
}

export interface ChartSeries {
  /** Column key of the source table. */
  column: string;
  name: string;
  type: "column" | "line";
  axis: "primary" | "secondary";
}

export interface ChartSpec {
  type: "column" | "columnLine" | "line";
  title: string;
  /** Id of the table section (or KPI-sheet table) holding the data. */
  source: string;
  categories: string;
  series: ChartSeries[];
  /** Secondary axis, e.g. cumulative % of a Pareto: 0..1 shown as percent. */
  secondaryAxis?: { min: number; max: number; format: "percent" };
  primaryAxis?: { min?: number; max?: number; format: "integer" | "percent" };
  /** Only the last N rows of the source (trend charts). */
  lastRows?: number;
}

export interface ChartSection extends SectionBase {
  kind: "chart";
  chart: ChartSpec;
}

export type Section = KeyValueSection | ComparisonSection | TableSection | ChartSection;

/** Print setup hints; {page} and {pages} are placeholders (Excel: &P and &N). */
export interface PageSetup {
  orientation: "landscape" | "portrait";
  fitToPagesWide: 1;
  /** null: as many pages tall as needed. */
  fitToPagesTall: null;
  /** Repeat the sheet's title rows and each table's header row on every printed page. */
  repeatHeaderRows: true;
  headerText: string;
  footerText: string;
}

export interface ReportLabels {
  noData: string;
  yes: string;
  no: string;
  /** The note ending a text cut to Excel's cell limit ({length}, {limit}); English when absent. */
  textCut?: string;
}

export interface ReportModel {
  /** Stable English name used for links: "Follow-up 2026-W47". */
  sheetName: string;
  title: string;
  lang: Lang;
  period: { kind: PeriodKind; label: string; start: Serial; end: Serial };
  asOf: Serial;
  generatedAt: string;
  labels: ReportLabels;
  sections: Section[];
  pageSetup: PageSetup;
}

/** Index of a column by key, -1 when absent. */
export function columnIndex(section: TableSection, key: string): number {
  return section.columns.findIndex((c) => c.key === key);
}

export function findSection<K extends Section["kind"]>(
  model: { sections: Section[] },
  id: SectionId,
  kind: K,
): Extract<Section, { kind: K }> | undefined {
  const section = model.sections.find((s) => s.id === id);
  return section && section.kind === kind ? (section as Extract<Section, { kind: K }>) : undefined;
}
