import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useApp } from "../state/context";
import { useI18n } from "../state/i18n";

/** The last action's result ("3 chases logged."), announced politely to screen readers. */
export function Notice() {
  const [state, store] = useApp();
  const { t } = useI18n();
  if (!state.notice) return null;
  return (
    <div style={{ padding: "0 12px" }}>
      <MessageBar intent="success" politeness="polite" data-testid="notice">
        <MessageBarBody>{state.notice}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={store.dismissNotice}>
            {t("dismiss")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
