import type { Pareto } from "../kpi/delayReasons";
import type { CellValue, ChartSection, TableSection } from "./model";
import { reasonGroupLabel, type ReportText } from "./labels";

/**
 * 7b. Delay reasons Pareto (src/kpi: late lines of the period and lines overdue now), most frequent
 * first, with share and cumulative share as fractions. Configured codes are shown as configured
 * (they are the team's own words); a blank reason is "(not given)".
 */
export function delayReasonsSection(pareto: Pareto, t: ReportText): TableSection {
  const rows = pareto.rows.map((r): CellValue[] => [
    r.reason === "" ? t("reasonNotGiven") : r.reason,
    reasonGroupLabel(t, r.group),
    r.lines,
    r.share,
    r.cumulativeShare,
  ]);
  return {
    id: "delayReasons",
    kind: "table",
    title: t("delayReasonsTitle"),
    columns: [
      { key: "reason", header: t("colReason"), type: "text" },
      { key: "group", header: t("colGroup"), type: "text" },
      { key: "lines", header: t("colLines"), type: "integer" },
      { key: "share", header: t("colShare"), type: "percent" },
      { key: "cumulative", header: t("colCumulative"), type: "percent" },
    ],
    rows,
    emptyText: t("delayReasonsEmpty"),
  };
}

/** Pareto chart: counts as columns, cumulative % as a line on a 0–100 % secondary axis. */
export function delayReasonsChart(t: ReportText): ChartSection {
  return {
    id: "delayReasonsChart",
    kind: "chart",
    title: t("delayReasonsChartTitle"),
    chart: {
      type: "columnLine",
      title: t("delayReasonsChartTitle"),
      source: "delayReasons",
      categories: "reason",
      series: [
        { column: "lines", name: t("colLines"), type: "column", axis: "primary" },
        { column: "cumulative", name: t("colCumulative"), type: "line", axis: "secondary" },
      ],
      primaryAxis: { min: 0, format: "integer" },
      secondaryAxis: { min: 0, max: 1, format: "percent" },
    },
  };
}
