import { useState } from "react";
import { Button, MessageBar, MessageBarBody, type MessageBarIntent } from "@fluentui/react-components";
import type { FollowUpReportResult } from "../../../commands/followUpReport";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { copyMessage } from "../../components/clipboard";
import { messageOf } from "../../state/store";

/** "Follow-up report" for Today's header: runs the report command (same as the ribbon button). */
export function RunReportButton() {
  const [state, store] = useApp();
  const { t } = useI18n();
  return (
    <Button size="small" onClick={() => void store.runReport()} disabled={state.reportRunning} data-testid="run-report">
      {state.reportRunning ? t("reportRunning") : t("reportRun")}
    </Button>
  );
}

/**
 * "Customer impact sheet" (issue 13): per sales order, the purchase lines behind it, for sales. Shown
 * only when the register names sales orders; written to a sheet the add-in owns (src/excel/impactSheet).
 */
export function CustomerImpactButton() {
  const [state, store] = useApp();
  const { t } = useI18n();
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState("");
  if (!state.snapshot?.customerImpact || !store.services.writeCustomerImpact) return null;
  const write = async () => {
    setRunning(true);
    try {
      const written = await store.writeCustomerImpact();
      if (written === null) setMessage(t("impactSheetNoName"));
      else if (written)
        setMessage(
          written.clashWith
            ? t("impactSheetClash", { other: written.clashWith, sheet: written.sheet })
            : t("impactSheetWritten", { sheet: written.sheet }),
        );
    } catch (error) {
      setMessage(t("impactSheetFailed", { reason: messageOf(error) }));
    } finally {
      setRunning(false);
    }
  };
  return (
    <div className={styles.row}>
      <Button size="small" onClick={() => void write()} disabled={running} data-testid="write-customer-impact">
        {running ? t("impactSheetRunning") : t("impactSheetRun")}
      </Button>
      <span role="status" aria-live="polite" className={styles.muted} data-testid="customer-impact-message">
        {message}
      </span>
    </div>
  );
}

/**
 * The command's last result (run here or from the ribbon): its message, with the problem count and
 * first cells when the register has problems, and "Copy report summary" (rich HTML + plain text).
 */
export function ReportResult() {
  const [state] = useApp();
  const { t } = useI18n();
  const styles = useStyles();
  const [copied, setCopied] = useState("");
  const report = state.report;
  if (!report) return null;
  const copy = async () => {
    if (!report.summaryText) return;
    setCopied((await copyMessage(report.summaryHtml ?? null, report.summaryText)) ? t("reportSummaryCopied") : t("copyFailed"));
  };
  return (
    <section className={styles.section} aria-labelledby="report-title" data-testid="report-view" data-report-ok={String(report.ok)}>
      <h3 id="report-title" className={styles.h3}>
        {t("reportTitle")}
      </h3>
      <MessageBar intent={intentOf(report)} data-testid="report-message">
        <MessageBarBody>{report.message}</MessageBarBody>
      </MessageBar>
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={!report.summaryText} onClick={() => void copy()} data-testid="copy-report-summary">
          {t("copyReportSummary")}
        </Button>
      </div>
      <span role="status" aria-live="polite" className={styles.muted}>
        {copied}
      </span>
    </section>
  );
}

function intentOf(report: FollowUpReportResult): MessageBarIntent {
  if (!report.ok) return "error";
  return report.issueCount > 0 ? "warning" : "success";
}
