import { useMemo } from "react";
import type { LineStatus } from "../../../src/followup/types";
import type { ChaseEntry, Serial } from "../../../src/model";
import { lineTimeline, type TimelineEvent } from "../../../src/followup/lineTimeline";
import { stageCode } from "../../../src/followup/stage";
import { translator, type Lang, type Translate } from "../../../src/i18n/i18n";
import { timelineCatalog, type TimelineKey } from "../../../src/i18n/catalogs/timeline";
import { channelLabel, outcomeLabel } from "../../../src/register/chaseLog";
import { formatIsoDate } from "../../../src/dates/serial";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { showNumber } from "../../components/format";
import { stageLabel } from "../../components/stageLabel";

type TT = Translate<TimelineKey>;

/**
 * The line's life in date order: stage dates planned vs actual, receipt, inspection and returns, chases,
 * and Today between what happened and what is planned; above it the current stage and the stage risk in words.
 */
export function LineTimeline({ status, chases, asOf }: { status: LineStatus; chases: readonly ChaseEntry[] | undefined; asOf: Serial }) {
  const { t: tp, lang } = useI18n();
  const styles = useStyles();
  const t = translator(timelineCatalog, lang);
  const events = useMemo(() => lineTimeline(status, chases ?? [], asOf), [status, chases, asOf]);
  const code = typeof status.line.stage === "string" ? (stageCode(status.line.stage) ?? status.line.stage.trim()) : "";
  const risk = riskText(status, t);
  return (
    <section className={styles.section} aria-labelledby="timeline-title" data-testid="line-timeline">
      <h3 id="timeline-title" className={styles.h3}>
        {t("title")}
      </h3>
      {code !== "" && <p style={{ margin: 0 }} data-testid="timeline-stage">{t("stageNow", { stage: stageLabel(code, tp) })}</p>}
      {risk && (
        <p style={{ margin: 0, fontWeight: risk.atRisk ? 600 : undefined }} className={risk.atRisk ? undefined : styles.muted} data-testid="timeline-risk" data-at-risk={risk.atRisk}>
          {risk.text}
        </p>
      )}
      <ol className={styles.list} data-testid="timeline">
        {events.map((event, i) => (
          <li
            key={`${event.kind}-${i}`}
            data-kind={event.kind}
            data-date={event.date === null ? "" : formatIsoDate(event.date)}
            style={{ display: "flex", gap: 8, overflowWrap: "anywhere", fontWeight: event.kind === "today" ? 600 : undefined }}
          >
            <span className={styles.muted} style={{ flex: "none", minWidth: "5.5rem", fontVariantNumeric: "tabular-nums" }}>
              {event.date === null ? "—" : formatIsoDate(event.date)}
            </span>
            <span style={{ minWidth: 0 }}>
              {eventText(event, t, lang)}
              {event.kind !== "today" && <span className={styles.muted}>{` · ${event.done ? t("done") : t("planned")}`}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function eventText(event: TimelineEvent, t: TT, lang: Lang): string {
  const qty = (n: number | undefined) => showNumber(n ?? 0, lang, "", "");
  switch (event.kind) {
    case "received":
      return t("received", { qty: event.qty === undefined ? "" : qty(event.qty) }).trim();
    case "inspected":
      return t("inspected", { accepted: qty(event.accepted), rejected: qty(event.rejected) });
    case "returned":
      return t("returned", { qty: qty(event.qty) });
    case "chase": {
      const chase = event.chase!;
      const text = t("chase", { channel: channelLabel(chase.channel, lang), outcome: outcomeLabel(chase.outcome, lang) });
      return chase.newPromised === null ? text : `${text} · ${t("chasePromise", { date: formatIsoDate(chase.newPromised) })}`;
    }
    default:
      return t(event.kind);
  }
}

/** The stage risk in words; null for a line that is not followed up (received, cancelled, closed, on hold). */
function riskText(status: LineStatus, t: TT): { text: string; atRisk: boolean } | null {
  const shipment = status.shipment;
  if (!shipment) return null;
  const date = (serial: Serial | null | undefined) => (typeof serial === "number" ? formatIsoDate(serial) : "—");
  if (shipment.risk === "notShipped") return { text: t("riskNotShipped", { date: date(shipment.shipBy), days: shipment.transitDays }), atRisk: true };
  if (shipment.risk === "etaAfterCommitted") {
    const eta = typeof status.line.eta === "number" ? status.line.eta : null;
    return { text: t("riskEtaAfterCommitted", { eta: date(eta), committed: date(typeof status.committed === "number" ? status.committed : null) }), atRisk: true };
  }
  if (shipment.inTransit) {
    const ref = [shipment.carrier, shipment.tracking].filter(Boolean).join(" ");
    return { text: ref ? t("inTransit", { ref }) : t("inTransitNoRef"), atRisk: false };
  }
  return { text: t("noRisk"), atRisk: false };
}
