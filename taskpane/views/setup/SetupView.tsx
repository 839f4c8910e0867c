import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { CreateRegister } from "./CreateRegister";
import { UseMyTable } from "./UseMyTable";

/** First run (no register found): create a register, or use the buyer's own table. Later: re-map it (first), or create one. */
export function SetupView() {
  const [state] = useApp();
  const { t } = useI18n();
  const styles = useStyles();
  // With a register in use, re-mapping it is the usual errand; creating one is the exception.
  const registerFound = state.phase === "ready";
  return (
    <section className={styles.section} aria-labelledby="setup-title" data-testid="setup-view">
      <h2 id="setup-title" className={styles.h2}>
        {t("setupTitle")}
      </h2>
      {state.phase === "setup" && <p style={{ margin: 0 }}>{t("setupIntro")}</p>}
      {registerFound ? (
        <>
          <UseMyTable />
          <CreateRegister registerFound />
        </>
      ) : (
        <>
          <CreateRegister registerFound={false} />
          <UseMyTable />
        </>
      )}
    </section>
  );
}
