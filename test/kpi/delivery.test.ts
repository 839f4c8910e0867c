import { isInFull, isOnTime } from "../../src/kpi/delivery";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

const committed = 46000;

test("default tolerances: any early receipt and the committed day itself are on time, one day late is not", () => {
  expect(isOnTime(committed - 30, committed, DEFAULT_SETTINGS)).toBe(true);
  expect(isOnTime(committed, committed, DEFAULT_SETTINGS)).toBe(true);
  expect(isOnTime(committed + 1, committed, DEFAULT_SETTINGS)).toBe(false);
});

test("early and late tolerances bound the window", () => {
  const settings = { earlyTolerance: 3, lateTolerance: 2 };
  expect(isOnTime(committed - 3, committed, settings)).toBe(true);
  expect(isOnTime(committed - 4, committed, settings)).toBe(false);
  expect(isOnTime(committed + 2, committed, settings)).toBe(true);
  expect(isOnTime(committed + 3, committed, settings)).toBe(false);
});

test("in full with and without quantity tolerance; over-receipt is in full", () => {
  expect(isInFull(100, 100, { qtyTolerance: 0 })).toBe(true);
  expect(isInFull(100, 99, { qtyTolerance: 0 })).toBe(false);
  expect(isInFull(100, 120, { qtyTolerance: 0 })).toBe(true);
  expect(isInFull(100, 95, { qtyTolerance: 0.05 })).toBe(true); // 100 × 0.95 = 95
  expect(isInFull(100, 94, { qtyTolerance: 0.05 })).toBe(false);
  expect(isInFull(100, null, { qtyTolerance: 0 })).toBeUndefined();
  expect(isInFull(undefined, 100, { qtyTolerance: 0 })).toBeUndefined();
});
