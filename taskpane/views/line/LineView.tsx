import { useEffect } from "react";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { poLabel } from "../../components/lineLabels";
import { LineFacts } from "./LineFacts";
import { LinePrediction } from "./LinePrediction";
import { LineCustomerImpact } from "./LineCustomerImpact";
import { ChaseHistory } from "./ChaseHistory";
import { LineTimeline } from "./LineTimeline";
import { ChaseForm } from "./ChaseForm";

/** The line under the selection (or opened from Today): its status, history and the chase form. */
export function LineView() {
  const [state, store] = useApp();
  const { t } = useI18n();
  const styles = useStyles();
  useEffect(() => {
    if (!state.selectedKey) void store.syncSelection();
  }, [store, state.selectedKey]);
  const status = store.statusOf(state.selectedKey);
  if (!status) {
    return (
      <section className={styles.section} data-testid="line-view">
        <h2 className={styles.h2}>{t("lineTitle")}</h2>
        <p>{state.selectionOutside ? t("notARegisterRow") : t("selectALine")}</p>
      </section>
    );
  }
  return (
    <section className={styles.section} aria-labelledby="line-title" data-testid="line-view" data-line-key={status.line.key}>
      <h2 id="line-title" className={styles.h2}>
        {poLabel(status)} · {status.line.supplier ?? ""}
      </h2>
      {status.line.description && <p className={styles.muted} style={{ margin: 0 }}>{status.line.description}</p>}
      <LineFacts status={status} />
      <LinePrediction prediction={state.snapshot?.predictionOf?.(status.line.key)} />
      <LineCustomerImpact lineKey={status.line.key} impact={state.snapshot?.customerImpact} />
      <LineTimeline status={status} chases={state.snapshot?.chases} asOf={state.asOf} />
      <ChaseForm key={status.line.key} status={status} />
      <ChaseHistory lineKey={status.line.key} />
    </section>
  );
}
