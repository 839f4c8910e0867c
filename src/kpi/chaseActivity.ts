import type { Channel, ChaseEntry, Outcome } from "../model";
import { supplierKey } from "../followup/supplierKey";
import { isInPeriod, type PeriodRange } from "./periodRange";

export const CHANNELS: readonly Channel[] = ["email", "phone", "portal", "visit", "chat"];
export const OUTCOMES: readonly Outcome[] = ["confirmed", "newDate", "noAnswer", "problem", "received"];

/** Chases logged in the period, counted by buyer ("" = no buyer), channel and outcome. */
export interface ChaseActivity {
  chases: number;
  lines: number;
  suppliers: number;
  byBuyer: Record<string, number>;
  byChannel: Record<Channel, number>;
  byOutcome: Record<Outcome, number>;
}

export function chaseActivity(chases: readonly ChaseEntry[], period: PeriodRange): ChaseActivity {
  const byBuyer: Record<string, number> = {};
  const byChannel = zeroes(CHANNELS);
  const byOutcome = zeroes(OUTCOMES);
  const lines = new Set<string>();
  const suppliers = new Set<string>();
  let count = 0;
  for (const e of chases) {
    if (!isInPeriod(e.date, period)) continue;
    count++;
    const buyer = e.buyer?.trim() ?? "";
    byBuyer[buyer] = (byBuyer[buyer] ?? 0) + 1;
    if (e.channel in byChannel) byChannel[e.channel]++;
    if (e.outcome in byOutcome) byOutcome[e.outcome]++;
    lines.add(e.lineKey);
    suppliers.add(supplierKey(e.supplier));
  }
  return { chases: count, lines: lines.size, suppliers: suppliers.size, byBuyer, byChannel, byOutcome };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}
