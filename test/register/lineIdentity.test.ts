/** Line identity without a line-number column (issue 18): PO + item (+ occurrence); a pasted row is still a duplicate. */
import { parseRegister } from "../../src/register/parseRegister";

const HEADER = ["PO number", "Item", "Supplier", "Promised date", "Ordered qty"];
const parse = (rows: unknown[][]) =>
  parseRegister({ sheet: "Export", values: [HEADER, ...rows], firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });

test("an ERP export of 4 POs × 3 items with no line column: 12 lines, 0 problems, keys PO/item", () => {
  const rows: unknown[][] = [];
  for (let po = 1; po <= 4; po++) for (let item = 1; item <= 3; item++) rows.push([`45000${po}`, `MAT-${item}`, "Acme", 46346, 10]);
  const parsed = parse(rows);
  expect(parsed.issues).toEqual([]);
  expect(parsed.lines).toHaveLength(12);
  expect(parsed.lines.slice(0, 3).map((l) => [l.key, l.line])).toEqual([
    ["450001/MAT-1", "MAT-1"],
    ["450001/MAT-2", "MAT-2"],
    ["450001/MAT-3", "MAT-3"],
  ]);
});

test("one item twice on a PO with other dates or quantities: two lines, the second numbered #2", () => {
  const parsed = parse([
    ["4501", "MAT-7", "Acme", 46346, 10],
    ["4501", "MAT-7", "Acme", 46360, 10], // a second delivery of the same item
  ]);
  expect(parsed.issues).toEqual([]);
  expect(parsed.lines.map((l) => l.key)).toEqual(["4501/MAT-7", "4501/MAT-7#2"]);
});

test("a row pasted twice (every mapped value the same) is still a duplicate, named at its row", () => {
  const parsed = parse([
    ["4501", "MAT-7", "Acme", 46346, 10],
    ["4501", "MAT-9", "Acme", 46346, 10],
    ["4501", "MAT-7", "Acme", 46346, 10],
  ]);
  expect(parsed.issues.map((i) => [i.code, `${i.column}${i.row}`, i.detail?.firstRow])).toEqual([["duplicateKey", "A4", 2]]);
});

test("no item column either: the PO alone, then #2, #3 for its other rows", () => {
  const parsed = parseRegister({
    sheet: "Export",
    values: [
      ["PO number", "Supplier", "Promised date", "Ordered qty"],
      ["4501", "Acme", 46346, 10],
      ["4501", "Acme", 46350, 5],
      ["4501", "Acme", 46351, 5],
    ],
    firstRow: 1,
    firstColumn: 0,
    dateSystem: "1900",
    dateOrder: null,
  });
  expect(parsed.issues).toEqual([]);
  expect(parsed.lines.map((l) => l.key)).toEqual(["4501", "4501/#2", "4501/#3"]);
});
