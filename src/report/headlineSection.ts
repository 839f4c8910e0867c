import { NO_DATA, type CellValue, type ComparisonItem, type ComparisonSection } from "./model";
import { changeCell, meanDaysCell, rateCell } from "./cells";
import { currencyLabel, type ReportText } from "./labels";
import type { ReportFigures } from "./reportFigures";
import type { LinesAndValue } from "../kpi/openValue";

/**
 * 2. Headline KPIs, this period beside the previous one.
 * - OTD, OTIF and average days late are period measures: the previous period's are recomputed
 *   from the register at the same asOf, so receipts booked since then count.
 * - Confirmation rate and lines overdue are snapshots at asOf; the previous figures are those of
 *   the previous period's KpiHistory row (as they stood when that report was built), "no data"
 *   without one. Past-due value has no history (amounts per currency do not fit one column): its
 *   previous figure is "no data".
 */
export function headlineSection(figures: ReportFigures, t: ReportText): ComparisonSection {
  const { current, previous } = figures;
  const history = previous.history;
  const items: ComparisonItem[] = [
    compare("otd", t("kpiOtd"), "percent", rateCell(current.otd), rateCell(previous.otd), "higher"),
    compare("otif", t("kpiOtif"), "percent", rateCell(current.otif), rateCell(previous.otif), "higher"),
    compare(
      "confirmation",
      t("kpiConfirmation"),
      "percent",
      rateCell(current.confirmation),
      history ? orNoData(history.confirmation) : NO_DATA,
      "higher",
    ),
    compare("linesOverdue", t("kpiOverdue"), "integer", current.pastDue.lines, history ? history.linesOverdue : NO_DATA, "lower"),
    ...pastDueItems(current.pastDue, current.open, t),
    compare("avgDaysLate", t("kpiAvgDaysLate"), "days", meanDaysCell(current.daysLate), meanDaysCell(previous.daysLate), "lower"),
  ];
  return {
    id: "headline",
    kind: "comparison",
    title: t("headlineTitle"),
    headers: { label: t("colMeasure"), current: t("colCurrent"), previous: t("colPrevious"), change: t("colChange") },
    items,
  };
}

/**
 * One row per currency, sorted by code. Without any currency a single row: 0 when nothing is past due
 * and open lines have prices (a sum over no line); "no data" when past-due lines have no price, or no
 * open line has one (a register without prices): a money figure with no price is never 0 (DESIGN.md).
 */
function pastDueItems(pastDue: LinesAndValue, open: LinesAndValue, t: ReportText): ComparisonItem[] {
  const value = pastDue.value;
  const currencies = Object.keys(value).sort();
  if (currencies.length === 0) {
    const current = pastDue.lines === 0 && Object.keys(open.value).length > 0 ? 0 : NO_DATA;
    return [compare("pastDue", t("kpiPastDue"), "money", current, NO_DATA, "lower")];
  }
  return currencies.map((currency) => ({
    ...compare(
      `pastDue:${currency}`,
      t("kpiPastDueIn", { currency: currencyLabel(t, currency) }),
      "money",
      value[currency],
      NO_DATA,
      "lower",
    ),
    currency,
  }));
}

function orNoData(value: number | null): CellValue {
  return value === null ? NO_DATA : value;
}

function compare(
  key: string,
  label: string,
  type: ComparisonItem["type"],
  current: CellValue,
  previous: CellValue,
  better: ComparisonItem["better"],
): ComparisonItem {
  return { key, label, type, current, previous, change: changeCell(current, previous), better };
}
