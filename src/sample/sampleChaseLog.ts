import type { Channel, ChaseEntry, Outcome, Serial } from "../model";
import { formatIsoDate } from "../dates/serial";
import { seededRandom } from "./prng";
import { sampleLines, type SampleLine, type SampleOptions } from "./sampleLines";

/**
 * Past chases that match the sample register built with the same options: a first confirmation
 * and a later "new date" for every slipped promise (so its committed date is the first promise),
 * and a contact on each line's last-chase date. Sorted by date. Returned as ChaseEntry values; the
 * Excel layer writes them with the chase log's own headers.
 */
export function sampleChaseLog(options: SampleOptions): ChaseEntry[] {
  const rnd = seededRandom((options.seed ?? 20261120) ^ 0x5eed);
  const entries: ChaseEntry[] = [];
  for (const l of sampleLines(options)) {
    if (l.scenario === "slipped" && l.firstPromise !== null && l.slipDate !== null) {
      entries.push(entry(l, l.slipDate - rnd.int(14, 25), "email", "confirmed", null, l.firstPromise, null));
      entries.push(entry(l, l.slipDate, rnd.pick<Channel>(["email", "phone"]), "newDate", l.firstPromise, l.promisedDate, l.delayReason));
    } else if (l.lastChase !== null) {
      const outcome = l.promisedDate === null ? "noAnswer" : rnd.pick<Outcome>(["noAnswer", "problem", "confirmed"]);
      entries.push(
        entry(
          l,
          l.lastChase,
          rnd.pick<Channel>(["email", "email", "phone", "portal", "chat"]),
          outcome,
          l.promisedDate,
          null,
          l.delayReason,
        ),
      );
    }
  }
  return entries.sort((a, b) => a.date - b.date || (a.lineKey < b.lineKey ? -1 : a.lineKey > b.lineKey ? 1 : 0));
}

function entry(
  l: SampleLine,
  date: Serial,
  channel: Channel,
  outcome: Outcome,
  previousPromised: Serial | null,
  newPromised: Serial | null,
  delayReason: string | null,
): ChaseEntry {
  return {
    date,
    lineKey: `${l.poNumber}/${l.line}`,
    poNumber: l.poNumber,
    line: String(l.line),
    supplier: l.supplier.name,
    buyer: l.buyer,
    channel,
    contact: l.supplier.email || null,
    outcome,
    previousPromised,
    newPromised,
    delayReason: outcome === "newDate" || outcome === "problem" ? delayReason : null,
    stage: l.stage,
    note: null,
    nextChase: null,
    loggedAt: `${formatIsoDate(date)}T09:00:00Z`,
  };
}
