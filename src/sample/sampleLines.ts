import type { Serial } from "../model";
import type { Lang } from "../i18n/i18n";
import { makeCalendar, workday } from "../dates/calendar";
import { DEFAULT_DELAY_REASONS } from "../settings/settings";
import { BUYERS, ITEMS, NOTES, OPEN_STAGES, PER_USD, SUPPLIERS, type SampleSupplier } from "./catalog";
import { seededRandom, type Random } from "./prng";

/** The situations the sample register shows, each at least once. */
export type Scenario =
  | "receivedOnTime"
  | "receivedEarly"
  | "receivedLate"
  | "overReceived"
  | "partial"
  | "overdue1"
  | "overdue2"
  | "overdue3"
  | "lateUnconfirmed"
  | "unconfirmed"
  | "dueSoon"
  | "onTrack"
  | "newOrder"
  | "slipped"
  | "cancelled"
  | "onHold"
  | "closed";

/** Relative weights after the first round, where every scenario appears once. */
const WEIGHTS: Record<Scenario, number> = {
  receivedOnTime: 20,
  receivedEarly: 6,
  receivedLate: 11,
  overReceived: 2,
  partial: 7,
  overdue1: 6,
  overdue2: 5,
  overdue3: 6,
  lateUnconfirmed: 2,
  unconfirmed: 7,
  dueSoon: 8,
  onTrack: 12,
  newOrder: 3,
  slipped: 5,
  cancelled: 3,
  onHold: 2,
  closed: 2,
};
export const SCENARIOS = Object.keys(WEIGHTS) as Scenario[];

/** One generated line, before it is written as a row. Blank = null. */
export interface SampleLine {
  scenario: Scenario;
  poNumber: string;
  line: number;
  supplier: SampleSupplier;
  itemCode: string;
  description: string;
  buyer: string;
  orderDate: Serial;
  requestedDate: Serial;
  promisedDate: Serial | null;
  /** The supplier's first promise, when it later moved (scenario "slipped"). */
  firstPromise: Serial | null;
  /** Day the promise moved. */
  slipDate: Serial | null;
  orderedQty: number;
  receivedQty: number | null;
  receivedDate: Serial | null;
  unitPrice: number;
  lifecycle: "Cancelled" | "On hold" | "Closed" | null;
  stage: string | null;
  delayReason: string | null;
  lastChase: Serial | null;
  nextChase: Serial | null;
  notes: string | null;
}

export interface SampleOptions {
  asOf: Serial;
  lines?: number;
  seed?: number;
  lang?: Lang;
}

const QUANTITIES = [10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];

/** Deterministic lines for the sample register; the same options always give the same lines. */
export function sampleLines({ asOf, lines = 240, seed = 20261120, lang = "en" }: SampleOptions): SampleLine[] {
  const rnd = seededRandom(seed);
  const cal = makeCalendar();
  const total = Math.max(0, Math.floor(lines));
  const out: SampleLine[] = [];
  let poCount = 0;
  while (out.length < total) {
    const scenario = poCount < SCENARIOS.length ? SCENARIOS[poCount] : weightedScenario(rnd);
    const supplier = SUPPLIERS[poCount < SUPPLIERS.length ? poCount : rnd.int(0, SUPPLIERS.length - 1)];
    poCount++;
    const poNumber = `PO-${String(26000 + poCount * 7 + rnd.int(0, 6))}`;
    const buyer = rnd.chance(0.85) ? BUYERS[SUPPLIERS.indexOf(supplier) % BUYERS.length] : rnd.pick(BUYERS);
    const lineCount = Math.min(total - out.length, rnd.pick([1, 1, 2, 2, 3, 4]));
    const dates = scenarioDates(scenario, asOf, rnd, cal);
    for (let i = 0; i < lineCount; i++) {
      out.push(makeLine(scenario, dates, { poNumber, line: (i + 1) * 10, supplier, buyer }, asOf, rnd, cal, lang));
    }
  }
  return out;
}

function weightedScenario(rnd: Random): Scenario {
  let total = 0;
  for (const s of SCENARIOS) total += WEIGHTS[s];
  let x = rnd.next() * total;
  for (const s of SCENARIOS) {
    x -= WEIGHTS[s];
    if (x < 0) return s;
  }
  return "onTrack";
}

interface PoDates {
  orderDate: Serial;
  requestedDate: Serial;
  promisedDate: Serial | null;
  firstPromise: Serial | null;
  slipDate: Serial | null;
}

type Calendar = ReturnType<typeof makeCalendar>;

/** Dates shared by the lines of one PO, placed relative to asOf so each scenario shows as intended. */
function scenarioDates(scenario: Scenario, asOf: Serial, rnd: Random, cal: Calendar): PoDates {
  const po = (promised: Serial | null, orderLead: number, requested?: Serial): PoDates => {
    const anchor = promised ?? requested ?? asOf;
    const requestedDate = requested ?? anchor - rnd.pick([0, 0, 0, 3, 7]);
    return {
      orderDate: Math.min(anchor, requestedDate) - orderLead,
      requestedDate,
      promisedDate: promised,
      firstPromise: null,
      slipDate: null,
    };
  };
  switch (scenario) {
    case "receivedOnTime":
    case "receivedEarly":
    case "overReceived":
    case "closed":
      return po(asOf - rnd.int(3, 45), rnd.int(25, 50));
    case "receivedLate":
      return po(asOf - rnd.int(16, 45), rnd.int(25, 50));
    case "partial":
      return po(asOf + rnd.int(-15, 10), rnd.int(25, 50));
    case "overdue1":
      return po(workday(cal, asOf, -rnd.int(1, 4)), rnd.int(25, 50));
    case "overdue2":
      return po(workday(cal, asOf, -rnd.int(5, 9)), rnd.int(25, 50));
    case "overdue3":
      return po(workday(cal, asOf, -rnd.int(10, 55)), rnd.int(25, 50));
    case "lateUnconfirmed":
      return po(null, rnd.int(20, 40), asOf - rnd.int(2, 20));
    case "unconfirmed":
      return { ...po(null, 0, asOf + rnd.int(10, 45)), orderDate: asOf - rnd.int(8, 25) };
    case "dueSoon":
      return po(workday(cal, asOf, rnd.int(1, 4)), rnd.int(20, 50));
    case "onTrack":
      return po(asOf + rnd.int(12, 60), rnd.int(15, 40));
    case "newOrder":
      return { ...po(null, 0, asOf + rnd.int(20, 60)), orderDate: asOf - rnd.int(0, 1) };
    case "slipped": {
      const first = asOf - rnd.int(2, 9);
      const dates = po(asOf + rnd.int(3, 20), 0, first);
      return { ...dates, orderDate: first - rnd.int(30, 45), firstPromise: first, slipDate: Math.min(first, asOf - 1) - rnd.int(0, 1) };
    }
    case "cancelled":
    case "onHold":
      return po(asOf + rnd.int(-30, 30), rnd.int(20, 50));
  }
}

function makeLine(
  scenario: Scenario,
  dates: PoDates,
  head: { poNumber: string; line: number; supplier: SampleSupplier; buyer: string },
  asOf: Serial,
  rnd: Random,
  cal: Calendar,
  lang: Lang,
): SampleLine {
  const item = rnd.pick(ITEMS[head.supplier.family]);
  const unitPrice = priceIn(head.supplier.currency, item.usd * (0.85 + rnd.next() * 0.3));
  const orderedQty = quantityFor(item.usd, rnd);
  const due = dates.promisedDate ?? dates.requestedDate;
  const late = asOf > due;
  const line: SampleLine = {
    scenario,
    ...head,
    itemCode: item.code,
    description: item.text[lang],
    orderDate: dates.orderDate,
    requestedDate: dates.requestedDate,
    promisedDate: dates.promisedDate,
    firstPromise: dates.firstPromise,
    slipDate: dates.slipDate,
    orderedQty,
    receivedQty: null,
    receivedDate: null,
    unitPrice,
    lifecycle: null,
    stage: null,
    delayReason: null,
    lastChase: null,
    nextChase: null,
    notes: rnd.chance(0.12) ? rnd.pick(NOTES[lang]) : null,
  };
  const reason = () => rnd.pick(DEFAULT_DELAY_REASONS).code;
  switch (scenario) {
    case "receivedOnTime":
      return { ...line, receivedQty: orderedQty, receivedDate: due - rnd.int(0, 2) };
    case "receivedEarly":
      return { ...line, receivedQty: orderedQty, receivedDate: due - rnd.int(4, 10) };
    case "overReceived":
      return { ...line, receivedQty: orderedQty + Math.max(1, Math.round(orderedQty * 0.02)), receivedDate: due - rnd.int(0, 1) };
    case "receivedLate":
      return { ...line, receivedQty: orderedQty, receivedDate: Math.min(asOf - 1, due + rnd.int(1, 15)), delayReason: reason() };
    case "closed":
      return {
        ...line,
        lifecycle: "Closed",
        receivedQty: Math.round(orderedQty * 0.9),
        receivedDate: due + rnd.int(-2, 3),
        notes: "Short-closed, balance not needed",
      };
    case "partial": {
      const receivedDate = Math.min(asOf - 1, due - rnd.int(0, 3));
      return {
        ...line,
        receivedQty: Math.max(1, Math.round(orderedQty * (0.3 + rnd.next() * 0.4))),
        receivedDate,
        stage: "Production",
        delayReason: late ? reason() : null,
        ...chaseDates(late, asOf, rnd, cal),
      };
    }
    case "overdue1":
    case "overdue2":
    case "overdue3":
    case "lateUnconfirmed":
      return {
        ...line,
        stage: rnd.pick(OPEN_STAGES),
        delayReason: rnd.chance(0.8) ? reason() : null,
        ...chaseDates(true, asOf, rnd, cal),
      };
    case "slipped":
      return {
        ...line,
        stage: rnd.pick(OPEN_STAGES.slice(0, 3)),
        delayReason: reason(),
        lastChase: dates.slipDate,
        nextChase: workday(cal, asOf, rnd.int(1, 3)),
      };
    case "unconfirmed":
      return { ...line, lastChase: rnd.chance(0.5) ? workday(cal, asOf, -rnd.int(1, 3)) : null };
    case "dueSoon":
      return { ...line, stage: rnd.pick(["Packed", "Shipped", "Customs"]) };
    case "onTrack":
      return { ...line, stage: rnd.pick(["Materials", "Production"]) };
    case "newOrder":
      return line;
    case "cancelled":
      return { ...line, lifecycle: "Cancelled", notes: "Cancelled: design change" };
    case "onHold":
      return { ...line, lifecycle: "On hold", notes: "On hold: waiting for customer" };
  }
}

function chaseDates(chased: boolean, asOf: Serial, rnd: Random, cal: Calendar): Pick<SampleLine, "lastChase" | "nextChase"> {
  if (!chased || rnd.chance(0.25)) return { lastChase: null, nextChase: null };
  return { lastChase: workday(cal, asOf, -rnd.int(1, 6)), nextChase: workday(cal, asOf, rnd.int(0, 2)) };
}

function priceIn(currency: SampleSupplier["currency"], usd: number): number {
  const value = usd * PER_USD[currency];
  if (currency === "JPY") return Math.max(1, Math.round(value));
  return value < 1 ? Math.round(value * 10000) / 10000 : Math.round(value * 100) / 100;
}

function quantityFor(usd: number, rnd: Random): number {
  const cheap = usd < 1 ? 4 : usd < 20 ? 2 : 0;
  return QUANTITIES[Math.min(QUANTITIES.length - 1, rnd.int(0, 5) + cheap)];
}
