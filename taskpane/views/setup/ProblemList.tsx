import { useState } from "react";
import { Button } from "@fluentui/react-components";
import type { CellIssue } from "../../../src/model";
import { describeIssue } from "../../../src/register/describeIssue";
import { useStore } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";

const SHOWN = 50;

/** The rows with problems; choosing one selects its cell in the sheet. */
export function ProblemList({ issues }: { issues: readonly CellIssue[] }) {
  const store = useStore();
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? issues : issues.slice(0, SHOWN);
  return (
    <section className={styles.section} aria-labelledby="problems-title">
      <h4 id="problems-title" className={styles.h3} style={{ margin: 0 }}>
        {t("problemsTitle")} ({t("problemsCount", { count: issues.length })})
      </h4>
      {issues.length === 0 ? (
        <p className={styles.muted} style={{ margin: 0 }}>
          {t("problemsNone")}
        </p>
      ) : (
        <ul className={styles.list} data-testid="problem-list">
          {shown.map((issue, i) => {
            const address = `${issue.sheet}!${issue.column}${issue.row}`;
            const message = describeIssue(issue, lang);
            return (
              <li key={`${address}-${issue.code}-${i}`}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.lineButton}
                  aria-label={t("problemSelect", { address, message })}
                  onClick={() => void store.services.selectCell(`'${issue.sheet}'!${issue.column}${issue.row}`).catch(() => undefined)}
                >
                  {message}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {!all && issues.length > SHOWN && (
        <Button size="small" appearance="transparent" onClick={() => setAll(true)}>
          {t("problemsMore", { count: issues.length - SHOWN })}
        </Button>
      )}
    </section>
  );
}
