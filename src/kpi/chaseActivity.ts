import type { Channel, ChaseEntry, Outcome, PoLine } from "../model";
import { supplierKey } from "../followup/supplierKey";
import type { PeriodRange } from "./periodRange";
import { periodChases, type PeriodChase } from "./periodChases";

export const CHANNELS: readonly Channel[] = ["email", "phone", "portal", "visit", "chat"];
export const OUTCOMES: readonly Outcome[] = ["confirmed", "newDate", "noAnswer", "problem", "received"];

/** Chases of the period (see periodChases), counted by buyer ("" = no buyer), channel and outcome. */
export interface ChaseActivity {
  chases: number;
  lines: number;
  suppliers: number;
  byBuyer: Record<string, number>;
  byChannel: Record<Channel, number>;
  byOutcome: Record<Outcome, number>;
  /** Chases known only from the register's last-chase column: no channel, no outcome. */
  notInLog: number;
}

/** The log's entries in the period, plus the register's last-chase dates the log has no entry for. */
export function chaseActivity(chases: readonly ChaseEntry[], period: PeriodRange, lines: readonly PoLine[] = []): ChaseActivity {
  return chaseActivityOf(periodChases(chases, lines, period));
}

export function chaseActivityOf(chases: readonly PeriodChase[]): ChaseActivity {
  const byBuyer: Record<string, number> = {};
  const byChannel = zeroes(CHANNELS);
  const byOutcome = zeroes(OUTCOMES);
  const lines = new Set<string>();
  const suppliers = new Set<string>();
  let notInLog = 0;
  for (const e of chases) {
    byBuyer[e.buyer] = (byBuyer[e.buyer] ?? 0) + 1;
    if (e.channel === null) notInLog++;
    else if (e.channel in byChannel) byChannel[e.channel]++;
    if (e.outcome !== null && e.outcome in byOutcome) byOutcome[e.outcome]++;
    lines.add(e.lineKey);
    suppliers.add(supplierKey(e.supplier));
  }
  return { chases: chases.length, lines: lines.size, suppliers: suppliers.size, byBuyer, byChannel, byOutcome, notInLog };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}
