import type { ChaseEntry, PoLine, Serial } from "../model";
import type { Lang } from "../i18n/i18n";
import type { Settings } from "../settings/settings";
import type { Period } from "../dates/period";
import type { LineStatus } from "../followup/types";
import type { KpiHistoryRecord } from "./kpiHistory";
import type { SalesOrderImpact } from "../impact/customerImpact";

/** What the report is built from. Statuses come from src/followup's evaluateRegister at `asOf`. */
export interface ReportInput {
  register: { name: string; lines: readonly PoLine[] };
  statuses: readonly LineStatus[];
  chases: readonly ChaseEntry[];
  settings: Settings;
  asOf: Serial;
  period: Period;
  /** When the report was built, as the caller's clock shows it (ISO timestamp); shown as text. */
  generatedAt: string;
  lang: Lang;
  /**
   * The KpiHistory table as read from the workbook. The previous period's snapshot figures
   * (confirmation rate, lines overdue) come from its row: the register keeps no past states.
   */
  history?: readonly KpiHistoryRecord[];
  /** The pipeline's customer impact (WorkbookModel.customerImpact); absent without a sales-order column. */
  customerImpact?: readonly SalesOrderImpact[];
}
