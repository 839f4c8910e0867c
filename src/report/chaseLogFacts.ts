import type { ChaseEntry, Serial } from "../model";

/** What the report reads from the chase log about one line. */
export interface LineLogFacts {
  /** The latest entry: its outcome is the line's "last outcome". */
  last: ChaseEntry;
  /** The promised date the supplier stated most recently, when any entry stated one. */
  lastStatedPromise?: Serial;
}

/**
 * The date an entry says the supplier stands by: a new promised date, or, for a "confirmed"
 * outcome without a new date, the promised date that stood (previousPromised).
 */
export function statedPromise(entry: ChaseEntry): Serial | undefined {
  if (entry.newPromised !== null && Number.isFinite(entry.newPromised)) return Math.floor(entry.newPromised);
  if (entry.outcome === "confirmed" && entry.previousPromised !== null && Number.isFinite(entry.previousPromised)) {
    return Math.floor(entry.previousPromised);
  }
  return undefined;
}

/** Later by day, then by the time it was logged, then by position in the log (append-only). */
function isLaterOrSame(entry: ChaseEntry, than: ChaseEntry): boolean {
  if (entry.date !== than.date) return entry.date > than.date;
  return entry.loggedAt >= than.loggedAt;
}

/** One walk over the chase log. Entries with an unreadable date are skipped. */
export function lineLogFacts(chases: readonly ChaseEntry[]): Map<string, LineLogFacts> {
  const byLine = new Map<string, LineLogFacts>();
  const promiseEntry = new Map<string, ChaseEntry>();
  for (const entry of chases) {
    if (!Number.isFinite(entry.date)) continue;
    const facts = byLine.get(entry.lineKey);
    if (!facts) byLine.set(entry.lineKey, { last: entry });
    else if (isLaterOrSame(entry, facts.last)) facts.last = entry;
    const promise = statedPromise(entry);
    if (promise === undefined) continue;
    const seen = promiseEntry.get(entry.lineKey);
    if (!seen || isLaterOrSame(entry, seen)) {
      promiseEntry.set(entry.lineKey, entry);
      (byLine.get(entry.lineKey) as LineLogFacts).lastStatedPromise = promise;
    }
  }
  return byLine;
}
