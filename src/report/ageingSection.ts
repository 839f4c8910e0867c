import type { Ageing } from "../kpi/ageing";
import type { CellValue, ChartSection, Column, TableSection } from "./model";
import { bucketLabel, currencyLabel, type ReportText } from "./labels";

/**
 * 7a. Ageing of open lines by calendar days late (src/kpi ageing buckets), with open value per
 * currency; lines without a due date get a last row of their own when there are any.
 */
export function ageingSection(ageing: Ageing, t: ReportText): TableSection {
  const currencies = [...new Set([...ageing.rows.flatMap((r) => Object.keys(r.value)), ...Object.keys(ageing.undated.value)])].sort();
  const columns: Column[] = [
    { key: "bucket", header: t("colBucket"), type: "text" },
    { key: "lines", header: t("colLines"), type: "integer" },
    ...currencies.map((currency): Column => ({
      key: `value:${currency}`,
      header: t("colOpenValueIn", { currency: currencyLabel(t, currency) }),
      type: "money",
      currency,
    })),
  ];
  const rows: CellValue[][] = ageing.rows.map((r) => [bucketLabel(t, r.bucket), r.lines, ...currencies.map((c) => r.value[c] ?? null)]);
  if (ageing.undated.lines > 0) {
    rows.push([t("bucketUndated"), ageing.undated.lines, ...currencies.map((c) => ageing.undated.value[c] ?? null)]);
  }
  const anyOpen = rows.some((r) => (r[1] as number) > 0);
  return { id: "ageing", kind: "table", title: t("ageingTitle"), columns, rows: anyOpen ? rows : [], emptyText: t("ageingEmpty") };
}

/** Column chart: open lines per bucket. */
export function ageingChart(t: ReportText): ChartSection {
  return {
    id: "ageingChart",
    kind: "chart",
    title: t("ageingChartTitle"),
    chart: {
      type: "column",
      title: t("ageingChartTitle"),
      source: "ageing",
      categories: "bucket",
      series: [{ column: "lines", name: t("colLines"), type: "column", axis: "primary" }],
      primaryAxis: { min: 0, format: "integer" },
    },
  };
}
