import { FakeError, errorCell, installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ageBucketFn } = require("../../functions/functions") as typeof import("../../functions/functions");

describe("PO.AGEBUCKET", () => {
  test("scalar", () => {
    expect(ageBucketFn([[9]])).toEqual([["8–14 days"]]);
  });

  test("a column over every boundary (≤ 0, 1–7, 8–14, 15–30, 31–60, > 60)", () => {
    const days = [[-3], [0], [1], [7], [8], [14], [15], [30], [31], [60], [61]];
    expect(ageBucketFn(days).map((row) => row[0])).toEqual([
      "Not due",
      "Not due",
      "1–7 days",
      "1–7 days",
      "8–14 days",
      "8–14 days",
      "15–30 days",
      "15–30 days",
      "31–60 days",
      "31–60 days",
      "> 60 days",
    ]);
  });

  test("2-D range; number text is read as a number; empty is blank", () => {
    expect(
      ageBucketFn([
        ["5", ""],
        [100, null],
      ]),
    ).toEqual([
      ["1–7 days", ""],
      ["> 60 days", ""],
    ]);
  });

  test("text, booleans and errors", () => {
    expect(ageBucketFn([["five"], [false], [errorCell("#N/A")], [errorCell("#REF!")]])).toEqual([
      [new FakeError("#VALUE!", 'daysLate must be a number, got "five"')],
      [new FakeError("#VALUE!", "daysLate must be a number, got false")],
      [new FakeError("#N/A", "daysLate holds the error #N/A")],
      [new FakeError("#VALUE!", "daysLate holds the error #REF!")],
    ]);
  });

  test("labels in Chinese", () => {
    (globalThis as unknown as { Office: unknown }).Office = { context: { displayLanguage: "zh-CN" } };
    try {
      expect(ageBucketFn([[0], [61]])).toEqual([["未到期"], ["60 天以上"]]);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  test("error messages follow the display language too", () => {
    (globalThis as unknown as { Office: unknown }).Office = { context: { displayLanguage: "ja-JP" } };
    try {
      expect(ageBucketFn([["abc"]])).toEqual([[new FakeError("#VALUE!", 'daysLate には数値を指定してください。値: "abc"')]]);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});
