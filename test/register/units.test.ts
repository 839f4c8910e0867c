/**
 * Numbers with a unit after them (issue 18): "1200 pcs", "1,200 個", "50 kg" are read as the number,
 * the unit dropped, and the column gets ONE informational note (its first such cell, with the count),
 * not one per cell. Currency signs and words, percentages, brackets and exponents stay refused.
 */
import { parseRegister } from "../../src/register/parseRegister";
import { readNumberBeforeUnit } from "../../src/register/cells";
import { splitUnit } from "../../src/register/numberText";
import { describeIssue } from "../../src/register/describeIssue";
import { runPipeline } from "../../src/pipeline/runPipeline";
import { registerSources } from "../fixtures/sources";

const HEADER = ["PO number", "Supplier", "Promised date", "Ordered qty", "Received qty", "Unit price"];
const NOV_21 = 46347; // 2026-11-21
const parse = (rows: unknown[][]) =>
  parseRegister({
    sheet: "Register",
    values: [HEADER, ...rows.map((r, i) => [`P${i + 1}`, "Acme", NOV_21, ...r])],
    firstRow: 1,
    firstColumn: 0,
    dateSystem: "1900",
    dateOrder: null,
  });
/** One ordered quantity per row, next to a whole 300 so that "1,200" settles as thousands (numberText.ts). */
const orderedOf = (cell: unknown) =>
  parse([
    [cell, "", ""],
    [300, "", ""],
  ]);

describe("a number and a unit: the number is read", () => {
  test.each([
    // cell, number read
    ["1200 pcs", 1200],
    ["1,200 個", 1200], // "1,200" next to a whole 300: grouped thousands → 1200
    ["1200件", 1200], // no space
    ["50 kg", 50],
    ["12 pcs.", 12], // one trailing dot
    ["30 箱", 30],
    ["1,200 PCS", 1200],
    ["100 EA", 100],
    ["5 units", 5],
    ["1\u2009200 pcs", 1200], // thin space groups thousands
    ["1\u202f200 pcs", 1200], // narrow no-break space
    ["1'200 pcs", 1200], // Swiss apostrophe
    ["１２００個", 1200], // full-width digits, NFKC-folded
    ["2.5 kg", 2.5],
    ["7\u3000箱", 7], // ideographic space
  ])("%s → %s", (cell, number) => {
    const parsed = orderedOf(cell);
    expect(parsed.issues).toEqual([]);
    expect(parsed.lines[0].orderedQty).toBe(number);
    expect(parsed.notes.map((n) => [n.code, `${n.column}${n.row}`, n.detail])).toEqual([["unitDropped", "D2", { number, count: 1 }]]);
  });
});

describe("not a unit: still refused, and no note", () => {
  test.each([
    ["$12", "notANumber"], // currency sign
    ["12 $", "notANumber"],
    ["€12", "notANumber"],
    ["¥1200", "notANumber"],
    ["￥1200", "notANumber"], // full-width yen, NFKC → ¥
    ["12 USD", "notANumber"], // a currency code is not a unit
    ["100元", "notANumber"],
    ["1200円", "notANumber"],
    ["12%", "notANumber"],
    ["(12)", "notANumber"],
    ["1e3", "notANumber"], // the "unit" e3 holds a digit
    ["12 pcs 3", "notANumber"],
    ["pcs 12", "notANumber"], // a unit before the number
    ["12 p/c", "notANumber"],
    ["TBD", "notANumber"],
    ["-5 pcs", "negativeNumber"], // the number is read, and is negative
  ])("%s → %s", (cell, code) => {
    const parsed = orderedOf(cell);
    expect(parsed.lines[0].orderedQty).toBeUndefined();
    expect(parsed.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([[code, "D2"]]);
    expect(parsed.notes).toEqual([]);
  });

  test("a unit does not settle an ambiguous number by itself: 1,200 pcs alone is still ambiguous", () => {
    // The column holds nothing else, so nothing says whether "," is a decimal or a thousands mark.
    const parsed = parse([["1,200 pcs", "", ""]]);
    expect(parsed.issues.map((i) => i.code)).toEqual(["ambiguousNumber"]);
    expect(parsed.notes).toEqual([]);
  });

  test("the column's decimal mark reads through units: 1.200 pcs next to 2,5 kg is 1200", () => {
    // 2,5 proves "," is the decimal mark, so the "." of 1.200 groups thousands.
    const parsed = parse([
      ["1.200 pcs", "", ""],
      ["2,5 kg", "", ""],
    ]);
    expect(parsed.lines.map((l) => l.orderedQty)).toEqual([1200, 2.5]);
  });
});

describe("one note per column, not per cell", () => {
  const parsed = parse([
    [10, "", ""],
    ["1200 pcs", "5 pcs", 2.5],
    ["30 pcs", "", ""],
    ["40 pcs", "40 pcs", 2.5],
  ]);

  test("the first cell of each column, with the count of cells whose unit was dropped", () => {
    // Ordered qty (D): rows 3, 4, 5 → 3 cells, first D3. Received qty (E): rows 3, 5 → 2 cells, first E3.
    expect(parsed.issues).toEqual([]);
    expect(parsed.lines.map((l) => [l.orderedQty, l.receivedQty])).toEqual([
      [10, null],
      [1200, 5],
      [30, null],
      [40, 40],
    ]);
    expect(parsed.notes.map((n) => [n.code, `${n.column}${n.row}`, n.value, n.detail])).toEqual([
      ["unitDropped", "D3", "1200 pcs", { number: 1200, count: 3 }],
      ["unitDropped", "E3", "5 pcs", { number: 5, count: 2 }],
    ]);
  });

  test.each([
    ["en", 'Register!D3 (Ordered qty): "1200 pcs" read as 1200; the unit was dropped, here and in 2 more cells of this column.'],
    ["zh-CN", "Register!D3 (Ordered qty)：“1200 pcs” 读作 1200，已去掉单位；该列另有 2 个单元格同样处理。"],
    ["ja", "Register!D3 (Ordered qty)：「1200 pcs」 を 1200 と読み、単位を除きました。この列のほか 2 個のセルも同様です。"],
  ] as const)("message with a count (%s)", (lang, message) => {
    expect(describeIssue(parsed.notes[0], lang)).toBe(message);
  });

  test.each([
    ["en", 'Register!D2 (Ordered qty): "50 kg" read as 50; the unit was dropped.'],
    ["zh-CN", "Register!D2 (Ordered qty)：“50 kg” 读作 50，已去掉单位。"],
    ["ja", "Register!D2 (Ordered qty)：「50 kg」 を 50 と読み、単位を除きました。"],
  ] as const)("message for a single cell (%s)", (lang, message) => {
    expect(describeIssue(orderedOf("50 kg").notes[0], lang)).toBe(message);
  });

  test("bounded: 10,000 cells with units still make one note", () => {
    const many = parse(Array.from({ length: 10_000 }, () => ["7 pcs", "", ""]));
    expect(many.notes).toHaveLength(1);
    expect(many.notes[0].detail).toEqual({ number: 7, count: 10_000 });
  });
});

test("an open-quantity column (SAP) reads units too", () => {
  // received = ordered − open = 100 − 40 = 60
  const parsed = parseRegister({
    sheet: "Register",
    values: [
      ["Purchasing Document", "Item", "Vendor", "Delivery date", "Order Quantity", "Still to be delivered (qty)"],
      ["4500000001", 10, "Acme", NOV_21, 100, "40 PC"],
    ],
    firstRow: 1,
    firstColumn: 0,
    dateSystem: "1900",
    dateOrder: null,
  });
  expect(parsed.detection.receivedQtyFromOpenQty).toBe(true);
  expect(parsed.lines[0].receivedQty).toBe(60);
  expect(parsed.notes.map((n) => [n.code, n.column, n.detail])).toEqual([["unitDropped", "F", { number: 40, count: 1 }]]);
});

test("splitUnit and readNumberBeforeUnit", () => {
  expect(splitUnit("1,200 個")).toEqual({ number: "1,200", unit: "個" });
  expect(splitUnit("12 pcs.")).toEqual({ number: "12", unit: "pcs." });
  expect(splitUnit("12 usd")).toBeNull();
  expect(readNumberBeforeUnit("1,200 PCS")).toBe(1200); // outside a register the dot is the decimal mark, so "," groups
  expect(readNumberBeforeUnit("1200")).toBeUndefined(); // no unit: not this reader's business
  expect(readNumberBeforeUnit(12)).toBeUndefined();
});

test("the pipeline passes the register's notes on to the model's notes", () => {
  const model = runPipeline(
    registerSources([
      ["PO number", "Supplier", "Promised date", "Ordered qty"],
      ["P1", "Acme", NOV_21, "1200 pcs"],
    ]),
    { asOf: NOV_21, evaluate: false },
  );
  expect(model.parsed?.lines[0].orderedQty).toBe(1200);
  expect(model.notes.map((n) => [n.code, `${n.column}${n.row}`])).toEqual([["unitDropped", "D2"]]);
});
