import type { ChaseEntry, PoLine, Serial } from "../model";
import { knownSerial } from "./known";
import { memoSupplierKey } from "./supplierKey";

/** What the chase log tells about one line. */
export interface LineChaseFacts {
  /**
   * First promise recorded: the earliest-dated entry that carries a promise wins (ties: the one
   * appended first); from it, previousPromised when set — it stood in the register before that
   * contact, so it is older — else newPromised, the supplier's first confirmation.
   */
  firstPromise?: Serial;
  firstPromiseDate?: Serial;
  /** Day of the latest entry that set a promised date different from the previous one. */
  lastPromiseChange?: Serial;
  /** Day of the latest entry. */
  lastChase?: Serial;
}

export interface ChaseFacts {
  byLine: Map<string, LineChaseFacts>;
  /** Last chase per supplierKey, from the log and from the register's last-chase column. */
  lastBySupplier: Map<string, Serial>;
  supplierKeyOf: (name: string | null | undefined) => string;
}

/** What the register's last-chase column says of one line: its supplier's gap counts from it. */
export type LastChaseOfLine = Pick<PoLine, "supplier" | "lastChaseDate">;

/**
 * Walks the chase log once (and the register's last-chase column once) into Maps, so that each
 * line then costs O(1) look-ups. Entries with an unreadable date are skipped. `more`: last chases of
 * lines not in `lines` (a register's settled lines, not yet read whole: parseRegister settledLater).
 */
export function buildChaseFacts(
  chases: readonly ChaseEntry[],
  lines: readonly LastChaseOfLine[],
  more: readonly LastChaseOfLine[] = [],
): ChaseFacts {
  const byLine = new Map<string, LineChaseFacts>();
  const lastBySupplier = new Map<string, Serial>();
  const supplierKeyOf = memoSupplierKey();
  for (const entry of chases) {
    const date = knownSerial(entry.date);
    if (typeof date !== "number") continue;
    let facts = byLine.get(entry.lineKey);
    if (!facts) byLine.set(entry.lineKey, (facts = {}));
    if (facts.lastChase === undefined || date > facts.lastChase) facts.lastChase = date;
    const promise = firstPromiseOf(entry);
    if (promise !== undefined && (facts.firstPromiseDate === undefined || date < facts.firstPromiseDate)) {
      facts.firstPromiseDate = date;
      facts.firstPromise = promise;
    }
    if (changesPromise(entry) && (facts.lastPromiseChange === undefined || date > facts.lastPromiseChange)) {
      facts.lastPromiseChange = date;
    }
    raise(lastBySupplier, supplierKeyOf(entry.supplier), date);
  }
  // An index, not for…of: the walk runs once per load, before V8 optimizes it, when for…of allocates a step per line.
  for (const from of [lines, more])
    for (let i = 0; i < from.length; i++) {
      const typed = knownSerial(from[i].lastChaseDate);
      if (typeof typed === "number") raise(lastBySupplier, supplierKeyOf(from[i].supplier), typed);
    }
  return { byLine, lastBySupplier, supplierKeyOf };
}

/** previousPromised when set (the older promise), else newPromised. */
export function firstPromiseOf(entry: ChaseEntry): Serial | undefined {
  return knownSerial(entry.previousPromised) ?? knownSerial(entry.newPromised) ?? undefined;
}

/** A chase that recorded a promised date other than the one standing before it (a first confirmation counts). */
export function changesPromise(entry: ChaseEntry): boolean {
  const promised = knownSerial(entry.newPromised);
  return typeof promised === "number" && promised !== knownSerial(entry.previousPromised);
}

function raise(map: Map<string, Serial>, key: string, date: Serial): void {
  const seen = map.get(key);
  if (seen === undefined || date > seen) map.set(key, date);
}
