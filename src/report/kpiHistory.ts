import type { Serial } from "../model";
import type { Column, CellValue } from "./model";
import type { ReportText } from "./labels";

/**
 * One row of the `KpiHistory` table: the headline figures of a period as they stood when its
 * report was built. Re-running a period replaces its row (same period label), never duplicates it.
 * "No data" is an empty cell here (null), not text, so the trend chart shows a gap, not a 0.
 */
export interface KpiHistoryRecord {
  period: string;
  start: Serial;
  end: Serial;
  asOf: Serial;
  otd: number | null;
  otif: number | null;
  confirmation: number | null;
  linesOverdue: number;
  avgDaysLate: number | null;
  population: number;
  /** Rejected / received qty of the period's inspected receipts (src/kpi/quality); absent in rows written before it existed. */
  rejectRate?: number | null;
}

/** Column order of the KpiHistory table; never reorder (append new columns at the end: renderers add them to an older table). */
export const KPI_HISTORY_KEYS = [
  "period",
  "start",
  "end",
  "asOf",
  "otd",
  "otif",
  "confirmation",
  "linesOverdue",
  "avgDaysLate",
  "population",
  "rejectRate",
] as const satisfies readonly (keyof KpiHistoryRecord)[];

export function kpiHistoryColumns(t: ReportText): Column[] {
  return [
    { key: "period", header: t("colPeriod"), type: "text" },
    { key: "start", header: t("colStart"), type: "date" },
    { key: "end", header: t("colEnd"), type: "date" },
    { key: "asOf", header: t("colAsOf"), type: "date" },
    { key: "otd", header: t("colOtd"), type: "percent" },
    { key: "otif", header: t("colOtif"), type: "percent" },
    { key: "confirmation", header: t("colConfirmation"), type: "percent" },
    { key: "linesOverdue", header: t("kpiOverdue"), type: "integer" },
    { key: "avgDaysLate", header: t("colAvgDaysLate"), type: "days" },
    { key: "population", header: t("kpiPopulation"), type: "integer" },
    { key: "rejectRate", header: t("colRejectRate"), type: "percent" },
  ];
}

export function kpiHistoryRow(record: KpiHistoryRecord): CellValue[] {
  return KPI_HISTORY_KEYS.map((key) => record[key] ?? null);
}

/**
 * Reads a row of the table back (values as Excel returns them). undefined when the row is not a
 * usable history row (no period label or no dates); blank or text figures become null.
 */
export function kpiHistoryRecordFromRow(values: readonly unknown[]): KpiHistoryRecord | undefined {
  const at = (key: (typeof KPI_HISTORY_KEYS)[number]): unknown => values[KPI_HISTORY_KEYS.indexOf(key)];
  const num = (key: (typeof KPI_HISTORY_KEYS)[number]): number | null => {
    const v = at(key);
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  const period = at("period");
  const start = num("start");
  const end = num("end");
  if (typeof period !== "string" || period.trim() === "" || start === null || end === null) return undefined;
  return {
    period: period.trim(),
    start,
    end,
    asOf: num("asOf") ?? end,
    otd: num("otd"),
    otif: num("otif"),
    confirmation: num("confirmation"),
    linesOverdue: num("linesOverdue") ?? 0,
    avgDaysLate: num("avgDaysLate"),
    population: num("population") ?? 0,
    // A row written before the column existed has no cell there: no data, not 0 %.
    rejectRate: num("rejectRate"),
  };
}

/** The history with `record` in place of any row of the same period, oldest period first. */
export function upsertKpiHistory(history: readonly KpiHistoryRecord[], record: KpiHistoryRecord): KpiHistoryRecord[] {
  const kept = history.filter((r) => r.period !== record.period);
  kept.push(record);
  return kept.sort((a, b) => a.start - b.start || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
