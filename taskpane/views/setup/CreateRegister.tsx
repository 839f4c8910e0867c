import { useState } from "react";
import { Button, Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useStore } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { messageOf } from "../../state/store";
import { useStyles } from "../../components/styles";

/** "Create a new register": the Register and Chases tables, optionally with sample rows. */
export function CreateRegister() {
  const store = useStore();
  const { t } = useI18n();
  const styles = useStyles();
  const [withSample, setWithSample] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      await store.createRegister(withSample);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.card} aria-labelledby="create-title">
      <h3 id="create-title" className={styles.h3}>
        {t("createTitle")}
      </h3>
      <Checkbox checked={withSample} onChange={(_, d) => setWithSample(d.checked === true)} label={t("withSample")} />
      <Button appearance="primary" onClick={() => void create()} disabledFocusable={busy} data-testid="create-register">
        {busy ? t("creating") : t("createButton")}
      </Button>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
