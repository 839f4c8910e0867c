import { useMemo, useState } from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import type { Serial } from "../../../src/model";
import type { ChaseGroup } from "../../../src/followup/types";
import { chaseLetter } from "../../../src/report/chaseLetter";
import { letterOptionsFor } from "../../../src/report/supplierLetters";
import { DEFAULT_SETTINGS } from "../../../src/settings/settings";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { copyMessage } from "../../components/clipboard";

/** The chase letter for one supplier, in its language (else the buyer's), signed from settings: copy (rich + plain), or open in mail. */
export function DraftMessage({ group, asOf }: { group: ChaseGroup; asOf: Serial }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [state] = useApp();
  const settings = state.snapshot?.settings ?? DEFAULT_SETTINGS;
  const letter = useMemo(() => chaseLetter(group, letterOptionsFor(settings, group.supplier, lang, asOf)), [group, settings, lang, asOf]);
  const [result, setResult] = useState<string>("");
  const copy = async (rich: boolean) => setResult((await copyMessage(rich ? letter.html : null, letter.text)) ? t("copied") : t("copyFailed"));
  const textId = `draft-${group.supplier.length}-${group.lines.length}`;
  return (
    <div className={styles.section} role="region" aria-label={t("draftFor", { supplier: group.supplier })} data-testid="draft-message">
      <Field label={t("subject")} size="small">
        <Input value={letter.subject} readOnly />
      </Field>
      <div id={textId} className={styles.draft} tabIndex={0} aria-label={t("draftFor", { supplier: group.supplier })}>
        {letter.text}
      </div>
      <div className={styles.row}>
        <Button size="small" appearance="primary" onClick={() => void copy(true)}>
          {t("copyRich")}
        </Button>
        <Button size="small" onClick={() => void copy(false)}>
          {t("copyPlain")}
        </Button>
        {letter.mailto && (
          <Button size="small" as="a" href={letter.mailto} target="_blank" rel="noreferrer">
            {t("openMail")}
          </Button>
        )}
      </div>
      <span role="status" aria-live="polite" className={styles.muted}>
        {result}
      </span>
    </div>
  );
}
