import type { Lang } from "../i18n/i18n";
import { translator } from "../i18n/i18n";
import { impactCatalog } from "../i18n/catalogs/impact";
import type { SalesOrderImpact } from "../impact/customerImpact";
import type { Prediction } from "../predict/predictArrival";
import type { CellValue, Column } from "./model";
import { textCell } from "./cells";
import { reportText } from "./labels";
import { lineCells, lineColumns } from "./lineColumns";

/**
 * One row per purchase line behind a sales order: the order, the line, when it is expected (P50, else
 * its due date), on what basis, and the margin in working days. The report's section lists only the
 * orders at risk; the sheet for sales lists them all, says which are at risk and adds each line's P90.
 */
export function customerImpactRows(
  impact: readonly SalesOrderImpact[],
  lang: Lang,
  sheet?: { predictionOf: (lineKey: string) => Prediction | undefined },
): { columns: Column[]; rows: CellValue[][] } {
  const it = translator(impactCatalog, lang);
  const t = reportText(lang);
  const noSupplier = t("noSupplier");
  const rows: CellValue[][] = [];
  for (const order of impact) {
    if (!sheet && !order.atRisk) continue;
    for (const line of order.lines) {
      const p90 = sheet && line.predicted ? (sheet.predictionOf(line.status.line.key)?.p90 ?? null) : null;
      rows.push([
        order.salesOrder,
        order.customer,
        order.needDate,
        order.latestArrival,
        ...(sheet ? [order.atRisk ? it("atRiskYes") : it("atRiskNo")] : []),
        ...lineCells(line.status, textCell(line.status.line.supplier) ?? noSupplier),
        line.expected,
        ...(sheet ? [p90] : []),
        line.predicted ? it("basisPredicted") : it("basisDue"),
        line.margin,
      ]);
    }
  }
  const columns: Column[] = [
    { key: "salesOrder", header: it("colSalesOrder"), type: "text" },
    { key: "customer", header: it("colCustomer"), type: "text" },
    { key: "needDate", header: it("colNeedDate"), type: "date" },
    { key: "latestArrival", header: it("colLatest"), type: "date" },
    ...(sheet ? [{ key: "atRisk", header: it("colAtRisk"), type: "text" } satisfies Column] : []),
    ...lineColumns(t, lang),
    { key: "expected", header: it("colExpected"), type: "date" },
    ...(sheet ? [{ key: "p90", header: it("colP90"), type: "date" } satisfies Column] : []),
    { key: "basis", header: it("colBasis"), type: "text" },
    { key: "margin", header: it("colMargin"), type: "days" },
  ];
  return { columns, rows };
}
