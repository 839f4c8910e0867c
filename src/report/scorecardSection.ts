import type { Lang } from "../i18n/i18n";
import type { SupplierScore } from "../kpi/scorecard";
import { fieldLabel } from "../register/fields";
import type { CellValue, Column, FormatHint, TableSection } from "./model";
import { meanDaysCell, rateCell } from "./cells";
import { currencyLabel, type ReportText } from "./labels";
import { NO_DATA } from "./model";
import { shipmentText } from "./shipmentSections";
import type { ConfirmationDaysStat } from "../kpi/responsiveness";

/** Icon set thresholds on average days late: ≤ 3 days green, ≤ 10 amber, more red. */
export const DAYS_LATE_GOOD = 3;
export const DAYS_LATE_WARNING = 10;

/**
 * 6. Supplier scorecard, one row per supplier active in the period (src/kpi scorecard: measured
 * lines, open lines or chases), by name. Open value has one column per currency.
 * Then quality (reject rate) and responsiveness (median working days from order to confirmation,
 * share of chases with no answer), "no data" where the supplier has none.
 * Hints: data bars on OTD and OTIF (0–100 %), traffic lights on average days late.
 */
export function scorecardSection(scores: readonly SupplierScore[], t: ReportText, lang: Lang): TableSection {
  const currencies = [...new Set(scores.flatMap((s) => Object.keys(s.openValue)))].sort();
  const q = shipmentText(lang);
  const columns: Column[] = [
    { key: "supplier", header: fieldLabel("supplier", lang), type: "text" },
    { key: "measured", header: t("colMeasured"), type: "integer" },
    { key: "otd", header: t("colOtd"), type: "percent" },
    { key: "otif", header: t("colOtif"), type: "percent" },
    { key: "avgDaysLate", header: t("colAvgDaysLate"), type: "days" },
    { key: "openLines", header: t("colOpenLines"), type: "integer" },
    { key: "overdueLines", header: t("colOverdueLines"), type: "integer" },
    ...currencies.map((currency): Column => ({
      key: `openValue:${currency}`,
      header: t("colOpenValueIn", { currency: currencyLabel(t, currency) }),
      type: "money",
      currency,
    })),
    { key: "confirmation", header: t("colConfirmation"), type: "percent" },
    { key: "chases", header: t("colChases"), type: "integer" },
    { key: "rejectRate", header: q("colRejectRate"), type: "percent" },
    { key: "confirmDays", header: q("colConfirmDays"), type: "number" },
    { key: "noAnswer", header: q("colNoAnswer"), type: "percent" },
  ];
  const rows = scores.map((s): CellValue[] => [
    s.supplier === "" ? t("noSupplier") : s.supplier,
    s.population,
    rateCell(s.otd),
    rateCell(s.otif),
    meanDaysCell(s.daysLate),
    s.openLines,
    s.overdueLines,
    ...currencies.map((c) => s.openValue[c] ?? null),
    rateCell(s.confirmation),
    s.chases,
    s.rejectRate ? rateCell(s.rejectRate) : NO_DATA,
    confirmDaysCell(s.confirmationDays),
    s.noAnswer ? rateCell(s.noAnswer) : NO_DATA,
  ]);
  const hints: FormatHint[] = [
    { kind: "dataBar", column: "otd", min: 0, max: 1 },
    { kind: "dataBar", column: "otif", min: 0, max: 1 },
    {
      kind: "iconSet",
      column: "avgDaysLate",
      icons: "trafficLights3",
      good: DAYS_LATE_GOOD,
      warning: DAYS_LATE_WARNING,
      lowerIsBetter: true,
    },
  ];
  return { id: "scorecard", kind: "table", title: t("scorecardTitle"), columns, rows, hints, emptyText: t("scorecardEmpty") };
}

function confirmDaysCell(stat: ConfirmationDaysStat | undefined): CellValue {
  return stat && stat.kind === "days" ? stat.median : NO_DATA;
}
