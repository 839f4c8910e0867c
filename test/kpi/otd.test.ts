import { lateDaysStat } from "../../src/kpi/daysLate";
import { otd, otif } from "../../src/kpi/otd";
import { tallyPerformance } from "../../src/kpi/performance";
import { AS_OF, SETTINGS, WEEK, d, lineStatus, open, received } from "./fixtures";

/**
 * Week 2026-W47 (16–22 Nov), asOf 25 Nov, default tolerances (early unlimited, late 0, qty 0 %).
 *   A received early        committed 17, received 12          on time, in full
 *   B received on the day   committed 18, received 18          on time, in full
 *   C slipped promise       committed 16, promised now 30, open miss, 25 − 16 = 9 days late
 *   D partial receipt       committed 19, 60/100 received 19   on time, not in full
 *   E over-receipt, late    committed 20, 120/100 received 22  late 2, in full
 *   F cancelled             committed 18                       excluded
 *   G received late         committed 16, received 20          late 4, in full
 *   H open                  committed 22                       miss, 25 − 22 = 3 days late
 *   J open                  committed 24 (next week)           outside
 *   K unreadable committed date                                unknown
 *   L received, unreadable receipt date, committed 17          unknown
 *   M on hold               committed 17                       excluded
 *   N closed short          committed 18, 50/100 received 18   on time, not in full
 *   O closed, nothing received                                 excluded
 * Population A B C D E G H N = 8. On time A B D N = 4 → OTD 4/8 = 50 %.
 * In full A B E G; on time and in full A B = 2 → OTIF 2/8 = 25 %.
 * Late lines C 9, E 2, G 4, H 3: mean 18/4 = 4.5; median of 2 3 4 9 = (3 + 4)/2 = 3.5; max 9.
 */
const population = [
  received(d(2026, 11, 17), d(2026, 11, 12)),
  received(d(2026, 11, 18), d(2026, 11, 18)),
  open(d(2026, 11, 16), { promisedDate: d(2026, 11, 30) }, { due: d(2026, 11, 30) }),
  lineStatus({ orderedQty: 100, receivedQty: 60, receivedDate: d(2026, 11, 19) }, { lifecycle: "partial", committed: d(2026, 11, 19) }),
  received(d(2026, 11, 20), d(2026, 11, 22), { orderedQty: 100, receivedQty: 120 }),
  open(d(2026, 11, 18), {}, { lifecycle: "cancelled" }),
  received(d(2026, 11, 16), d(2026, 11, 20)),
  open(d(2026, 11, 22)),
  open(d(2026, 11, 24)),
  open(d(2026, 11, 18), {}, { committed: undefined }),
  lineStatus({ receivedQty: 100, receivedDate: undefined }, { lifecycle: "received", committed: d(2026, 11, 17) }),
  open(d(2026, 11, 17), {}, { lifecycle: "onHold" }),
  lineStatus({ orderedQty: 100, receivedQty: 50, receivedDate: d(2026, 11, 18) }, { lifecycle: "closed", committed: d(2026, 11, 18) }),
  lineStatus({ receivedQty: 0 }, { lifecycle: "closed", committed: d(2026, 11, 18) }),
];

test("population counts", () => {
  expect(tallyPerformance(population, WEEK, AS_OF, SETTINGS)).toEqual({
    population: 8,
    onTime: 4,
    inFull: 4,
    onTimeInFull: 2,
    stillOpen: 3, // C, D, H
    lateDays: [9, 2, 4, 3],
    notYetDue: 0,
    unknown: 2, // K, L
  });
});

test("OTD and OTIF", () => {
  expect(otd(population, WEEK, AS_OF, SETTINGS)).toEqual({ kind: "rate", value: 0.5, numerator: 4, denominator: 8 });
  expect(otif(population, WEEK, AS_OF, SETTINGS)).toEqual({ kind: "rate", value: 0.25, numerator: 2, denominator: 8 });
});

test("average and median days late of the late lines, against the committed date", () => {
  expect(lateDaysStat(population, WEEK, AS_OF, SETTINGS)).toEqual({ kind: "days", mean: 4.5, median: 3.5, max: 9, lines: 4 });
});

test("median of an odd number of late lines", () => {
  // drop H (3 days): late 9, 2, 4 → median 4, mean 15/3 = 5
  const withoutH = population.filter((_, i) => i !== 7);
  expect(lateDaysStat(withoutH, WEEK, AS_OF, SETTINGS)).toEqual({ kind: "days", mean: 5, median: 4, max: 9, lines: 3 });
});

test("an empty period is no data for OTD, OTIF and days late", () => {
  const otherWeek = { start: d(2026, 10, 5), end: d(2026, 10, 11) };
  expect(otd(population, otherWeek, AS_OF, SETTINGS)).toEqual({ kind: "noData" });
  expect(otif(population, otherWeek, AS_OF, SETTINGS)).toEqual({ kind: "noData" });
  expect(lateDaysStat(population, otherWeek, AS_OF, SETTINGS)).toEqual({ kind: "noData" });
});

test("a period with only on-time lines: 100 % and no days-late figure", () => {
  const onTime = [received(d(2026, 11, 17), d(2026, 11, 12))];
  expect(otd(onTime, WEEK, AS_OF, SETTINGS)).toMatchObject({ value: 1 });
  expect(lateDaysStat(onTime, WEEK, AS_OF, SETTINGS)).toEqual({ kind: "noData" });
});

test("a 2-day late tolerance makes E on time: OTD 5/8, OTIF 3/8", () => {
  const lenient = { ...SETTINGS, lateTolerance: 2 };
  expect(otd(population, WEEK, AS_OF, lenient)).toMatchObject({ numerator: 5, denominator: 8 });
  expect(otif(population, WEEK, AS_OF, lenient)).toMatchObject({ numerator: 3, denominator: 8 });
});

test("a 5 % quantity tolerance counts 96 of 100 in full", () => {
  const line = received(d(2026, 11, 18), d(2026, 11, 18), { orderedQty: 100, receivedQty: 96 });
  expect(otif([line], WEEK, AS_OF, { ...SETTINGS, qtyTolerance: 0.05 })).toMatchObject({ value: 1 });
  expect(otif([line], WEEK, AS_OF, SETTINGS)).toMatchObject({ value: 0 });
});
