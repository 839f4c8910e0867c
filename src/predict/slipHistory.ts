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
  const supplierKeyOf = memoSupplierKey();
  const since = asOf - window.days;
  const receipts = new Map<string, { date: Serial; slip: number }[]>();
  const everyone: number[] = [];
  const openCommitted = new Map<string, { supplier: string; committed: Serial }>();
  for (const s of statuses) {
    const committed = s.committed;
    if (typeof committed !== "number") continue;
    const received = s.line.receivedDate;
    if (s.lifecycle === "received" && typeof received === "number" && received <= asOf && received > since) {
      const slip = workdaysLate(calendar, committed, received);
      if (typeof slip !== "number") continue;
      everyone.push(slip);
      const key = supplierKeyOf(s.line.supplier);
      if (key === "") continue;
      let list = receipts.get(key);
      if (!list) receipts.set(key, (list = []));
      list.push({ date: received, slip });
    } else if (s.lifecycle === "open" || s.lifecycle === "partial") {
      openCommitted.set(s.line.key, { supplier: supplierKeyOf(s.line.supplier), committed });
    }
  }
  const moves = latestPromises(chases, openCommitted, since, asOf);
  const bySupplier = new Map<string, SupplierSlips>();
  const slipsOf = (key: string): SupplierSlips => {
    let slips = bySupplier.get(key);
    if (!slips) bySupplier.set(key, (slips = { receipts: [], promiseMoves: [], all: [] }));
    return slips;
  };
  for (const [key, list] of receipts) {
    // The most recent receipts tell how the supplier delivers now (an improving supplier's old slips fade).
    list.sort((a, b) => b.date - a.date);
    slipsOf(key).receipts = list.slice(0, window.lastReceipts).map((r) => r.slip);
  }
  for (const [lineKey, promised] of moves) {
    const open = openCommitted.get(lineKey);
    if (!open) continue;
    const slip = workdaysLate(calendar, open.committed, promised);
    if (typeof slip !== "number" || slip <= 0) continue;
    everyone.push(slip);
    if (open.supplier !== "") slipsOf(open.supplier).promiseMoves.push(slip);
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
