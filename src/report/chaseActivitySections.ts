import type { Lang } from "../i18n/i18n";
import { CHANNELS, OUTCOMES, type ChaseActivity } from "../kpi/chaseActivity";
import { fieldLabel } from "../register/fields";
import type { CellValue, TableSection } from "./model";
import { compareText } from "./cells";
import type { ReportText } from "./labels";
// The chase log's own words: the report, the pane and the Chase log sheet say the same thing.
import { channelLabel, outcomeLabel } from "../register/chaseLog";

/**
 * 8. Chase activity of the period (src/kpi chaseActivity: the log's entries, and the register's
 * last-chase dates the log has no entry for): chases by buyer (most first, then by name; no buyer
 * last), by channel and by outcome (fixed order, zero rows kept so weeks compare; a "not in the chase
 * log" row last when the register shows chases the log lacks). All three tables are empty when there
 * was no chase in the period.
 */
export function chaseActivitySections(activity: ChaseActivity, t: ReportText, lang: Lang): TableSection[] {
  const none = activity.chases === 0;
  const buyers = Object.entries(activity.byBuyer).sort(([a, na], [b, nb]) => nb - na || compareText(a, b));
  const count = { key: "chases", header: t("colCount"), type: "integer" } as const;
  // Chases the register shows but the log does not: their channel and outcome are unknown, so each
  // table gets one more row, and every table adds up to the same number of chases.
  const notInLog: CellValue[][] = activity.notInLog > 0 ? [[t("chasesNotInLog"), activity.notInLog]] : [];
  return [
    {
      id: "chasesByBuyer",
      kind: "table",
      title: t("chasesByBuyerTitle"),
      columns: [{ key: "buyer", header: fieldLabel("buyer", lang), type: "text" }, count],
      rows: buyers.map(([buyer, n]): CellValue[] => [buyer === "" ? t("noBuyer") : buyer, n]),
      emptyText: t("chasesEmpty"),
    },
    {
      id: "chasesByChannel",
      kind: "table",
      title: t("chasesByChannelTitle"),
      columns: [{ key: "channel", header: t("colChannel"), type: "text" }, count],
      rows: none ? [] : [...CHANNELS.map((c): CellValue[] => [channelLabel(c, lang), activity.byChannel[c]]), ...notInLog],
      emptyText: t("chasesEmpty"),
    },
    {
      id: "chasesByOutcome",
      kind: "table",
      title: t("chasesByOutcomeTitle"),
      columns: [{ key: "outcome", header: t("colOutcome"), type: "text" }, count],
      rows: none ? [] : [...OUTCOMES.map((o): CellValue[] => [outcomeLabel(o, lang), activity.byOutcome[o]]), ...notInLog],
      emptyText: t("chasesEmpty"),
    },
  ];
}
