import type { ChaseEntry, Known, PoLine, Serial } from "../model";
import type { LineStatus } from "./types";
import { knownSerial } from "./known";

/** What happened, or is planned, on a line: the Line view's timeline, one row per event. */
export type TimelineKind =
  | "ordered"
  | "requested"
  | "promised"
  | "shipBy"
  | "shipped"
  | "etd"
  | "eta"
  | "portArrival"
  | "portArrivalPlanned"
  | "received"
  | "inspected"
  | "returned"
  | "chase"
  | "today";

export interface TimelineEvent {
  kind: TimelineKind;
  /** null: the register has the fact but no date for it (inspection or return without a received date). */
  date: Serial | null;
  /** Happened (an actual date on or before asOf, a receipt, a chase) rather than planned. */
  done: boolean;
  qty?: number;
  accepted?: number;
  rejected?: number;
  chase?: ChaseEntry;
}

/** The most chases a timeline lists (the newest); the Chases table can hold years of them. */
export const TIMELINE_MAX_CHASES = 100;

/** Same-day order: what happens first in a line's life comes first; Today after the day's events. */
const KIND_ORDER: readonly TimelineKind[] = [
  "ordered",
  "requested",
  "promised",
  "shipBy",
  "shipped",
  "etd",
  "portArrival",
  "portArrivalPlanned",
  "eta",
  "received",
  "inspected",
  "returned",
  "chase",
  "today",
];

/**
 * The line's timeline in date order: its stage dates planned vs actual where the register has them
 * (order, requested, promised, ship-by from stage risk, ship date, port arrival, ETA), its receipt with
 * the inspection result and returns, its chases, and Today. A ship date or port arrival on or before asOf
 * is done ("Shipped", "Arrived at port"); a later one is planned ("Ship date", "Port arrival").
 * Dated events come first, by date; undated ones last.
 */
export function lineTimeline(status: LineStatus, chases: readonly ChaseEntry[], asOf: Serial): TimelineEvent[] {
  const line = status.line;
  const events: TimelineEvent[] = [];
  const add = (kind: TimelineKind, date: Known<Serial> | undefined, done: boolean) => {
    const serial = knownSerial(date ?? null);
    if (typeof serial === "number") events.push({ kind, date: serial, done });
  };
  add("ordered", line.orderDate, true);
  add("requested", line.requestedDate, false);
  add("promised", line.promisedDate, false);
  const shipment = status.shipment;
  if (shipment && !shipment.shipped && shipment.shipBy !== null) add("shipBy", shipment.shipBy, false);
  const shipDate = knownSerial(line.shipDate ?? null);
  if (typeof shipDate === "number") add(shipDate <= asOf ? "shipped" : "etd", shipDate, shipDate <= asOf);
  const port = knownSerial(line.portArrivalDate ?? null);
  if (typeof port === "number") add(port <= asOf ? "portArrival" : "portArrivalPlanned", port, port <= asOf);
  add("eta", line.eta, false);
  receiptEvents(line, events);
  const mine = chases.filter((c) => c.lineKey === line.key).slice(-TIMELINE_MAX_CHASES);
  for (const chase of mine) events.push({ kind: "chase", date: chase.date, done: true, chase });
  events.push({ kind: "today", date: asOf, done: false });
  return events.sort(byDateThenKind);
}

function receiptEvents(line: PoLine, events: TimelineEvent[]): void {
  const received = knownSerial(line.receivedDate);
  const date = typeof received === "number" ? received : null;
  const receivedQty = numberOf(line.receivedQty);
  if (date !== null) events.push({ kind: "received", date, done: true, ...(receivedQty !== null ? { qty: receivedQty } : {}) });
  const accepted = numberOf(line.acceptedQty);
  const rejected = numberOf(line.rejectedQty);
  if (accepted !== null || rejected !== null)
    events.push({ kind: "inspected", date, done: true, accepted: accepted ?? 0, rejected: rejected ?? 0 });
  const returned = numberOf(line.returnedQty);
  if (returned !== null && returned > 0) events.push({ kind: "returned", date, done: true, qty: returned });
}

function byDateThenKind(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date - b.date;
  const kinds = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (kinds !== 0) return kinds;
  return a.chase && b.chase ? a.chase.loggedAt.localeCompare(b.chase.loggedAt) : 0;
}

function numberOf(value: Known<number> | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
