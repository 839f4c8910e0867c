import type { Serial } from "../model";
import type { Lang } from "../i18n/i18n";
import type { WorkCalendar } from "../dates/calendar";
import type { Settings } from "../settings/settings";
import type { LineStatus } from "../followup/types";
import { isFollowedUp } from "../followup/followUpState";
import { cachedWorkday } from "../followup/workdayCache";
import { currencyKey } from "../kpi/amounts";
import { fieldLabel } from "../register/fields";
import type { CellValue, Column, TableSection } from "./model";
import { compareText, numberCell, textCell } from "./cells";
import type { LineLogFacts } from "./chaseLogFacts";
import type { ReportText } from "./labels";
import { lineCells, lineColumns } from "./lineColumns";

export type ComingDueWhy = "unconfirmed" | "stale";

/**
 * Why an open line due within the window needs a confirmation, or null when it does not:
 * - "unconfirmed": the register has no promised date;
 * - "stale": the register's promised date is not the date the supplier last stated in the chase
 *   log (the date was changed after the supplier's last confirmation, e.g. the ERP rescheduled the
 *   line). A promised date with no stated date in the log at all is taken as confirmed.
 */
export function comingDueWhy(status: LineStatus, log: Map<string, LineLogFacts>): ComingDueWhy | null {
  const promised = status.line.promisedDate;
  if (promised === null) return "unconfirmed";
  if (typeof promised !== "number" || !Number.isFinite(promised)) return null;
  const stated = log.get(status.line.key)?.lastStatedPromise;
  return stated !== undefined && stated !== Math.floor(promised) ? "stale" : null;
}

/**
 * 4. Coming due (preventive): open or partly received lines, not late, whose due date is within
 * the next `dueSoon` working days — asOf ≤ due ≤ WORKDAY(asOf, dueSoon), the same window as the
 * "Due soon" follow-up state — and that need a confirmation (see comingDueWhy).
 * Sorted by due date, then supplier, then line.
 */
export function comingDueSection(
  statuses: readonly LineStatus[],
  log: Map<string, LineLogFacts>,
  settings: Settings,
  calendar: WorkCalendar,
  asOf: Serial,
  t: ReportText,
  lang: Lang,
): TableSection {
  const windowEnd = cachedWorkday(calendar, asOf, settings.dueSoon);
  const picked: { status: LineStatus; why: ComingDueWhy; due: Serial; supplier: string }[] = [];
  for (const status of statuses) {
    const { due } = status;
    if (!isFollowedUp(status.lifecycle) || status.state === "late" || typeof due !== "number") continue;
    if (due < asOf || due > windowEnd) continue;
    const why = comingDueWhy(status, log);
    if (why) picked.push({ status, why, due, supplier: textCell(status.line.supplier) ?? "" });
  }
  picked.sort((a, b) => a.due - b.due || compareText(a.supplier, b.supplier) || compareText(a.status.line.key, b.status.line.key));
  const whyText = { unconfirmed: t("whyUnconfirmed"), stale: t("whyStale") };
  const noSupplier = t("noSupplier");
  const rows = picked.map(({ status, why, supplier }): CellValue[] => {
    const { line } = status;
    const currency = currencyKey(line.currency);
    return [
      ...lineCells(status, supplier || noSupplier),
      typeof status.workdaysLate === "number" ? -status.workdaysLate : null,
      numberCell(line.requestedDate),
      numberCell(line.promisedDate),
      log.get(line.key)?.lastStatedPromise ?? null,
      numberCell(status.openQty),
      numberCell(status.openValue),
      currency === "" ? null : currency,
      whyText[why],
      status.lastChase ?? null,
      numberCell(status.nextChase),
    ];
  });
  return {
    id: "comingDue",
    kind: "table",
    title: t("comingDueTitle"),
    columns: comingDueColumns(t, lang),
    rows,
    emptyText: t("comingDueEmpty"),
  };
}

function comingDueColumns(t: ReportText, lang: Lang): Column[] {
  return [
    ...lineColumns(t, lang),
    { key: "workdaysLeft", header: t("colWorkdaysLeft"), type: "days" },
    { key: "requestedDate", header: fieldLabel("requestedDate", lang), type: "date" },
    { key: "promisedDate", header: fieldLabel("promisedDate", lang), type: "date" },
    { key: "lastConfirmed", header: t("colLastConfirmed"), type: "date" },
    { key: "openQty", header: t("colOpenQty"), type: "number" },
    { key: "openValue", header: t("colOpenValue"), type: "money", currencyKey: "currency" },
    { key: "currency", header: fieldLabel("currency", lang), type: "text" },
    { key: "why", header: t("colWhy"), type: "text" },
    { key: "lastChase", header: fieldLabel("lastChaseDate", lang), type: "date" },
    { key: "nextChase", header: fieldLabel("nextChaseDate", lang), type: "date" },
  ];
}
