import type { Prediction } from "../../../src/predict/predictArrival";
import { predictionReason } from "../../../src/predict/reason";
import { predictCatalog } from "../../../src/i18n/catalogs/predict";
import { translator } from "../../../src/i18n/i18n";
import { formatIsoDate } from "../../../src/dates/serial";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";

/** Most slips listed before "…": the supplier's last 20 receipts fit; more would crowd a 320 px pane. */
const MAX_SLIPS_SHOWN = 20;

/**
 * The predicted arrival of the line (the pipeline's, src/predict): P50 and P90, the reason in words,
 * and the slips it rests on, so the buyer can judge it rather than trust it.
 */
export function LinePrediction({ prediction }: { prediction: Prediction | undefined }) {
  const { lang } = useI18n();
  const styles = useStyles();
  if (!prediction) return null;
  const t = translator(predictCatalog, lang);
  const { basis } = prediction;
  const slips = [...basis.receipts, ...basis.promiseMoves.map((m) => `≥${m}`)];
  const shown = slips.slice(0, MAX_SLIPS_SHOWN).map(String).join(", ") + (slips.length > MAX_SLIPS_SHOWN ? ", …" : "");
  return (
    <div data-testid="line-prediction">
      <h3 className={styles.h3}>{t("title")}</h3>
      <dl className={styles.facts}>
        <dt className={styles.dt}>{t("p50")}</dt>
        <dd className={styles.dd} data-fact="p50">
          {formatIsoDate(prediction.p50)}
        </dd>
        <dt className={styles.dt}>{t("p90")}</dt>
        <dd className={styles.dd} data-fact="p90">
          {formatIsoDate(prediction.p90)}
        </dd>
      </dl>
      <p className={styles.muted} data-fact="reason" style={{ margin: 0 }}>
        {predictionReason(basis, lang)}
      </p>
      <p className={styles.muted} data-fact="slips" style={{ margin: 0 }}>
        {t("slipsTitle")}: {slips.length > 0 ? shown : t("noSlips")}
      </p>
    </div>
  );
}
