import { useMemo } from "react";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { showDate } from "../../components/format";
import { delayReasonLabel } from "../../../src/register/delayReasons";
import { channelLabel, outcomeLabel } from "../../../src/register/chaseLog";

/** The line's entries in the Chases table, newest first. */
export function ChaseHistory({ lineKey }: { lineKey: string }) {
  const [state] = useApp();
  const { t, lang } = useI18n();
  const styles = useStyles();
  const entries = useMemo(
    () => (state.snapshot?.chases ?? []).filter((e) => e.lineKey === lineKey).sort((a, b) => b.date - a.date || b.loggedAt.localeCompare(a.loggedAt)),
    [state.snapshot, lineKey],
  );
  return (
    <section className={styles.section} aria-labelledby="history-title">
      <h3 id="history-title" className={styles.h3}>
        {t("historyTitle")}
      </h3>
      {entries.length === 0 ? (
        <p className={styles.muted} style={{ margin: 0 }}>
          {t("noHistory")}
        </p>
      ) : (
        <ul className={styles.list} data-testid="history">
          {entries.map((e, i) => (
            <li key={`${e.loggedAt}-${i}`}>
              <div>{t("historyItem", { date: showDate(e.date, "", ""), channel: channelLabel(e.channel, lang), outcome: outcomeLabel(e.outcome, lang) })}</div>
              <div className={styles.muted}>
                {[
                  e.newPromised !== null ? t("historyPromise", { from: showDate(e.previousPromised, t("blank"), ""), to: showDate(e.newPromised, "", "") }) : "",
                  e.delayReason === null ? "" : delayReasonLabel(e.delayReason, lang),
                  e.contact ?? "",
                  e.note ?? "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
