import { useState } from "react";
import { Button, Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useStore } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { messageOf } from "../../state/store";
import { useStyles } from "../../components/styles";

/**
 * "Create a new register": the Register and Chases tables, optionally with sample rows. With a
 * register already in use it is the secondary choice and says what it does; a name that exists is
 * never overwritten, and the pane says so instead of moving on.
 */
export function CreateRegister({ registerFound }: { registerFound: boolean }) {
  const store = useStore();
  const { t } = useI18n();
  const styles = useStyles();
  const [withSample, setWithSample] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const create = async () => {
    setBusy(true);
    setError(null);
    setRefused([]);
    try {
      const creation = await store.createRegister(withSample);
      if (!creation.registerCreated) setRefused(creation.refused);
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
      {registerFound && (
        <p className={styles.muted} style={{ margin: 0 }} data-testid="create-existing">
          {t("createExisting")}
        </p>
      )}
      <Checkbox checked={withSample} onChange={(_, d) => setWithSample(d.checked === true)} label={t("withSample")} />
      <Button
        appearance={registerFound ? "secondary" : "primary"}
        onClick={() => void create()}
        disabledFocusable={busy}
        data-testid="create-register"
      >
        {busy ? t("creating") : t("createButton")}
      </Button>
      {refused.length > 0 && (
        <MessageBar intent="warning" data-testid="create-refused">
          <MessageBarBody>
            {refused.map((name) => t("createRefused", { name })).join(" ")} {t("createUnchanged")}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
