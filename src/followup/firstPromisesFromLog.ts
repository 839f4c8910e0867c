import type { ChaseEntry, Serial } from "../model";
import { firstPromiseOf } from "./chaseFacts";
import { knownSerial } from "./known";

/**
 * The first promise the chase log knows for each line (key = ChaseEntry.lineKey).
 *
 * The earliest-dated entry that carries a promise wins (ties: the one appended first). From that
 * entry we take `previousPromised` when set: it is the promise that stood in the register BEFORE
 * that contact, so it is older than the entry's `newPromised`. Only when there was no earlier promise
 * do we take `newPromised`, the supplier's first confirmation.
 */
export function firstPromisesFromLog(chases: readonly ChaseEntry[]): Map<string, Serial> {
  const first = new Map<string, { date: Serial; promise: Serial }>();
  for (const entry of chases) {
    const promise = firstPromiseOf(entry);
    const date = knownSerial(entry.date);
    if (promise === undefined || typeof date !== "number") continue;
    const seen = first.get(entry.lineKey);
    if (!seen || date < seen.date) first.set(entry.lineKey, { date, promise });
  }
  const result = new Map<string, Serial>();
  for (const [key, { promise }] of first) result.set(key, promise);
  return result;
}
