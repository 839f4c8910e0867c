import type { Lang } from "../i18n/i18n";
import { translator } from "../i18n/i18n";
import { impactCatalog } from "../i18n/catalogs/impact";
import { DEFAULT_INTERNAL_LEAD_DAYS, type SalesOrderImpact } from "../impact/customerImpact";
import type { CellValue, Column, TableSection } from "./model";
import { textCell } from "./cells";
import type { ReportText } from "./labels";
import { lineCells, lineColumns } from "./lineColumns";

/**
 * Customer orders at risk: one row per purchase line behind an at-risk sales order (the pipeline's
 * customer impact, src/impact), the orders most late first. No section when the register has no
 * sales-order column (`impact` undefined): the buyer does not track customer orders there.
 */
export function customerImpactSections(impact: readonly SalesOrderImpact[] | undefined, t: ReportText, lang: Lang): TableSection[] {
  if (!impact) return [];
  const it = translator(impactCatalog, lang);
  const noSupplier = t("noSupplier");
  const rows: CellValue[][] = [];
  for (const order of impact) {
    if (!order.atRisk) continue;
    for (const line of order.lines) {
      rows.push([
        order.salesOrder,
        order.customer,
        order.needDate,
        order.latestArrival,
        ...lineCells(line.status, textCell(line.status.line.supplier) ?? noSupplier),
        line.expected,
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
    ...lineColumns(t, lang),
    { key: "expected", header: it("colExpected"), type: "date" },
    { key: "basis", header: it("colBasis"), type: "text" },
    { key: "margin", header: it("colMargin"), type: "days" },
  ];
  return [
    {
      id: "customerImpact",
      kind: "table",
      title: it("title"),
      columns,
      rows,
      emptyText: it("empty"),
      note: it("note", { days: DEFAULT_INTERNAL_LEAD_DAYS }),
    },
  ];
}
