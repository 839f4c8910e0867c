import { mean, median } from "../../src/kpi/stats";

test("median of an odd count is the middle value", () => {
  expect(median([9, 1, 4])).toBe(4); // sorted 1, 4, 9
});

test("median of an even count is the mean of the two middle values", () => {
  expect(median([10, 1, 3, 4])).toBe(3.5); // sorted 1, 3, 4, 10 → (3 + 4) / 2
});

test("median sorts numerically, not as text", () => {
  expect(median([100, 20, 3])).toBe(20);
});

test("mean, and NaN for empty lists", () => {
  expect(mean([1, 2, 6])).toBe(3);
  expect(mean([])).toBeNaN();
  expect(median([])).toBeNaN();
});
