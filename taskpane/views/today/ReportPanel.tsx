import { useState } from "react";
import { Button, MessageBar, MessageBarBody, type MessageBarIntent } from "@fluentui/react-components";
import type { FollowUpReportResult } from "../../../commands/followUpReport";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { copyMessage } from "../../components/clipboard";

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
