import { useEffect, useRef, useState } from "react";
import { MessageBar, MessageBarBody, Switch } from "@fluentui/react-components";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { translator } from "../../../src/i18n/i18n";
import { startupBehaviorCatalog } from "../../../src/i18n/catalogs/startupBehavior";
import { useStyles } from "../../components/styles";
import { checkStartupSwitch, flipStartupSwitch, initialStartupSwitch, type StartupSwitchState } from "./startupSwitch";

/**
 * Settings › Ribbon: load PO Follow-up when this workbook opens, so the ribbon's first click works (office-js#5176).
 * Off by default, per workbook; it acts at once (no Save), outside the Rules form so Enter there never flips it.
 */
export function StartupSection() {
  const [, store] = useApp();
  const services = store.services;
  const [state, setState] = useState<StartupSwitchState>(() => initialStartupSwitch(services));
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    let live = true;
    void checkStartupSwitch(services).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [services]);
  const onToggle = (on: boolean) => void flipStartupSwitch(services, latest.current, on, setState).then(setState);
  return <StartupSwitchView state={state} onToggle={onToggle} />;
}

/** The section as drawn for a state (the tests render it for each). */
export function StartupSwitchView({ state, onToggle }: { state: StartupSwitchState; onToggle: (on: boolean) => void }) {
  const { lang } = useI18n();
  const t = translator(startupBehaviorCatalog, lang);
  const styles = useStyles();
  if (state.kind === "absent") return null;
  const ready = state.kind === "ready";
  const reason =
    state.kind === "checking"
      ? t("loadWithWorkbookChecking")
      : state.kind === "unavailable"
        ? state.reason === "needsSharedRuntime"
          ? t("loadWithWorkbookNeedsSharedRuntime")
          : state.reason === "notInExcel"
            ? t("loadWithWorkbookNotInExcel")
            : t("loadWithWorkbookReadFailed", { message: state.message ?? "" }) // the read failed: nothing was being changed
        : null;
  return (
    <section className={styles.section} aria-labelledby="startup-title" data-testid="startup-section">
      <h3 id="startup-title" className={styles.h3}>
        {t("startupTitle")}
      </h3>
      <Switch
        label={t("loadWithWorkbook")}
        checked={ready && state.on}
        disabled={!ready || state.saving}
        onChange={(_, d) => onToggle(d.checked)}
        aria-describedby="startup-help"
        data-testid="load-with-workbook"
      />
      <p id="startup-help" className={styles.muted} style={{ margin: 0 }} role={reason ? "status" : undefined} data-testid="startup-help">
        {reason ?? t("loadWithWorkbookHelp")}
      </p>
      {ready && state.inMemory && (
        <p className={styles.muted} style={{ margin: 0 }} data-testid="startup-in-memory">
          {t("loadWithWorkbookInMemory")}
        </p>
      )}
      {ready && state.outcome && (
        <p role="status" style={{ margin: 0 }} data-testid="startup-outcome">
          {t(state.outcome === "turnedOn" ? "loadWithWorkbookOn" : "loadWithWorkbookOff")}
        </p>
      )}
      {ready && state.failure && (
        <MessageBar intent="error" data-testid="startup-failure">
          <MessageBarBody>{t("loadWithWorkbookFailed", { message: state.failure })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
