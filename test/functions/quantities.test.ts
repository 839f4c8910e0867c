import { FakeError, errorCell, installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { openQtyFn, openValueFn } = require("../../functions/functions") as typeof import("../../functions/functions");

describe("PO.OPENQTY", () => {
  test("scalar and column: ordered − received, never below 0; blank received = nothing received", () => {
    expect(openQtyFn([[100]], [[40]])).toEqual([[60]]);
    expect(openQtyFn([[100], [100], [100], ["1,200"]], [[120], [null], [100], [200]])).toEqual([[0], [100], [0], [1000]]);
  });

  test("2-D, empty ordered is blank, bad elements, mismatched sizes", () => {
    expect(openQtyFn([[10, ""]], [[4, 5]])).toEqual([[6, ""]]);
    expect(openQtyFn([[-1], ["ten"], [errorCell("#DIV/0!")], [10]], [[0], [0], [0]])).toEqual([
      [new FakeError("#VALUE!", "orderedQty must be zero or more, got -1")],
      [new FakeError("#VALUE!", 'orderedQty must be a number, got "ten"')],
      [new FakeError("#DIV/0!", undefined)],
      [new FakeError("#N/A", "The ranges have different sizes")],
    ]);
  });
});

describe("PO.OPENVALUE", () => {
  test("open qty × price: (100 − 40) × 2.5 = 150; fully received = 0; no price = blank", () => {
    expect(openValueFn([[100]], [[40]], [[2.5]])).toEqual([[150]]);
    expect(openValueFn([[100], [100], [100]], [[100], [0], [0]], [[3], [""], [1.2]])).toEqual([[0], [""], [120]]);
  });

  test("a price row broadcast over a 2×2 grid of quantities", () => {
    // (10−0)×2, (20−5)×3 / (10−10)×2, (20−0)×3
    expect(openValueFn([[10, 20], [10, 20]], [[0, 5], [10, 0]], [[2, 3]])).toEqual([
      [20, 45],
      [0, 60],
    ]);
  });

  test("bad price, booleans", () => {
    expect(openValueFn([[10], [10]], [[0], [true]], [["$5"], [1]])).toEqual([
      [new FakeError("#VALUE!", 'unitPrice must be a number, got "$5"')],
      [new FakeError("#VALUE!", "receivedQty must be a number, got true")],
    ]);
  });
});
