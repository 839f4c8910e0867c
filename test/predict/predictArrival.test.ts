import { makeCalendar } from "../../src/dates/calendar";
import { predictArrival } from "../../src/predict/predictArrival";
import { quantileFrom, shrunkQuantile } from "../../src/predict/quantile";
import type { SlipHistory } from "../../src/predict/slipHistory";
import { supplierKey } from "../../src/followup/supplierKey";
import { evaluateLine } from "../../src/followup/evaluateLine";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { LineStatus } from "../../src/followup/types";
import { d, makeLine } from "../followup/fixtures";

// Mon–Fri, no holidays. 2026-01-05 is a Monday.
const cal = makeCalendar();
const MON_JAN_5 = d(2026, 1, 5);

function openLine(committed: number, asOf: number): LineStatus {
  const line = makeLine({ supplier: "Acme", committedDate: committed, promisedDate: committed });
  return evaluateLine(line, { settings: DEFAULT_SETTINGS, calendar: cal, asOf });
}

function history(own: number[], everyone: number[]): SlipHistory {
  return {
    bySupplier: new Map([["acme", { receipts: own, promiseMoves: [], all: own }]]),
    everyone: [...everyone].sort((a, b) => a - b),
    supplierKeyOf: supplierKey,
    k: 5,
  };
}

describe("quantile and shrinkage", () => {
  test("the empirical quantile is the smallest slip with at least p of the slips at or below it", () => {
    const slips = [-1, 0, 0, 2, 3, 4, 4, 5, 8, 10];
    // P50: rank ⌈0.5 × 10⌉ = 5 → 3; P90: rank ⌈0.9 × 10⌉ = 9 → 8; from index 6 ([4,5,8,10]) P50: rank 2 → 5.
    expect(quantileFrom(slips, 0, 0.5)).toBe(3);
    expect(quantileFrom(slips, 0, 0.9)).toBe(8);
    expect(quantileFrom(slips, 6, 0.5)).toBe(5);
    expect(quantileFrom(slips, 10, 0.5)).toBeUndefined();
  });

  test("a supplier's quantile weighs n / (n + 5) against every supplier's", () => {
    // n = 5: w = 5/10 = 0.5; 0.5 × 4 + 0.5 × 0 = 2.
    expect(shrunkQuantile(4, 5, 0, 5)).toEqual({ slip: 2, weight: 0.5 });
    // n = 20: w = 20/25 = 0.8; 0.8 × 10 + 0.2 × 0 = 8.
    expect(shrunkQuantile(10, 20, 0, 5)).toEqual({ slip: 8, weight: 0.8 });
    // No slips of its own: every supplier's figure alone.
    expect(shrunkQuantile(undefined, 0, 3, 5)).toEqual({ slip: 3, weight: 0 });
  });
});

describe("predictArrival", () => {
  test("a supplier with 5 receipts is shrunk halfway toward all suppliers", () => {
    // Own slips [0,2,4,6,8]: P50 rank ⌈2.5⌉ = 3 → 4; P90 rank ⌈4.5⌉ = 5 → 8.
    // Everyone (20): eleven 0s, five 1s, 2, 4, 6, 8: P50 rank 10 → 0; P90 rank 18 → 4.
    // w = 5/(5+5) = 0.5: P50 slip = 0.5×4 + 0.5×0 = 2; P90 slip = 0.5×8 + 0.5×4 = 6.
    // Committed Mon 5 Jan, asOf Mon 29 Dec 2025: 5 working days left, so every slip ≥ −5 counts.
    // Mon 5 Jan + 2 working days = Wed 7 Jan; + 6 working days = Tue 13 Jan.
    const everyone = [...Array(11).fill(0), 1, 1, 1, 1, 1, 2, 4, 6, 8];
    const p = predictArrival(openLine(MON_JAN_5, d(2025, 12, 29)), history([0, 2, 4, 6, 8], everyone), cal, d(2025, 12, 29));
    expect(p).toMatchObject({ slip50: 2, slip90: 6, p50: d(2026, 1, 7), p90: d(2026, 1, 13) });
    expect(p?.basis).toMatchObject({ kind: "mixed", used: 5, weight: 0.5, late: 4, lateSoFar: -5 });
  });

  test("an overdue line uses only the slips longer than its lateness so far", () => {
    // Committed Mon 5 Jan, asOf Mon 12 Jan: NETWORKDAYS(5 Jan, 12 Jan) − 1 = 6 − 1 = 5 working days late,
    // so only slips ≥ 6 count. Own [−1,0,1,2,3,5,7,9,12,15] → [7,9,12,15] (n = 4):
    //   P50 rank ⌈2⌉ = 2 → 9; P90 rank ⌈3.6⌉ = 4 → 15.
    // Everyone: own + ten 0s + [6, 20] → ≥ 6: [6,7,9,12,15,20]: P50 rank 3 → 9; P90 rank ⌈5.4⌉ = 6 → 20.
    // w = 4/9: P50 = 4/9×9 + 5/9×9 = 9; P90 = (4×15 + 5×20)/9 = 160/9 = 17.8 → 18.
    // Mon 5 Jan + 9 working days = Fri 16 Jan; + 18 working days = Thu 29 Jan.
    // (Unconditioned, the own P50 would be 3 working days: Thu 8 Jan, before asOf.)
    const own = [-1, 0, 1, 2, 3, 5, 7, 9, 12, 15];
    const asOf = d(2026, 1, 12);
    const p = predictArrival(openLine(MON_JAN_5, asOf), history(own, [...own, ...Array(10).fill(0), 6, 20]), cal, asOf);
    expect(p).toMatchObject({ slip50: 9, slip90: 18, p50: d(2026, 1, 16), p90: d(2026, 1, 29) });
    expect(p?.basis).toMatchObject({ lateSoFar: 5, used: 4, kind: "mixed" });
  });

  test("a line later than every slip on record is expected the next working day, never before asOf", () => {
    // Committed Mon 5 Jan, asOf Fri 6 Feb: NETWORKDAYS = 25 working days → 24 late; slips ≥ 25: none anywhere.
    // Floor = 25 working days after Mon 5 Jan = Mon 9 Feb (the next working day after asOf).
    const asOf = d(2026, 2, 6);
    const p = predictArrival(openLine(MON_JAN_5, asOf), history([1, 3], [1, 3, 20]), cal, asOf);
    expect(p).toMatchObject({ slip50: 25, slip90: 25, p50: d(2026, 2, 9), p90: d(2026, 2, 9) });
    expect(p?.basis.kind).toBe("allSuppliers");
  });

  test("a supplier with no history gets every supplier's figure", () => {
    // Everyone [0,0,1,3]: P50 rank 2 → 0; P90 rank ⌈3.6⌉ = 4 → 3. Mon 5 Jan + 3 = Thu 8 Jan.
    const h: SlipHistory = { bySupplier: new Map(), everyone: [0, 0, 1, 3], supplierKeyOf: supplierKey, k: 5 };
    const asOf = d(2026, 1, 2);
    const p = predictArrival(openLine(MON_JAN_5, asOf), h, cal, asOf);
    expect(p).toMatchObject({ p50: MON_JAN_5, p90: d(2026, 1, 8) });
    expect(p?.basis).toMatchObject({ kind: "allSuppliers", used: 0, weight: 0 });
  });

  test("a received line gets no prediction", () => {
    const line = makeLine({ committedDate: MON_JAN_5, receivedQty: 100, receivedDate: MON_JAN_5 });
    const status = evaluateLine(line, { settings: DEFAULT_SETTINGS, calendar: cal, asOf: d(2026, 1, 12) });
    expect(predictArrival(status, history([1], [1]), cal, d(2026, 1, 12))).toBeUndefined();
  });
});
