import type { ChaseEntry, Serial } from "../model";
import type { WorkCalendar } from "../dates/calendar";
import type { LineStatus } from "../followup/types";
import { memoSupplierKey } from "../followup/supplierKey";
import { workdaysLate } from "../followup/workdaysLate";
import { isPromiseMove } from "../kpi/promiseSlips";
import { credibilityK } from "./credibility";

/** How far back receipts and promise changes count, and how many of a supplier's receipts. */
export interface HistoryWindow {
  /** Calendar days before asOf. */
  days: number;
  /** A supplier's most recent receipts kept (its last N lines). */
  lastReceipts: number;
}

export const DEFAULT_WINDOW: HistoryWindow = { days: 365, lastReceipts: 20 };

/** One supplier's evidence: receipt slips (receipt − committed) and the re-promises of its open lines. */
export interface SupplierSlips {
  /** Working-day slips of its last received lines, ascending. */
  receipts: number[];
  /** Working days from committed date to the latest logged promise, for its open lines re-promised later. */
  promiseMoves: number[];
  /** receipts and promiseMoves together, ascending: the distribution the prediction uses. */
  all: number[];
}

export interface SlipHistory {
  bySupplier: Map<string, SupplierSlips>;
  /** Every supplier's slips in the window together (not capped at the last N), ascending. */
  everyone: number[];
  supplierKeyOf: (name: string | null | undefined) => string;
  /** Shrinkage: a supplier's own quantile weighs n / (n + k) (src/predict/credibility.ts). */
  k: number;
}

const ascending = (a: number, b: number): number => a - b;

/** One received line: who delivered, against which committed date, and when it came. */
export interface ReceiptRecord {
  supplier: string | null | undefined;
  committed: Serial;
  received: Serial;
}

/** An open line re-promised later: at least `promised` − committed working days of slip are known already. */
interface PromiseRecord {
  supplier: string | null | undefined;
  committed: Serial;
  promised: Serial;
}

/**
 * The slips each supplier's history shows at asOf: lines received in full within the window (a
 * receipt dated after asOf is not history yet), and open lines whose promise the chase log moved
 * later than their committed date (at least that slip is known already). Lines without a supplier
 * name feed only the all-supplier figure.
 */
export function slipHistory(
  statuses: readonly LineStatus[],
  chases: readonly ChaseEntry[],
  calendar: WorkCalendar,
  asOf: Serial,
  window: HistoryWindow = DEFAULT_WINDOW,
): SlipHistory {
  const receipts: ReceiptRecord[] = [];
  const open = new Map<string, LineStatus>();
  for (const s of statuses) {
    const committed = s.committed;
    if (typeof committed !== "number") continue;
    const received = s.line.receivedDate;
    if (s.lifecycle === "received" && typeof received === "number") receipts.push({ supplier: s.line.supplier, committed, received });
    else if (s.lifecycle === "open" || s.lifecycle === "partial") open.set(s.line.key, s);
  }
  const promises: PromiseRecord[] = [];
  for (const [lineKey, promised] of latestPromises(chases, open, asOf - window.days, asOf)) {
    const s = open.get(lineKey) as LineStatus;
    promises.push({ supplier: s.line.supplier, committed: s.committed as Serial, promised });
  }
  return historyOf(receipts, promises, calendar, asOf, window);
}

/** The history of receipts alone (PO.PREDICTED reads the register's columns, not the chase log). */
export function receiptHistory(
  receipts: readonly ReceiptRecord[],
  calendar: WorkCalendar,
  asOf: Serial,
  window: HistoryWindow = DEFAULT_WINDOW,
): SlipHistory {
  return historyOf(receipts, [], calendar, asOf, window);
}

function historyOf(
  receipts: readonly ReceiptRecord[],
  promises: readonly PromiseRecord[],
  calendar: WorkCalendar,
  asOf: Serial,
  window: HistoryWindow,
): SlipHistory {
  const supplierKeyOf = memoSupplierKey();
  const since = asOf - window.days;
  const recent = new Map<string, { date: Serial; slip: number }[]>();
  const everyone: number[] = [];
  for (const r of receipts) {
    if (r.received > asOf || r.received <= since) continue;
    const slip = workdaysLate(calendar, r.committed, r.received);
    if (typeof slip !== "number") continue;
    everyone.push(slip);
    const key = supplierKeyOf(r.supplier);
    if (key === "") continue;
    let list = recent.get(key);
    if (!list) recent.set(key, (list = []));
    list.push({ date: r.received, slip });
  }
  const bySupplier = new Map<string, SupplierSlips>();
  const slipsOf = (key: string): SupplierSlips => {
    let slips = bySupplier.get(key);
    if (!slips) bySupplier.set(key, (slips = { receipts: [], promiseMoves: [], all: [] }));
    return slips;
  };
  for (const [key, list] of recent) {
    // The most recent receipts tell how the supplier delivers now (an improving supplier's old slips fade).
    list.sort((a, b) => b.date - a.date);
    slipsOf(key).receipts = list.slice(0, window.lastReceipts).map((r) => r.slip);
  }
  for (const p of promises) {
    const slip = workdaysLate(calendar, p.committed, p.promised);
    if (typeof slip !== "number" || slip <= 0) continue;
    everyone.push(slip);
    const key = supplierKeyOf(p.supplier);
    if (key !== "") slipsOf(key).promiseMoves.push(slip);
  }
  for (const slips of bySupplier.values()) {
    slips.receipts.sort(ascending);
    slips.promiseMoves.sort(ascending);
    slips.all = [...slips.receipts, ...slips.promiseMoves].sort(ascending);
  }
  everyone.sort(ascending);
  return { bySupplier, everyone, supplierKeyOf, k: credibilityK([...bySupplier.values()].map((s) => s.all)) };
}

/** The latest promised date the chase log gave each open line within the window (the last move wins). */
function latestPromises(
  chases: readonly ChaseEntry[],
  open: ReadonlyMap<string, unknown>,
  since: Serial,
  asOf: Serial,
): Map<string, Serial> {
  const latest = new Map<string, { date: Serial; promised: Serial }>();
  if (open.size === 0) return new Map();
  for (const entry of chases) {
    if (entry.date > asOf || entry.date <= since || !isPromiseMove(entry) || !open.has(entry.lineKey)) continue;
    const seen = latest.get(entry.lineKey);
    if (!seen || entry.date >= seen.date) latest.set(entry.lineKey, { date: entry.date, promised: entry.newPromised as Serial });
  }
  return new Map([...latest].map(([key, v]) => [key, v.promised]));
}
