import { addAmount, currencyKey, mergeAmounts, roundAmounts } from "../../src/kpi/amounts";

test("amounts are kept per currency and never summed across currencies", () => {
  const a = {};
  addAmount(a, "USD", 100);
  addAmount(a, "usd ", 50);
  addAmount(a, "JPY", 10000);
  addAmount(a, null, 7);
  expect(a).toEqual({ USD: 150, JPY: 10000, "": 7 });
});

test("a missing value adds nothing and says so", () => {
  const a = {};
  expect(addAmount(a, "EUR", null)).toBe(false);
  expect(addAmount(a, "EUR", undefined)).toBe(false);
  expect(a).toEqual({});
});

test("rounding hides float noise and sorts currencies", () => {
  const a = { USD: 0.1 + 0.2, CNY: 1 };
  mergeAmounts(a, { USD: 1 });
  expect(roundAmounts(a)).toEqual({ CNY: 1, USD: 1.3 });
  expect(Object.keys(roundAmounts(a))).toEqual(["CNY", "USD"]);
  expect(currencyKey(undefined)).toBe("");
});

test("a three-decimal currency keeps its third decimal (ISO 4217: KWD has 1/1000 fils)", () => {
  // 1.125 + 2.25 = 3.375 KWD; rounded to 1/100 it would read 3.38.
  expect(roundAmounts({ KWD: 1.125 + 2.25, USD: 3.375 })).toEqual({ KWD: 3.375, USD: 3.38 });
});
