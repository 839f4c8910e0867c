import { useI18n } from "../state/i18n";
import { useStyles } from "./styles";

/** The keyboard shortcuts, documented where the buyer can find them. */
export function Shortcuts() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <footer className={styles.footer}>
      <details>
        <summary>{t("shortcutsTitle")}</summary>
        <p style={{ margin: "4px 0 0" }}>{t("shortcutsText")}</p>
      </details>
    </footer>
  );
}
