import type { Outcome } from "../model";
import type { LineStatus } from "../followup/types";
import { memoSupplierKey } from "../followup/supplierKey";
import { currencyKey } from "../kpi/amounts";
import type { CellValue, Column, RowGroup, TableSection } from "./model";
import { compareText, numberCell, textCell } from "./cells";
import type { LineLogFacts } from "./chaseLogFacts";
import { levelLabel, outcomeLabel, type ReportText } from "./labels";
import { lineCells, lineColumns } from "./lineColumns";
import { fieldLabel } from "../register/fields";
import type { Lang } from "../i18n/i18n";

const floor = Math.floor; // module-level alias: faster than a global look-up per row under jest's vm

interface Item {
  status: LineStatus;
  currency: string;
  value: number | null;
  /** Sort keys, computed once. */
  daysLate: number;
  rank: number;
}

interface Group {
  name: string;
  email: string | null;
  items: Item[];
  topLevel: 0 | 1 | 2 | 3;
  value: Map<string, number>;
}

/**
 * 3. To chase now: every open line past its due date (follow-up state Late), grouped by supplier.
 * Order: suppliers by their highest escalation level, then by overdue value; lines within a
 * supplier by level, then by open value, then by days late. Amounts in different currencies are
 * never compared through a rate: the register's main currency (the one with the most overdue lines
 * that have a value) decides first, then the next currency, and so on.
 */
export function toChaseSection(statuses: readonly LineStatus[], log: Map<string, LineLogFacts>, t: ReportText, lang: Lang): TableSection {
  const groups = groupOverdue(statuses);
  const rank = currencyRank(groups);
  const sorted = [...groups.values()];
  for (const g of sorted) {
    for (const item of g.items) item.rank = rank.get(item.currency) ?? 0;
    g.items.sort(compareItems);
  }
  sorted.sort((a, b) => compareGroups(a, b, rank));

  const labels: RowLabels = {
    levels: [0, 1, 2, 3].map((l) => levelLabel(t, l as 0 | 1 | 2 | 3)),
    outcomes: new Map(),
    t,
  };
  const rows: CellValue[][] = [];
  const rowGroups: RowGroup[] = [];
  for (const g of sorted) {
    const label = g.name === "" ? t("noSupplier") : g.name;
    rowGroups.push({
      label: t("toChaseGroup", { supplier: label, count: g.items.length }),
      firstRow: rows.length,
      rowCount: g.items.length,
      facts: { supplier: label, supplierEmail: g.email, lines: g.items.length, topLevel: g.topLevel },
    });
    for (const item of g.items) rows.push(toChaseRow(item, label, log, labels));
  }
  return {
    id: "toChase",
    kind: "table",
    title: t("toChaseTitle"),
    columns: toChaseColumns(t, lang),
    rows,
    groups: rowGroups,
    emptyText: t("toChaseEmpty"),
  };
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

/** Labels looked up once per report rather than once per row. */
interface RowLabels {
  levels: string[];
  outcomes: Map<string, string>;
  t: ReportText;
}

function outcomeText(labels: RowLabels, outcome: Outcome): string {
  let text = labels.outcomes.get(outcome);
  if (text === undefined) labels.outcomes.set(outcome, (text = outcomeLabel(labels.t, outcome)));
  return text;
}

function toChaseRow(item: Item, supplier: string, log: Map<string, LineLogFacts>, labels: RowLabels): CellValue[] {
  const { status } = item;
  const { line } = status;
  const facts = log.get(line.key);
  const lastEntry = facts?.last;
  // The register's last-chase column may be later than the log; the outcome belongs to the log's entry of that day.
  const lastOutcome =
    lastEntry && status.lastChase !== undefined && floor(lastEntry.date) === status.lastChase
      ? outcomeText(labels, lastEntry.outcome)
      : null;
  return [
    ...lineCells(status, supplier),
    status.level,
    labels.levels[status.level],
    numberCell(status.daysLate),
    numberCell(status.openQty),
    item.value,
    item.currency === "" ? null : item.currency,
    status.lastChase ?? null,
    lastOutcome,
    textCell(line.delayReason) ?? textCell(lastEntry?.delayReason),
    numberCell(status.nextChase),
  ];
}

function groupOverdue(statuses: readonly LineStatus[]): Map<string, Group> {
  const keyOf = memoSupplierKey();
  const groups = new Map<string, Group>();
  for (const status of statuses) {
    if (status.state !== "late") continue;
    const { line } = status;
    const key = keyOf(line.supplier);
    let g = groups.get(key);
    if (!g) {
      g = { name: textCell(line.supplier) ?? "", email: null, items: [], topLevel: 0, value: new Map() };
      groups.set(key, g);
    }
    g.email ??= textCell(line.supplierEmail);
    const currency = currencyKey(line.currency);
    const value = numberCell(status.openValue);
    g.items.push({ status, currency, value, daysLate: numberCell(status.daysLate) ?? 0, rank: 0 });
    if (status.level > g.topLevel) g.topLevel = status.level;
    if (value !== null) g.value.set(currency, (g.value.get(currency) ?? 0) + value);
  }
  return groups;
}

/** Currencies by number of overdue lines with a value (most first), then by code. */
function currencyRank(groups: Map<string, Group>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of groups.values()) {
    for (const item of g.items) if (item.value !== null) counts.set(item.currency, (counts.get(item.currency) ?? 0) + 1);
  }
  const ordered = [...counts].sort(([ca, na], [cb, nb]) => nb - na || compareText(ca, cb));
  return new Map(ordered.map(([currency], i) => [currency, i]));
}

function compareItems(a: Item, b: Item): number {
  return (
    b.status.level - a.status.level ||
    (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
    a.rank - b.rank ||
    (b.value ?? 0) - (a.value ?? 0) ||
    b.daysLate - a.daysLate ||
    compareText(a.status.line.key, b.status.line.key)
  );
}

function compareGroups(a: Group, b: Group, rank: Map<string, number>): number {
  if (a.topLevel !== b.topLevel) return b.topLevel - a.topLevel;
  for (const currency of rank.keys()) {
    const diff = (b.value.get(currency) ?? 0) - (a.value.get(currency) ?? 0);
    if (diff !== 0) return diff;
  }
  return b.items.length - a.items.length || compareText(a.name, b.name);
}
