import type { Serial } from "../model";
import type { ChaseGroup, ChaseReason, HeldBack, LineStatus, OrderAtRisk } from "./types";
import { reasonUrgency } from "./chaseReason";
import { dueLine } from "./chaseNow";
import { memoSupplierKey, supplierKey } from "./supplierKey";
import { compareText } from "../compareText";

export interface ChaseListFilter {
  /** Only lines of this buyer (case and surrounding spaces ignored). */
  buyer?: string;
  /** Only this supplier (compared like supplierKey). */
  supplier?: string;
  /** Only lines at this escalation level or above (1–3); 0 keeps all. */
  minLevel?: number;
}

/** A line on the list with everything the sort and the grouping read, copied once (not re-derived per comparison). */
interface Candidate {
  status: LineStatus;
  reason: ChaseReason;
  urgency: number;
  /** Set when the supplier's minimum gap holds the line back (dueLine). */
  heldBack: HeldBack | null;
  /** supplierKey of the line's supplier: the group it joins. */
  supplier: string;
  currency: string;
  /** Position of the currency in the list's currency order (most used first). */
  currencyRank: number;
  /** Open value; 0 (for sorting) when there is none. */
  value: number;
  /** The line has an open value to add to its group's value at risk. */
  valued: boolean;
  daysLate: number;
  sheetRow: number;
  /** The sales orders the line puts at risk; [] when none. */
  ordersAtRisk: readonly OrderAtRisk[];
}

/** Line key → the sales orders that line puts at risk (src/impact ordersAtRiskByLine). */
export type OrdersAtRiskByLine = ReadonlyMap<string, readonly OrderAtRisk[]>;

/**
 * Today's chase list: the lines due on asOf by dueLine (the one "chase now" rule), grouped by
 * supplier (supplierKey), with why each is chased. The suppliers to chase now come first; after
 * them, the suppliers held back by the minimum gap between chases (group.heldBack says until when
 * and why), so that no due line silently drops off the list.
 *
 * Sorting. Groups: most urgent reason first (overdue 3, 2, 1, unconfirmed, pre-due), then value at
 * risk, then supplier name. Lines: most urgent reason, then open value, then most days late, then
 * sheet row. Amounts in different currencies are never added or converted: they are compared
 * currency by currency, starting with the currency used by most lines on the list (ties: by code,
 * lines without currency last). So a supplier with more at risk in the main currency comes first;
 * when that is equal (for instance none), the next currency decides. Held-back lines do not count
 * towards that order (they are not on today's list to chase) unless their currency is not on it.
 *
 * Customer orders first: given `ordersAtRisk` (the pipeline's customer impact), a supplier with a line
 * that puts a sales order at risk comes before every other (to chase now, then held back), and such
 * lines come first in their group; group.ordersAtRisk says which. Without it the order is as above.
 */
export function chaseList(
  statuses: readonly LineStatus[],
  asOf: Serial,
  filter: ChaseListFilter = {},
  ordersAtRisk?: OrdersAtRiskByLine,
): ChaseGroup[] {
  const candidates = selectLines(statuses, asOf, filter, ordersAtRisk);
  const currencyOrder = currenciesByUse(candidates.filter((c) => c.heldBack === null));
  for (const currency of currenciesByUse(candidates)) if (!currencyOrder.includes(currency)) currencyOrder.push(currency);
  const rank = new Map(currencyOrder.map((c, i) => [c, i]));
  for (const c of candidates) c.currencyRank = rank.get(c.currency) ?? 0;
  // Sort the lines once, then group: each group receives its lines already in order.
  candidates.sort(byUrgencyThenValue);

  const groups = new Map<string, ChaseGroup>();
  for (const c of candidates) {
    // A supplier's lines share its gap, so it is either to chase or held back; the key keeps them apart regardless.
    const key = c.heldBack ? `held:${c.supplier}` : c.supplier;
    let group = groups.get(key);
    if (!group) {
      group = {
        supplier: c.status.line.supplier?.trim() ?? "",
        supplierEmail: null,
        lines: [],
        counts: emptyCounts(),
        valueAtRisk: {},
        topReason: c.reason,
      };
      if (c.heldBack) group.heldBack = c.heldBack;
      groups.set(key, group);
    }
    group.lines.push(c.status);
    if (c.ordersAtRisk.length > 0) addOrdersAtRisk(group, c.ordersAtRisk);
    group.counts[c.reason]++;
    // A line at risk may lead its group with a less urgent reason: the group's top reason is still its most urgent.
    if (c.urgency < reasonUrgency(group.topReason)) group.topReason = c.reason;
    if (!group.supplierEmail && c.status.line.supplierEmail) group.supplierEmail = c.status.line.supplierEmail.trim() || null;
    if (c.valued) group.valueAtRisk[c.currency] = (group.valueAtRisk[c.currency] ?? 0) + c.value;
  }

  return [...groups.values()].sort(
    (a, b) =>
      Number(a.heldBack !== undefined) - Number(b.heldBack !== undefined) ||
      Number(b.ordersAtRisk !== undefined) - Number(a.ordersAtRisk !== undefined) ||
      reasonUrgency(a.topReason) - reasonUrgency(b.topReason) ||
      compareValueAtRisk(a.valueAtRisk, b.valueAtRisk, currencyOrder) ||
      a.supplier.localeCompare(b.supplier),
  );
}

/** The group's sales orders at risk, each once (its largest lateness), most late first. */
function addOrdersAtRisk(group: ChaseGroup, orders: readonly OrderAtRisk[]): void {
  const list = (group.ordersAtRisk ??= []);
  for (const order of orders) {
    const known = list.find((o) => o.salesOrder === order.salesOrder);
    if (!known) list.push({ ...order });
    else if (order.daysLate > known.daysLate) known.daysLate = order.daysLate;
  }
  list.sort((a, b) => b.daysLate - a.daysLate || (a.salesOrder < b.salesOrder ? -1 : a.salesOrder > b.salesOrder ? 1 : 0));
}

const NO_ORDERS: readonly OrderAtRisk[] = [];

/** Lines due on asOf (to chase now or held back) that pass the filter. */
function selectLines(
  statuses: readonly LineStatus[],
  asOf: Serial,
  filter: ChaseListFilter,
  ordersAtRisk: OrdersAtRiskByLine | undefined,
): Candidate[] {
  const buyer = filter.buyer !== undefined ? buyerKey(filter.buyer) : undefined;
  const supplier = filter.supplier !== undefined ? supplierKey(filter.supplier) : undefined;
  const minLevel = filter.minLevel ?? 0;
  // Names and codes repeat across thousands of lines: each distinct text is normalized once.
  const supplierKeyOf = memoSupplierKey();
  const buyerKeyOf = memoized(buyerKey);
  const currencyCodeOf = memoized(currencyCode);
  const result: Candidate[] = [];
  for (const status of statuses) {
    if (status.level < minLevel) continue;
    const due = dueLine(status, asOf);
    if (due === null) continue;
    const { reason, heldBack } = due;
    const line = status.line;
    if (buyer !== undefined && buyerKeyOf(line.buyer ?? "") !== buyer) continue;
    const key = supplierKeyOf(line.supplier);
    if (supplier !== undefined && key !== supplier) continue;
    result.push({
      status,
      reason,
      urgency: reasonUrgency(reason),
      heldBack,
      supplier: key,
      currency: currencyCodeOf(line.currency ?? ""),
      currencyRank: 0,
      value: typeof status.openValue === "number" ? status.openValue : 0,
      valued: typeof status.openValue === "number",
      daysLate: status.daysLate ?? -Infinity,
      sheetRow: line.sheetRow,
      ordersAtRisk: ordersAtRisk?.get(line.key) ?? NO_ORDERS,
    });
  }
  return result;
}

/** A line putting a sales order at risk first, then most urgent reason, the main currencies, open value, most days late, sheet row. */
function byUrgencyThenValue(a: Candidate, b: Candidate): number {
  return (
    Number(b.ordersAtRisk.length > 0) - Number(a.ordersAtRisk.length > 0) ||
    a.urgency - b.urgency ||
    a.currencyRank - b.currencyRank ||
    b.value - a.value ||
    b.daysLate - a.daysLate ||
    a.sheetRow - b.sheetRow
  );
}

/** Currency code as written, trimmed and upper-cased; "" when blank or unreadable. */
export function currencyOf(status: LineStatus): string {
  return currencyCode(status.line.currency ?? "");
}

function currencyCode(text: string): string {
  return text.trim().toUpperCase();
}

/** Buyers are compared with case and surrounding spaces ignored. */
function buyerKey(name: string): string {
  return name.trim().toLowerCase();
}

/** `normalize` with a memo per distinct text, for one walk over the lines. */
function memoized(normalize: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let result = memo.get(text);
    if (result === undefined) memo.set(text, (result = normalize(text)));
    return result;
  };
}

/**
 * Currencies by number of lines, most used first; ties by code in code-unit order, as the report's rows
 * (compareText: no collator to set up, ~5 ms of Today's first render); "" last.
 */
function currenciesByUse(candidates: readonly Candidate[]): string[] {
  const uses = new Map<string, number>();
  for (const c of candidates) uses.set(c.currency, (uses.get(c.currency) ?? 0) + 1);
  return [...uses.entries()]
    .sort(([ca, na], [cb, nb]) => Number(ca === "") - Number(cb === "") || nb - na || compareText(ca, cb))
    .map(([currency]) => currency);
}

/** Larger value at risk first, compared one currency at a time in `order`. */
function compareValueAtRisk(a: Record<string, number>, b: Record<string, number>, order: readonly string[]): number {
  for (const currency of order) {
    const diff = (b[currency] ?? 0) - (a[currency] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function emptyCounts(): Record<ChaseReason, number> {
  return { overdue3: 0, overdue2: 0, overdue1: 0, unconfirmed: 0, preDue: 0 };
}
