import type { LineStatus } from "../../../src/followup/types";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { showDate, showMoney, showNumber } from "../../components/format";
import { statusLabel } from "../../components/lineLabels";

/** Status, days late, level, committed vs promised date, next chase, open quantity and value. */
export function LineFacts({ status }: { status: LineStatus }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const blank = t("blank");
  const unknown = t("unknown");
  const currency = (status.line.currency ?? "").trim().toUpperCase();
  const facts: [string, string, string][] = [
    ["status", t("status"), statusLabel(status, t)],
    ["daysLate", t("daysLate"), showNumber(status.daysLate, lang, blank, unknown)],
    ["level", t("level"), t(`level_${status.level}`)],
    ["committed", t("committed"), showDate(status.committed, blank, unknown)],
    ["promised", t("promised"), showDate(status.line.promisedDate, blank, unknown)],
    ["requested", t("requested"), showDate(status.line.requestedDate, blank, unknown)],
    ["nextChase", t("nextChase"), showDate(status.nextChase, blank, unknown)],
    ["openQty", t("openQty"), showNumber(status.openQty, lang, blank, unknown)],
    ["openValue", t("openValue"), typeof status.openValue === "number" ? showMoney({ [currency]: status.openValue }, lang) : status.openValue === null ? blank : unknown],
  ];
  return (
    <dl className={styles.facts} data-testid="line-facts">
      {facts.map(([key, label, value]) => (
        <div key={key} style={{ display: "contents" }}>
          <dt className={styles.dt}>{label}</dt>
          <dd className={styles.dd} data-fact={key}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
