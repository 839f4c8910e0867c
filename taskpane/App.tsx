import { Suspense, useEffect, useMemo, useRef, type RefObject } from "react";
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { I18nContext, makeI18n, useI18n } from "./state/i18n";
import { StoreContext, useApp } from "./state/context";
import type { AppStore, View } from "./state/store";
import type { Environment, ThemeName } from "./state/environment";
import { Header } from "./components/Header";
import { Notice } from "./components/Notice";
import { Shortcuts } from "./components/Shortcuts";
import { LoadState } from "./components/LoadState";
import { TodayView } from "./views/today/TodayView";

import { lazyView } from "./views/lazyView";
import { useStyles } from "./components/styles";

// Today is what the pane opens on; the other views load on first use (the page's JavaScript is budgeted).
const LineView = lazyView(() => import(/* webpackChunkName: "view-line" */ "./views/line/LineView").then((m) => m.LineView));
const SetupView = lazyView(() => import(/* webpackChunkName: "view-setup" */ "./views/setup/SetupView").then((m) => m.SetupView));
const SettingsView = lazyView(() =>
  import(/* webpackChunkName: "view-settings" */ "./views/settings/SettingsView").then((m) => m.SettingsView),
);
const PlanView = lazyView(() => import(/* webpackChunkName: "view-plan" */ "./views/plan/PlanView").then((m) => m.PlanView));

/** Loads every view's code (tests, and the pane once Today is on screen). */
export function preloadViews(): Promise<void> {
  return Promise.all([LineView.preload(), SetupView.preload(), SettingsView.preload(), PlanView.preload()]).then(() => undefined);
}

const THEMES: Record<ThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };
const VIEWS: readonly View[] = ["today", "line", "setup", "settings", "plan"];
/** Five tabs do not fit in one row of a 320 px pane in English: the last one goes to a second row. */
const NAV_WRAP = { flexWrap: "wrap" } as const;

export interface AppProps {
  store: AppStore;
  env: Environment;
}

/** The task pane: the same component in Excel and in the playground. */
export function App({ store, env }: AppProps) {
  const i18n = useMemo(() => makeI18n(env.lang), [env.lang]);
  useEffect(() => {
    void store.load();
    return () => store.dispose();
  }, [store]);
  return (
    <StoreContext.Provider value={store}>
      <I18nContext.Provider value={i18n}>
        <FluentProvider theme={THEMES[env.theme]} lang={env.lang} style={{ minHeight: "100%" }}>
          <Shell />
        </FluentProvider>
      </I18nContext.Provider>
    </StoreContext.Provider>
  );
}

function Shell() {
  const [state, store] = useApp();
  const { t } = useI18n();
  const styles = useStyles();
  const shell = useRef<HTMLDivElement>(null);
  useViewShortcuts(store);
  useNewDayRefresh(store);
  useTopOnViewChange(shell, state.view);
  const ready = state.phase === "ready";
  useEffect(() => {
    // Once the first view is up, fetch the others in the background: the first click never waits.
    if (state.phase === "ready" || state.phase === "setup") void Promise.all([preloadViews(), store.preload()]).catch(() => undefined);
  }, [state.phase]);
  return (
    <div className={styles.app} ref={shell}>
      <Header />
      {ready && (
        <TabList
          selectedValue={state.view}
          onTabSelect={(_, data) => store.setView(data.value as View)}
          aria-label={t("navLabel")}
          size="small"
          style={NAV_WRAP}
        >
          <Tab value="today">{t("navToday")}</Tab>
          <Tab value="line">{t("navLine")}</Tab>
          <Tab value="setup">{t("navSetup")}</Tab>
          <Tab value="settings">{t("navSettings")}</Tab>
          <Tab value="plan">{t("navPlan")}</Tab>
        </TabList>
      )}
      <Notice />
      <main className={styles.main} aria-busy={state.phase === "loading"}>
        {state.phase === "loading" || state.phase === "error" ? <LoadState /> : null}
        <Suspense fallback={<Spinner size="small" label={t("loading")} />}>
          {state.phase === "setup" && <SetupView />}
          {ready && state.view === "today" && <TodayView />}
          {ready && state.view === "line" && <LineView />}
          {ready && state.view === "setup" && <SetupView />}
          {ready && state.view === "settings" && <SettingsView />}
          {ready && state.view === "plan" && <PlanView />}
        </Suspense>
      </main>
      <Shortcuts />
    </div>
  );
}

/**
 * A view opens at its top: the scroll position was the previous view's (Set up scrolled down to
 * "Use this table" opened Today in the middle). Whatever scrolls the pane — the document in Excel,
 * a box in the playground — is an ancestor of the shell.
 */
function useTopOnViewChange(shell: RefObject<HTMLDivElement | null>, view: View): void {
  useEffect(() => {
    for (let box = shell.current?.parentElement; box; box = box.parentElement) if (box.scrollTop > 0) box.scrollTop = 0;
  }, [shell, view]);
}

/** A pane left open overnight shows today's list again as soon as it is looked at. */
function useNewDayRefresh(store: AppStore): void {
  useEffect(() => {
    const check = () => {
      if (document.visibilityState !== "hidden") void store.refreshIfNewDay();
    };
    window.addEventListener("focus", check);
    document.addEventListener("visibilitychange", check);
    return () => {
      window.removeEventListener("focus", check);
      document.removeEventListener("visibilitychange", check);
    };
  }, [store]);
}

/** Alt+1…Alt+5 switch views (documented in the Keyboard section). */
function useViewShortcuts(store: AppStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = ["Digit1", "Digit2", "Digit3", "Digit4", "Digit5"].indexOf(event.code);
      if (index < 0 || store.getState().phase !== "ready") return;
      event.preventDefault();
      store.setView(VIEWS[index]);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [store]);
}
