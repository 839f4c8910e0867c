/**
 * A view whose code loads on first use (the task-pane page's JavaScript is budgeted): it suspends
 * until its chunk is there (React's Suspense protocol: a thrown promise), then renders directly.
 * `preload()` fetches it ahead — the pane does so once Today is on screen, so a click never waits.
 * A chunk that fails to load (network, a redeploy) says so with a retry, instead of a blank view.
 */
import { useState, type ComponentType } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useI18n } from "../state/i18n";

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload(): Promise<void> } {
  let loaded: ComponentType<P> | null = null;
  let failure: unknown = null;
  let pending: Promise<void> | null = null;
  // Settles either way, so the suspended view renders again and shows the view or the failure.
  const preload = (): Promise<void> =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        failure = error;
        pending = null;
      },
    ));
  const View = (props: P) => {
    const [, setAttempt] = useState(0);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (failure !== null)
      return (
        <ViewLoadFailed
          onRetry={() => {
            failure = null;
            setAttempt((n) => n + 1);
          }}
        />
      );
    throw preload();
  };
  return Object.assign(View, { preload });
}

function ViewLoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error">
      <MessageBarBody>{t("viewLoadFailed")}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t("retry")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
