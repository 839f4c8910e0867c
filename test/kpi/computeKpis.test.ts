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
import { GENERATED_AS_OF, generateRegister } from "../../src/sample/generateRegister";
import { sampleRegister } from "../../src/sample/sampleRegister";
import { sampleChaseLog } from "../../src/sample/sampleChaseLog";
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

test("100,000 lines: computeKpis runs over a big register without losing lines", () => {
  const asOf = GENERATED_AS_OF;
  const lines = parseSample(generateRegister(100_000, 1, asOf)).lines;
  const statuses = evaluateRegister(lines, [], DEFAULT_SETTINGS, asOf);
  const month = periodContaining(asOf - 20, "month");
  // Speed is measured by `npm run bench` (bench/engine.ts), never asserted here: timings are noisy.
  expect(computeKpis(statuses, [], DEFAULT_SETTINGS, month, asOf).population.lines).toBeGreaterThan(1000);
});
