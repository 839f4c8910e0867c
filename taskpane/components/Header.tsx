import { Button } from "@fluentui/react-components";
import { useApp } from "../state/context";
import { useI18n } from "../state/i18n";
import { showDate } from "./format";
import { useStyles } from "./styles";

export function Header() {
  const [state, store] = useApp();
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{t("appTitle")}</h1>
      <span className={styles.headerSide}>
        <span className={styles.muted}>{t("asOf", { date: showDate(state.asOf, "", "") })}</span>
        {state.phase === "ready" && (
          <Button size="small" appearance="subtle" onClick={() => void store.load()}>
            {t("refresh")}
          </Button>
        )}
      </span>
    </header>
  );
}
