import type { Channel, ChaseEntry, Outcome, PoLine } from "../model";
import { knownSerial } from "../followup/known";
import { isInPeriod, type PeriodRange } from "./periodRange";

/**
 * A chase of the period: a chase-log entry dated in it, or a register line whose last-chase date is
 * in it while the log has no entry for that line on that day (the buyer typed the date, or chased
 * before the add-in was used). Such a register-only chase counts once (the register keeps only the
 * latest date), by the line's buyer; its channel and outcome are not known (null).
 */
export interface PeriodChase {
  lineKey: string;
  supplier: string;
  /** Trimmed; "" = no buyer. */
  buyer: string;
  channel: Channel | null;
  outcome: Outcome | null;
}

export function periodChases(chases: readonly ChaseEntry[], lines: readonly PoLine[], period: PeriodRange): PeriodChase[] {
  const out: PeriodChase[] = [];
  const loggedDays = new Set<string>(); // "lineKey|day" of the period's log entries
  for (const entry of chases) {
    const day = knownSerial(entry.date);
    if (typeof day !== "number" || !isInPeriod(day, period)) continue;
    loggedDays.add(`${entry.lineKey}|${day}`);
    out.push({
      lineKey: entry.lineKey,
      supplier: entry.supplier,
      buyer: entry.buyer?.trim() ?? "",
      channel: entry.channel,
      outcome: entry.outcome,
    });
  }
  for (const line of lines) {
    const day = knownSerial(line.lastChaseDate);
    if (typeof day !== "number" || !isInPeriod(day, period) || loggedDays.has(`${line.key}|${day}`)) continue;
    const buyer = typeof line.buyer === "string" ? line.buyer.trim() : "";
    out.push({ lineKey: line.key, supplier: typeof line.supplier === "string" ? line.supplier : "", buyer, channel: null, outcome: null });
  }
  return out;
}
