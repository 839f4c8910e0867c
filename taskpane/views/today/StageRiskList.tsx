import { useCallback, useMemo, type MouseEvent } from "react";
import type { LineStatus } from "../../../src/followup/types";
import { stageRiskLines } from "../../../src/followup/stageRiskLines";
import { translator } from "../../../src/i18n/i18n";
import { shipmentFieldsCatalog } from "../../../src/i18n/catalogs/shipmentFields";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { lineSummary } from "../../components/lineLabels";
import type { TodayFilters } from "./filters";

/** The most lines listed; the report's Stage risk section has them all. */
const MAX_SHOWN = 50;

/**
 * Lines at risk before they are late (not shipped in time, ETA after the committed date), the same list
 * as the report's Stage risk section, with Today's buyer and supplier filters; folded, under the cards.
 */
export function StageRiskList({ statuses, filters }: { statuses: readonly LineStatus[]; filters: TodayFilters }) {
  const [, store] = useApp();
  const { t, lang } = useI18n();
  const styles = useStyles();
  const tl = translator(shipmentFieldsCatalog, lang);
  const lines = useMemo(
    () => stageRiskLines(statuses, { ...(filters.buyer ? { buyer: filters.buyer } : {}), ...(filters.supplier ? { supplier: filters.supplier } : {}) }),
    [statuses, filters.buyer, filters.supplier],
  );
  const openLine = useCallback((event: MouseEvent<HTMLButtonElement>) => store.openLine(event.currentTarget.dataset.lineKey ?? ""), [store]);
  if (lines.length === 0) return null;
  return (
    <details className={styles.card} data-testid="stage-risk-list">
      <summary className={styles.h3} style={{ cursor: "pointer" }}>
        {tl("todayRiskTitle", { count: lines.length })}
      </summary>
      <ul className={styles.list}>
        {lines.slice(0, MAX_SHOWN).map((status) => (
          <li key={status.line.key}>
            <button type="button" className={styles.lineRow} onClick={openLine} data-line-key={status.line.key}>
              {`${lineSummary(status, t, lang)} · ${status.line.supplier ?? ""}`}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
