import { decimalMarkOf, readNumberText, settle } from "../../src/register/numberText";
import { readNumber } from "../../src/register/cells";

describe("readNumberText: what a text number says by itself", () => {
  test.each([
    ["1200", { kind: "number", value: 1200, mark: null }],
    ["-3.5", { kind: "number", value: -3.5, mark: "." }],
    ["1,5", { kind: "number", value: 1.5, mark: "," }], // a group has 3 digits: this comma is decimal
    ["0.500", { kind: "number", value: 0.5, mark: "." }], // a thousands group never starts with 0
    ["1234,567", { kind: "number", value: 1234.567, mark: "," }], // 4 digits cannot lead a group
    ["1,200.50", { kind: "number", value: 1200.5, mark: "." }],
    ["1.200,50", { kind: "number", value: 1200.5, mark: "," }],
    ["1.200.000", { kind: "number", value: 1200000, mark: "," }], // dots only group: the comma would be decimal
    ["1,200,000", { kind: "number", value: 1200000, mark: "." }],
    ["1 200", { kind: "number", value: 1200, mark: null }],
    ["1\u00a0200,5", { kind: "number", value: 1200.5, mark: "," }],
    ["1'200", { kind: "number", value: 1200, mark: null }], // Swiss grouping
    ["1\u2019200.25", { kind: "number", value: 1200.25, mark: "." }],
    ["１２００", { kind: "number", value: 1200, mark: null }], // full-width digits
    ["\u22125", { kind: "number", value: -5, mark: null }], // minus sign
    ["1.200", { kind: "ambiguous", ifDecimal: 1.2, ifGrouping: 1200, mark: "." }],
    ["1,200", { kind: "ambiguous", ifDecimal: 1.2, ifGrouping: 1200, mark: "," }],
    ["12.345", { kind: "ambiguous", ifDecimal: 12.345, ifGrouping: 12345, mark: "." }],
    ["1200 pcs", { kind: "invalid" }],
    ["$12", { kind: "invalid" }],
    ["1.2.3", { kind: "invalid" }],
    ["1,20,000", { kind: "invalid" }],
    ["1e3", { kind: "invalid" }],
    ["1.", { kind: "invalid" }],
  ])("%s", (text, expected) => {
    expect(readNumberText(text)).toEqual(expected);
  });
});

describe("decimalMarkOf: a column settles 1.200", () => {
  const column = (...cells: unknown[]) => [["Qty"], ...cells.map((c) => [c])];
  test.each([
    ["other cells with decimal commas", column("1.200", "2,5", "3,75"), ","],
    ["other cells with decimal points", column("1,200", "2.5"), "."],
    ["every other number whole (numbers or text)", column("1.200", 250, "300", 12), "grouping"],
    ["a number cell with a fraction, no text evidence", column("1.200", 2.5), null],
    ["both marks used as decimal: conflicting", column("1.200", "2,5", "3.5"), null],
    ["nothing else in the column", column("1.200"), null],
    ["no ambiguous value: nothing to settle", column("2,5", "3.5"), "."],
  ])("%s → %s", (_case, rows, convention) => {
    expect(decimalMarkOf(rows, 0)).toBe(convention);
  });

  test("settle: the decimal reading when the marks match, else grouping; null leaves it unsettled", () => {
    const read = readNumberText("1.200");
    if (read.kind !== "ambiguous") throw new Error("ambiguous expected");
    expect([settle(read, "."), settle(read, ","), settle(read, "grouping"), settle(read, null)]).toEqual([1.2, 1200, 1200, undefined]);
  });

  test("readNumber outside a register (functions) keeps the dot as decimal mark: 1.200 = 1.2, 1,200 = 1200", () => {
    expect([readNumber("1.200"), readNumber("1,200"), readNumber("1.200,50"), readNumber("1,5")]).toEqual([1.2, 1200, 1200.5, 1.5]);
    expect(readNumber("1.200", null)).toEqual({ refused: "ambiguousNumber" });
  });
});
