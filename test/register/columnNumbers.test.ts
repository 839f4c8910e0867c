/** parseRegister reads "1.200" by its column (issue 15): the column's own values settle the decimal mark, or it is reported. */
import { parseRegister } from "../../src/register/parseRegister";
import { describeIssue } from "../../src/register/describeIssue";

const HEADER = ["PO number", "Supplier", "Promised date", "Ordered qty", "Unit price"];
const parse = (rows: unknown[][]) =>
  parseRegister({ sheet: "Register", values: [HEADER, ...rows], firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });

test("quantities all whole: 1.200 and 1,200 are one thousand two hundred", () => {
  const parsed = parse([
    ["P1", "Acme", 46346, "1.200", 2.5],
    ["P2", "Acme", 46346, 300, 2.5],
    ["P3", "Acme", 46346, "1,200", 2.5],
  ]);
  expect(parsed.issues).toEqual([]);
  expect(parsed.lines.map((l) => l.orderedQty)).toEqual([1200, 300, 1200]);
});

test("prices with decimal commas elsewhere in the column: 1.200 is 1200, 2,5 is 2.5", () => {
  const parsed = parse([
    ["P1", "Acme", 46346, 10, "1.200"],
    ["P2", "Acme", 46346, 10, "2,5"],
  ]);
  expect(parsed.lines.map((l) => l.unitPrice)).toEqual([1200, 2.5]);
});

test("prices with decimal points elsewhere: 1.200 is 1.2", () => {
  const parsed = parse([
    ["P1", "Acme", 46346, 10, "1.200"],
    ["P2", "Acme", 46346, 10, "2.75"],
  ]);
  expect(parsed.lines.map((l) => l.unitPrice)).toEqual([1.2, 2.75]);
});

test.each([
  ["en", "Register!E2 (Unit price): \"1.200\" could be 1.2 or 1200, and nothing else in this column says whether “.” or “,” is the decimal mark."],
  ["zh-CN", "Register!E2 (Unit price)：“1.200” 可能是 1.2，也可能是 1200"],
  ["ja", "Register!E2 (Unit price)：「1.200」 は 1.2 とも 1200 とも読めます。"],
] as const)("nothing settles it (a fractional number cell, no text evidence): a named problem, never a silent 1.2 (%s)", (lang, message) => {
  const parsed = parse([
    ["P1", "Acme", 46346, 10, "1.200"],
    ["P2", "Acme", 46346, 10, 2.5],
  ]);
  expect(parsed.lines[0].unitPrice).toBeUndefined();
  expect(parsed.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([["ambiguousNumber", "E2"]]);
  expect(describeIssue(parsed.issues[0], lang)).toContain(message);
});
