import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useApp } from "../state/context";
import { useI18n } from "../state/i18n";

/** The first read of the workbook, or why it failed. */
export function LoadState() {
  const [state, store] = useApp();
  const { t } = useI18n();
  if (state.phase === "error") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t("loadFailed", { message: state.error ?? "" })}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => void store.load()}>{t("retry")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <Spinner size="small" label={t("loading")} />;
}
