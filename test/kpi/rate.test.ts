import { rate, rateValue } from "../../src/kpi/rate";

test("a rate keeps its numerator and denominator", () => {
  expect(rate(3, 4)).toEqual({ kind: "rate", value: 0.75, numerator: 3, denominator: 4 });
  expect(rateValue(rate(0, 5))).toBe(0); // 0 of 5 is a real 0 %
});

test("an empty denominator is no data, never 0 % or 100 %", () => {
  expect(rate(0, 0)).toEqual({ kind: "noData" });
  expect(rateValue(rate(0, 0))).toBeNull();
});
