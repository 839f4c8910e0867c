import { useState } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ChaseGroup } from "../../../src/followup/types";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { ChaseFields } from "../../components/ChaseFields";
import { useSaveOnEnter } from "../../components/useSaveOnEnter";
import { EMPTY_FORM, readChaseForm, type ChaseFormText } from "../../state/chaseFormText";

/** "Log chase for all": one chase entry per line of the supplier, written in one batch. */
export function LogForAll({ group, onDone }: { group: ChaseGroup; onDone: () => void }) {
  const [state, store] = useApp();
  const { t } = useI18n();
  const styles = useStyles();
  const [text, setText] = useState<ChaseFormText>(EMPTY_FORM);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const reasons = (state.snapshot?.settings.delayReasons ?? []).map((r) => r.code);

  const save = async () => {
    const read = readChaseForm(text);
    if (!read.draft || saving) return;
    setSaving(true);
    setError(null);
    const result = await store.logChases(group.lines, read.draft, (count) => t("logged", { count }));
    setSaving(false);
    if (result.ok) onDone();
    else setError(result.message);
  };

  const formProps = useSaveOnEnter(save);

  return (
    <form
      className={styles.section}
      aria-label={t("logForAllConfirm", { count: group.lines.length, supplier: group.supplier })}
      {...formProps}
    >
      <ChaseFields text={text} onChange={(patch) => setText((x) => ({ ...x, ...patch }))} errors={{}} delayReasons={reasons} perLine={false} />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("saveFailed", { message: error })}</MessageBarBody>
        </MessageBar>
      )}
      <Button type="submit" appearance="primary" size="small" disabled={saving}>
        {saving ? t("saving") : t("logForAllConfirm", { count: group.lines.length, supplier: group.supplier })}
      </Button>
    </form>
  );
}
