import type { Lang } from "../i18n/i18n";
import { translator } from "../i18n/i18n";
import { impactCatalog } from "../i18n/catalogs/impact";
import { DEFAULT_INTERNAL_LEAD_DAYS, type SalesOrderImpact } from "../impact/customerImpact";
import type { TableSection } from "./model";
import type { ReportText } from "./labels";
import { customerImpactRows } from "./customerImpactRows";

/**
 * Customer orders at risk: one row per purchase line behind an at-risk sales order (the pipeline's
 * customer impact, src/impact), the orders most late first. No section when the register has no
 * sales-order column (`impact` undefined): the buyer does not track customer orders there.
 */
export function customerImpactSections(impact: readonly SalesOrderImpact[] | undefined, t: ReportText, lang: Lang): TableSection[] {
  if (!impact) return [];
  const it = translator(impactCatalog, lang);
  const { columns, rows } = customerImpactRows(impact, lang);
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
