import type { Period } from "../dates/period";

/**
 * Sheet names stay in English whatever the display language, so that hyperlinks and formulas
 * that point at a report keep working when a colleague with another Office language rebuilds it:
 * "Follow-up 2026-W47" for a week, "Follow-up 2026-11" for a month (at most 31 characters, no
 * character Excel forbids in sheet names).
 */
export const REPORT_SHEET_PREFIX = "Follow-up ";
export const KPI_SHEET_NAME = "KPI";
export const KPI_HISTORY_TABLE = "KpiHistory";

export function reportSheetName(period: Pick<Period, "label">): string {
  return `${REPORT_SHEET_PREFIX}${period.label}`;
}

/** A sheet left alone because we did not create it, and where ours went instead (null: nowhere free). */
export interface SheetClash {
  sheet: string;
  writtenTo: string | null;
  kind: "report" | "kpi";
}
