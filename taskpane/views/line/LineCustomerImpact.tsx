import type { SalesOrderImpact } from "../../../src/impact/customerImpact";
import { impactCatalog } from "../../../src/i18n/catalogs/impact";
import { translator } from "../../../src/i18n/i18n";
import { formatIsoDate } from "../../../src/dates/serial";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";

/** The sales orders this line feeds (the pipeline's customer impact): which it puts at risk, and by how much. */
export function LineCustomerImpact({ lineKey, impact }: { lineKey: string; impact: readonly SalesOrderImpact[] | undefined }) {
  const { lang } = useI18n();
  const styles = useStyles();
  const t = translator(impactCatalog, lang);
  const mine = (impact ?? []).flatMap((order) => order.lines.filter((l) => l.status.line.key === lineKey).map((line) => ({ order, line })));
  if (mine.length === 0) return null;
  return (
    <ul data-testid="line-customer-impact" style={{ margin: 0, paddingInlineStart: 16 }}>
      {mine.map(({ order, line }) => {
        const params = { salesOrder: order.salesOrder, customer: order.customer ?? "—", latest: formatIsoDate(order.latestArrival), days: Math.abs(line.margin) };
        return (
          <li key={order.salesOrder} className={line.margin < 0 ? undefined : styles.muted} data-at-risk={line.margin < 0}>
            {line.margin < 0 ? t("lineAtRisk", params) : t("lineInTime", params)}
          </li>
        );
      })}
    </ul>
  );
}
