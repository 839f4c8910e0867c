import { Suspense, memo, useCallback, useMemo, useState, type MouseEvent } from "react";
import { Badge, Button, Spinner, tokens } from "@fluentui/react-components";
import type { Serial } from "../../../src/model";
import type { ChaseGroup, ChaseReason } from "../../../src/followup/types";
import { CHASE_REASONS_BY_URGENCY } from "../../../src/followup/chaseReason";
import { chaseGroupOfPo, hasSeveralPos, poNumbersOf } from "../../../src/followup/chaseGroupsByPo";
import { useStore } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { showDate, showMoney } from "../../components/format";
import { lineSummary } from "../../components/lineLabels";
import { lazyView } from "../lazyView";
import type { Prediction } from "../../../src/predict/predictArrival";
import { LogForAll } from "./LogForAll";
import { CARD_LINES } from "./progressive";

// The letter's code and texts load on the first "Draft message" (the task-pane page's JavaScript is
// budgeted); pointing at a card's buttons fetches them ahead, so a click rarely waits.
const DraftMessage = lazyView(() => import(/* webpackChunkName: "draft" */ "./DraftMessage").then((m) => m.DraftMessage));
const preloadDraft = () => void DraftMessage.preload();

const BADGE_COLOR: Record<ChaseReason, "danger" | "severe" | "warning" | "important" | "informative"> = {
  overdue3: "danger",
  overdue2: "severe",
  overdue1: "warning",
  unconfirmed: "important",
  preDue: "informative",
};

/** "po:<number>": the letter for that PO only. */
type Panel = "none" | "draft" | "log" | `po:${string}`;

/** A held-back card is greyed (still readable: grey 3 on background 3 keeps AA contrast) and dashed. */
const HELD_BACK_CARD = { backgroundColor: tokens.colorNeutralBackground3, borderStyle: "dashed", color: tokens.colorNeutralForeground3 } as const;

/**
 * One supplier on today's list: counts by reason, value at risk, its lines and the two actions.
 * A supplier held back by the minimum gap between chases is greyed and says when it is next chased
 * and why (its last chase, the gap); it offers no letter, but its lines open and a chase can be logged.
 * Renders again only when its group or the date changes (not on every change of the store).
 */
export const SupplierCard = memo(function SupplierCard({
  group,
  asOf,
  predictionOf,
}: {
  group: ChaseGroup;
  asOf: Serial;
  /** Predicted arrivals, once worked out (usePredictionsAfterPaint): a line expected after its due date says when. */
  predictionOf?: (lineKey: string) => Prediction | undefined;
}) {
  const store = useStore();
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [panel, setPanel] = useState<Panel>("none");
  const [showAll, setShowAll] = useState(false);
  const headingId = `supplier-${encodeURIComponent(group.supplier).replace(/%/g, "")}`;
  const lines = useMemo(() => (showAll ? group.lines : group.lines.slice(0, CARD_LINES)), [group, showAll]);
  const hasValue = Object.keys(group.valueAtRisk).length > 0;
  const toggle = (next: Panel) => setPanel((p) => (p === next ? "none" : next));
  const openLine = useCallback((event: MouseEvent<HTMLButtonElement>) => store.openLine(event.currentTarget.dataset.lineKey ?? ""), [store]);
  // One handler for every PO's button (a card may have hundreds): the PO is the button's data-po.
  const togglePo = useCallback((event: MouseEvent<HTMLButtonElement>) => {
    const next: Panel = `po:${event.currentTarget.dataset.po ?? ""}`;
    setPanel((p) => (p === next ? "none" : next));
  }, []);
  const held = group.heldBack;
  // A letter per PO is offered when the supplier has several (with one, the supplier's letter is that PO's):
  // one button for each PO of the lines shown (all of them once the card shows every line), not hundreds.
  // The PO numbers only: a PO's own group (a chase list of its lines) is built when its letter is opened.
  const severalPos = useMemo(() => !held && hasSeveralPos(group), [group, held]);
  const pos = useMemo(() => (severalPos ? poNumbersOf({ lines }) : []), [severalPos, lines]);
  const openPo = panel.startsWith("po:") ? panel.slice(3) : null;
  const poGroup = useMemo(() => (openPo === null ? null : chaseGroupOfPo(group, openPo, asOf)), [group, openPo, asOf]);

  return (
    <article
      className={styles.card}
      style={held ? HELD_BACK_CARD : undefined}
      aria-labelledby={headingId}
      data-testid="supplier-card"
      data-supplier={group.supplier}
      data-held-back={held ? "true" : undefined}
      data-next-chase={held ? showDate(held.until, "", "") : undefined}
      onPointerEnter={preloadDraft}
      onFocus={preloadDraft}
    >
      <h3 id={headingId} className={styles.h3}>
        {group.supplier || "?"}
      </h3>
      {held && (
        <div data-testid="held-back-note">
          <Badge appearance="outline" color="informative">
            {t("heldBackBadge")}
          </Badge>{" "}
          <strong>{t("heldBackNext", { date: showDate(held.until, "", "") })}</strong>
          <div className={styles.muted}>{t("heldBackWhy", { lastChase: showDate(held.lastSupplierChase, "", ""), count: held.minGap })}</div>
        </div>
      )}
      {group.ordersAtRisk && (
        <div data-testid="orders-at-risk">
          <Badge appearance="filled" color="danger">
            {t("atRiskBadge")}
          </Badge>{" "}
          {t("atRiskOrders", {
            orders: group.ordersAtRisk
              .map((o) =>
                o.customer
                  ? t("atRiskOrder", { salesOrder: o.salesOrder, customer: o.customer, days: o.daysLate })
                  : t("atRiskOrderNoCustomer", { salesOrder: o.salesOrder, days: o.daysLate }),
              )
              .join(lang === "en" ? "; " : "；"),
          })}
        </div>
      )}
      <div className={styles.row} data-testid="reason-counts">
        {CHASE_REASONS_BY_URGENCY.filter((r) => group.counts[r] > 0).map((reason) => (
          <Badge key={reason} appearance="tint" color={BADGE_COLOR[reason]} data-reason={reason} data-count={group.counts[reason]}>
            {t(`reason_${reason}`)}: {group.counts[reason]}
          </Badge>
        ))}
      </div>
      <div className={styles.muted}>
        {t("linesCount", { count: group.lines.length })} · {t("valueAtRisk", { value: hasValue ? showMoney(group.valueAtRisk, lang) : t("noValue") })}
      </div>
      <ul className={styles.list} aria-label={group.supplier}>
        {lines.map((status) => (
          <li key={status.line.key}>
            <button type="button" className={styles.lineRow} onClick={openLine} data-line-key={status.line.key}>
              {lineSummary(status, t, lang)}
              <ExpectedArrival status={status} prediction={predictionOf?.(status.line.key)} />
            </button>
          </li>
        ))}
      </ul>
      {group.lines.length > CARD_LINES && !showAll && (
        <Button size="small" appearance="transparent" onClick={() => setShowAll(true)}>
          {t("problemsMore", { count: group.lines.length - CARD_LINES })}
        </Button>
      )}
      <div className={styles.row}>
        {!held && (
          <Button size="small" aria-expanded={panel === "draft"} onClick={() => toggle("draft")}>
            {panel === "draft" ? t("hideDraft") : t("draftMessage")}
          </Button>
        )}
        <Button size="small" aria-expanded={panel === "log"} onClick={() => toggle("log")}>
          {t("logForAll")}
        </Button>
      </div>
      {severalPos && (
        <div className={styles.row} role="group" aria-label={t("draftPerPo")} data-testid="draft-per-po">
          <span className={styles.muted}>{t("draftPerPo")}</span>
          {pos.map((po) => (
            <button key={po} type="button" className={styles.smallButton} aria-label={t("draftForPo", { po })} aria-expanded={panel === `po:${po}`} onClick={togglePo} data-po={po}>
              {po}
            </button>
          ))}
        </div>
      )}
      <Suspense fallback={<Spinner size="tiny" />}>
        {panel === "draft" && !held && <DraftMessage group={group} asOf={asOf} />}
        {openPo !== null && poGroup && <DraftMessage key={openPo} group={poGroup} asOf={asOf} />}
      </Suspense>
      {panel === "log" && <LogForAll group={group} onDone={() => setPanel("none")} />}
    </article>
  );
});

/** " · expected 2026-11-27" when the predicted arrival (P50) is later than the line's due date. */
function ExpectedArrival({ status, prediction }: { status: ChaseGroup["lines"][number]; prediction: Prediction | undefined }) {
  const { t } = useI18n();
  if (!prediction || typeof status.due !== "number" || prediction.p50 <= status.due) return null;
  return <span data-testid="expected-arrival">{` · ${t("expectedArrival", { date: showDate(prediction.p50, "", "") })}`}</span>;
}
