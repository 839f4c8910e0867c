import type { Outcome, Serial } from "../model";
import type { ChaseGroup, LineStatus } from "../followup/types";
import { chaseList, type OrdersAtRiskByLine } from "../followup/chaseList";
import { currencyKey } from "../kpi/amounts";
import type { CellValue, Column, RowGroup, TableSection } from "./model";
import { numberCell, textCell } from "./cells";
import type { LineLogFacts } from "./chaseLogFacts";
import { levelLabel, type ReportText } from "./labels";
import { outcomeLabel } from "../register/chaseLog";
import { lineCells, lineColumns } from "./lineColumns";
import { formatDate } from "./format";
import { fieldLabel } from "../register/fields";
import type { Lang } from "../i18n/i18n";

const floor = Math.floor; // module-level alias: faster than a global look-up per row under jest's vm

/**
 * 3. To chase now, and 3b. Held back: Today's chase list (src/followup chaseList, the one "chase
 * now" rule), in Today's order. "To chase now" holds the suppliers to chase on asOf; "Held back"
 * the suppliers whose lines are due by their own schedule but whose last chase (on any line) is
 * less than the minimum gap ago: each group says until when and since which chase, and each row
 * shows its next chase date and the supplier's last chase, so no due line is silently left out.
 * `ordersAtRisk` (from the customer impact) puts the suppliers threatening a sales order first, as on Today.
 */
export function toChaseSections(
  statuses: readonly LineStatus[],
  asOf: Serial,
  log: Map<string, LineLogFacts>,
  t: ReportText,
  lang: Lang,
  ordersAtRisk?: OrdersAtRiskByLine,
): [TableSection, TableSection] {
  const groups = chaseList(statuses, asOf, {}, ordersAtRisk);
  const labels: RowLabels = { levels: [0, 1, 2, 3].map((l) => levelLabel(t, l as 0 | 1 | 2 | 3)), outcomes: new Map(), t, lang };
  const now = tableOf(
    groups.filter((g) => !g.heldBack),
    log,
    labels,
    (g, supplier) => t("toChaseGroup", { supplier, count: g.lines.length }),
    false,
  );
  const held = tableOf(
    groups.filter((g) => g.heldBack),
    log,
    labels,
    (g, supplier) =>
      t("heldBackGroup", {
        supplier,
        count: g.lines.length,
        until: formatDate(g.heldBack!.until),
        lastChase: formatDate(g.heldBack!.lastSupplierChase),
      }),
    true,
  );
  return [
    { id: "toChase", kind: "table", title: t("toChaseTitle"), columns: toChaseColumns(t, lang), ...now, emptyText: t("toChaseEmpty") },
    {
      id: "heldBack",
      kind: "table",
      title: t("heldBackTitle"),
      columns: heldBackColumns(t, lang),
      ...held,
      emptyText: t("heldBackEmpty"),
    },
  ];
}

export function toChaseColumns(t: ReportText, lang: Lang): Column[] {
  return [
    ...lineColumns(t, lang),
    { key: "level", header: t("colLevel"), type: "integer" },
    { key: "action", header: t("colAction"), type: "text" },
    { key: "daysLate", header: t("colDaysLate"), type: "days" },
    { key: "openQty", header: t("colOpenQty"), type: "number" },
    { key: "openValue", header: t("colOpenValue"), type: "money", currencyKey: "currency" },
    { key: "currency", header: fieldLabel("currency", lang), type: "text" },
    { key: "lastChase", header: fieldLabel("lastChaseDate", lang), type: "date" },
    { key: "lastOutcome", header: t("colLastOutcome"), type: "text" },
    { key: "delayReason", header: fieldLabel("delayReason", lang), type: "text" },
    { key: "nextChase", header: fieldLabel("nextChaseDate", lang), type: "date" },
  ];
}

/** The to-chase columns with the supplier's last chase (the reason for the wait) before the next chase. */
function heldBackColumns(t: ReportText, lang: Lang): Column[] {
  const columns = toChaseColumns(t, lang);
  columns.splice(columns.length - 1, 0, { key: "supplierLastChase", header: t("colSupplierLastChase"), type: "date" });
  return columns;
}

/** Labels looked up once per report rather than once per row. */
interface RowLabels {
  levels: string[];
  outcomes: Map<string, string>;
  t: ReportText;
  lang: Lang;
}

function tableOf(
  groups: ChaseGroup[],
  log: Map<string, LineLogFacts>,
  labels: RowLabels,
  groupLabel: (g: ChaseGroup, supplier: string) => string,
  held: boolean,
): { rows: CellValue[][]; groups: RowGroup[] } {
  const rows: CellValue[][] = [];
  const rowGroups: RowGroup[] = [];
  for (const g of groups) {
    const supplier = g.supplier === "" ? labels.t("noSupplier") : g.supplier;
    const facts: Record<string, CellValue> = {
      supplier,
      supplierEmail: g.supplierEmail,
      lines: g.lines.length,
      topLevel: g.lines.reduce((top, s) => (s.level > top ? s.level : top), 0),
    };
    if (g.heldBack) Object.assign(facts, { heldBackUntil: g.heldBack.until, supplierLastChase: g.heldBack.lastSupplierChase });
    rowGroups.push({ label: groupLabel(g, supplier), firstRow: rows.length, rowCount: g.lines.length, facts });
    for (const status of g.lines) {
      const row = toChaseRow(status, supplier, log, labels);
      if (held) row.splice(row.length - 1, 0, g.heldBack?.lastSupplierChase ?? null);
      rows.push(row);
    }
  }
  return { rows, groups: rowGroups };
}

function outcomeText(labels: RowLabels, outcome: Outcome): string {
  let text = labels.outcomes.get(outcome);
  if (text === undefined) labels.outcomes.set(outcome, (text = outcomeLabel(outcome, labels.lang)));
  return text;
}

function toChaseRow(status: LineStatus, supplier: string, log: Map<string, LineLogFacts>, labels: RowLabels): CellValue[] {
  const { line } = status;
  const facts = log.get(line.key);
  const lastEntry = facts?.last;
  // The register's last-chase column may be later than the log; the outcome belongs to the log's entry of that day.
  const lastOutcome =
    lastEntry && status.lastChase !== undefined && floor(lastEntry.date) === status.lastChase
      ? outcomeText(labels, lastEntry.outcome)
      : null;
  const currency = currencyKey(line.currency);
  return [
    ...lineCells(status, supplier),
    status.level,
    actionText(labels, status),
    numberCell(status.daysLate),
    numberCell(status.openQty),
    numberCell(status.openValue),
    currency === "" ? null : currency,
    status.lastChase ?? null,
    lastOutcome,
    textCell(line.delayReason) ?? textCell(lastEntry?.delayReason),
    numberCell(status.nextChase),
  ];
}

/** What the chase is about, as Today's badge says it (chaseReason): the escalation level, else a confirmation, else a pre-due reminder. */
function actionText(labels: RowLabels, status: LineStatus): string {
  if (status.level > 0) return labels.levels[status.level];
  return labels.t(status.state === "unconfirmed" ? "actionUnconfirmed" : "actionPreDue");
}
