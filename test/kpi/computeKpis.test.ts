import { computeKpis } from "../../src/kpi/computeKpis";
import { ageing } from "../../src/kpi/ageing";
import { chaseActivity } from "../../src/kpi/chaseActivity";
import { confirmationRate } from "../../src/kpi/confirmation";
import { lateDaysStat } from "../../src/kpi/daysLate";
import { delayReasonPareto } from "../../src/kpi/delayReasons";
import { otd, otif } from "../../src/kpi/otd";
import { promiseSlips } from "../../src/kpi/promiseSlips";
import { supplierScorecard } from "../../src/kpi/scorecard";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { periodContaining } from "../../src/dates/period";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { sampleRegister } from "../../src/sample/sampleRegister";
import { sampleChaseLog } from "../../src/sample/sampleChaseLog";
import { sampleLines, type SampleLine } from "../../src/sample/sampleLines";
import { parseSample } from "../sample/helpers";
import { AS_OF, SETTINGS, WEEK, chase, d, open, received } from "./fixtures";

test("the one-walk snapshot agrees with each measure computed on its own", () => {
  const statuses = [
    received(d(2026, 11, 17), d(2026, 11, 12), { currency: "USD" }),
    received(d(2026, 11, 18), d(2026, 11, 21), { supplier: "Müller GmbH", delayReason: "Transport" }),
    open(d(2026, 11, 16), { currency: "EUR", unitPrice: 3, orderDate: d(2026, 10, 1), promisedDate: d(2026, 11, 16) }),
    open(d(2026, 12, 20), { supplier: "東京精密工業", currency: "JPY", unitPrice: 500, orderDate: d(2026, 11, 2) }),
  ];
  const chases = [chase({ date: d(2026, 11, 18), previousPromised: d(2026, 11, 16), newPromised: d(2026, 11, 30) })];
  const k = computeKpis(statuses, chases, SETTINGS, WEEK, AS_OF);
  expect(k.otd).toEqual(otd(statuses, WEEK, AS_OF, SETTINGS));
  expect(k.otif).toEqual(otif(statuses, WEEK, AS_OF, SETTINGS));
  expect(k.daysLate).toEqual(lateDaysStat(statuses, WEEK, AS_OF, SETTINGS));
  expect(k.confirmation).toEqual(confirmationRate(statuses, AS_OF, SETTINGS));
  expect(k.ageing).toEqual(ageing(statuses));
  expect(k.delayReasons).toEqual(delayReasonPareto(statuses, WEEK, AS_OF, SETTINGS));
  expect(k.promiseSlips).toEqual(promiseSlips(chases, WEEK));
  expect(k.chaseActivity).toEqual(chaseActivity(chases, WEEK));
  expect(k.suppliers).toEqual(supplierScorecard(statuses, chases, SETTINGS, WEEK, AS_OF));
  // population: 3 lines (2 receipts + the open line committed 16th); on time 1 → OTD 1/3
  expect(k.population).toEqual({ lines: 3, onTime: 1, inFull: 2, onTimeInFull: 1, stillOpen: 1, late: 2, notYetDue: 0, unknown: 0 });
  // open: 100 × 3 EUR overdue (9 days), 100 × 500 JPY not due
  expect(k.open).toEqual({ lines: 2, value: { EUR: 300, JPY: 50000 } });
  expect(k.pastDue).toEqual({ lines: 1, value: { EUR: 300 } });
  // confirmation: both open lines are old; only the EUR line has a promise → 1/2
  expect(k.confirmation).toMatchObject({ numerator: 1, denominator: 2 });
});

test("no lines and no chases: every rate is no data", () => {
  const k = computeKpis([], [], SETTINGS, WEEK, AS_OF);
  expect([k.otd, k.otif, k.confirmation, k.daysLate]).toEqual([{ kind: "noData" }, { kind: "noData" }, { kind: "noData" }, { kind: "noData" }]);
  expect(k.suppliers).toEqual([]);
  expect(k.delayReasons.rows).toEqual([]);
});

test("integration: the sample register through the real parser and engine", () => {
  const asOf = d(2026, 11, 20);
  const lines = parseSample(sampleRegister({ asOf, seed: 7 })).lines;
  const log = sampleChaseLog({ asOf, seed: 7 });
  const statuses = evaluateRegister(lines, log, DEFAULT_SETTINGS, asOf);
  const week = periodContaining(asOf, "week");
  const k = computeKpis(statuses, log, DEFAULT_SETTINGS, week, asOf);
  expect(k.otd.kind).toBe("rate");
  expect(k.otif.kind).toBe("rate");
  expect(k.confirmation.kind).toBe("rate");
  expect(k.suppliers.length).toBeGreaterThanOrEqual(8);
  expect(Object.keys(k.open.value).sort()).toEqual(["CNY", "EUR", "JPY", "USD"]);
  expect(k.pastDue.lines).toBeGreaterThan(0);
  expect(k.delayReasons.rows.length).toBeGreaterThan(1);
  expect(k.promiseSlips.lines).toBeGreaterThan(0);
  expect(k.chaseActivity.chases).toBeGreaterThan(0);
  // the ageing's lines add up to the open lines
  const aged = k.ageing.rows.reduce((n, r) => n + r.lines, 0) + k.ageing.undated.lines;
  expect(aged).toBe(k.open.lines);
  // the scorecard's population adds up to the headline population
  expect(k.suppliers.reduce((n, s) => n + s.population, 0)).toBe(k.population.lines);
});

/*
 * The same sample, counted a second way: straight from the sample's own definition (sampleLines,
 * before it becomes a worksheet), with the rules of docs/rules/kpi.md written out below in a few
 * lines of plain arithmetic — no parser, no engine, no working-day code from src. The engine's
 * figures must agree with this count; neither is copied from the other's output.
 *
 * asOf Fri 2026-11-20 = 46346 (2026-01-01 = 46023, + 304 days of Jan–Oct = 2026-11-01 = 46327, a
 * Sunday; + 19). Week 2026-W47 = Mon 11-16 (46342) … Sun 11-22 (46348). Default settings: late
 * tolerance 0, early unlimited, quantity tolerance 0, confirm within 3 working days (Mon–Fri).
 */
test("the sample register's figures agree with a count made straight from the sample's definition", () => {
  const asOf = 46346;
  const week = { start: 46342, end: 46348 };
  const defined = sampleLines({ asOf, seed: 7 });

  // Weekday by hand: 46327 is a Sunday, so (serial − 46327) mod 7 = 0 Sunday … 6 Saturday.
  const weekend = (serial: number) => [0, 6].includes((((serial - 46327) % 7) + 7) % 7);
  const plusWorkdays = (serial: number, n: number) => {
    let day = serial;
    for (let left = n; left > 0; ) if (!weekend(++day)) left--;
    return day;
  };

  // Lifecycle (first match): buyer-set, received (received ≥ ordered, something received), partial, open.
  const kind = (l: SampleLine) =>
    l.lifecycle === "Cancelled" ? "cancelled" : l.lifecycle === "On hold" ? "onHold" : l.lifecycle === "Closed" ? "closed"
      : (l.receivedQty ?? 0) > 0 && (l.receivedQty ?? 0) >= l.orderedQty ? "received" : (l.receivedQty ?? 0) > 0 ? "partial" : "open";
  const due = (l: SampleLine) => l.promisedDate ?? l.requestedDate;
  // Committed = first promise (slipped lines: the first date, logged as a confirmation), else promised, else requested.
  const committed = (l: SampleLine) => l.firstPromise ?? l.promisedDate ?? l.requestedDate;
  const round2 = (x: number) => Math.round(x * 100) / 100;

  // Open lines, open and past-due value per currency (past due = at least 1 calendar day after the due date).
  const openLines = defined.filter((l) => kind(l) === "open" || kind(l) === "partial");
  const valueOf = (lines: SampleLine[]) => {
    const value: Record<string, number> = {};
    for (const l of lines) value[l.supplier.currency] = (value[l.supplier.currency] ?? 0) + (l.orderedQty - (l.receivedQty ?? 0)) * l.unitPrice;
    return value;
  };
  const pastDueLines = openLines.filter((l) => asOf - due(l) >= 1);

  // Population of a period: committed in it and received (or closed with something received), or
  // open/partial with its last on-time day (the committed date) before asOf. On time: received no later
  // than committed. In full: received ≥ ordered; a partial or short-closed line never is.
  const population = (period: { start: number; end: number }) => {
    let measured = 0;
    let onTime = 0;
    let onTimeInFull = 0;
    for (const l of defined) {
      const c = committed(l);
      if (c < period.start || c > period.end) continue;
      const k = kind(l);
      const delivered = k === "received" || (k === "closed" && (l.receivedQty ?? 0) > 0);
      const overdue = (k === "open" || k === "partial") && asOf > c;
      if (!delivered && !overdue) continue;
      measured++;
      const timely = l.receivedDate !== null && l.receivedDate <= c;
      if (timely) onTime++;
      if (timely && k === "received") onTimeInFull++;
    }
    return { measured, onTime, onTimeInFull };
  };

  // Confirmation: open lines whose WORKDAY(order date, 3) is before asOf; the share with a promised date.
  const old = openLines.filter((l) => plusWorkdays(l.orderDate, 3) < asOf);
  const confirmed = old.filter((l) => l.promisedDate !== null);

  const lines = parseSample(sampleRegister({ asOf, seed: 7 })).lines;
  const log = sampleChaseLog({ asOf, seed: 7 });
  const statuses = evaluateRegister(lines, log, DEFAULT_SETTINGS, asOf);
  const period = periodContaining(asOf, "week");
  expect([period.start, period.end]).toEqual([week.start, week.end]);
  const k = computeKpis(statuses, log, DEFAULT_SETTINGS, period, asOf);

  expect(k.open.lines).toBe(openLines.length);
  expect(k.pastDue.lines).toBe(pastDueLines.length);
  for (const [currency, value] of Object.entries(valueOf(openLines))) expect([currency, k.open.value[currency]]).toEqual([currency, expect.closeTo(round2(value), 1)]);
  for (const [currency, value] of Object.entries(valueOf(pastDueLines))) expect([currency, k.pastDue.value[currency]]).toEqual([currency, expect.closeTo(round2(value), 1)]);
  expect(Object.keys(k.open.value).sort()).toEqual(Object.keys(valueOf(openLines)).sort());

  expect(k.confirmation).toMatchObject({ kind: "rate", numerator: confirmed.length, denominator: old.length });

  // November 2026 = 46327 (Sun 11-01) … 46356 (Mon 11-30) as well as W47: a month holds lines received in full on time too.
  const month = periodContaining(asOf, "month");
  expect([month.start, month.end]).toEqual([46327, 46356]);
  for (const [p, kpis] of [[week, k], [month, computeKpis(statuses, log, DEFAULT_SETTINGS, month, asOf)]] as const) {
    const { measured, onTime, onTimeInFull } = population(p);
    expect(measured).toBeGreaterThan(0); // the sample does have a population in both
    expect({ lines: kpis.population.lines, onTime: kpis.population.onTime, onTimeInFull: kpis.population.onTimeInFull }).toEqual({ lines: measured, onTime, onTimeInFull });
    expect(kpis.otd).toMatchObject({ kind: "rate", numerator: onTime, denominator: measured });
    expect(kpis.otif).toMatchObject({ kind: "rate", numerator: onTimeInFull, denominator: measured });
  }
  expect(population(month).onTimeInFull).toBeGreaterThan(0);
});
