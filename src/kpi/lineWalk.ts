/**
 * The one walk over the line statuses that every per-line KPI tally shares: each line is classified
 * once — its outcome for the period, its confirmation class at asOf, its ageing slot — and handed
 * to `visit`, which adds it to whichever tallies the caller keeps (all of them in computeKpis, the
 * suppliers' in supplierScorecard).
 */
import type { Serial } from "../model";
import type { LineStatus } from "../followup/types";
import type { Settings } from "../settings/settings";
import type { WorkCalendar } from "../dates/calendar";
import { ageingSlot } from "./ageing";
import { confirmationClass, confirmationContext, type ConfirmationClass } from "./confirmation";
import type { PeriodRange } from "./periodRange";
import { periodOutcome, type PeriodOutcome } from "./population";

export type LineVisitor = (status: LineStatus, outcome: PeriodOutcome, confirmation: ConfirmationClass, ageingSlot: number) => void;

export function walkLines(
  statuses: readonly LineStatus[],
  settings: Settings,
  period: PeriodRange,
  asOf: Serial,
  calendar: WorkCalendar | undefined,
  visit: LineVisitor,
): void {
  const confirmation = confirmationContext(settings, asOf, calendar);
  for (const status of statuses)
    visit(status, periodOutcome(status, period, asOf, settings), confirmationClass(status, confirmation), ageingSlot(status));
}
