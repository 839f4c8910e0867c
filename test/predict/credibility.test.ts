import { credibilityK, DEFAULT_K, MAX_K, MIN_K } from "../../src/predict/credibility";

describe("credibilityK (Bühlmann: within-supplier variance / between-supplier variance)", () => {
  test("two suppliers that differ by about their own spread", () => {
    // A [0, 10]: mean 5, variance (25 + 25)/1 = 50. B [10, 20]: mean 15, variance 50. Within = 50.
    // Means' spread: ((5 − 10)² + (15 − 10)²)/1 = 50, less the noise of a 2-slip mean 50 × ½ = 25 → between 25.
    // k = 50 / 25 = 2: a supplier with 2 slips counts 2/(2 + 2) = half.
    expect(credibilityK([[0, 10], [10, 20]])).toBe(2);
  });

  test("suppliers far apart barely shrink (k held at the minimum)", () => {
    // A [0,0,0,0]: mean 0, var 0. B [4,6,4,6]: mean 5, var 4/3. Within = 2/3.
    // Between = (2.5² + 2.5²)/1 − 2/3 × ¼ = 12.5 − 1/6 = 12.33; k = 0.054 → MIN_K.
    expect(credibilityK([[0, 0, 0, 0], [4, 6, 4, 6]])).toBe(MIN_K);
  });

  test("suppliers alike shrink the most; too little history keeps the default", () => {
    // Means 1 and 1: between = 0 − … ≤ 0 → MAX_K.
    expect(credibilityK([[0, 2], [2, 0]])).toBe(MAX_K);
    // One supplier with ≥ 2 slips (the other has 1): nothing to compare.
    expect(credibilityK([[0, 2], [5]])).toBe(DEFAULT_K);
  });
});
