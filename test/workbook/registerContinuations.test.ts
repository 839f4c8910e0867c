/** Monthly tabs: which other sheets continue the register (src/workbook/registerContinuations.ts). */
import { continuationsOf, continuesRegister, headerSignature } from "../../src/workbook/registerContinuations";
import type { SourceBlock } from "../../src/pipeline";

const HEADER = ["PO number", "Line", "Supplier", "Requested date", "Ordered qty"];
const block = (sheet: string, values: unknown[][], extra: Partial<SourceBlock> = {}): SourceBlock => ({
  sheet,
  tableName: null,
  values,
  firstRow: 1,
  firstColumn: 0,
  ...extra,
});

describe("headerSignature", () => {
  test("compares as headers are matched: case, spaces, full-width and trailing blanks do not count", () => {
    expect(headerSignature(["PO Number ", "ＬＩＮＥ", "Supplier", ""])).toBe(headerSignature(["po number", "Line", "supplier"]));
  });
  test("a blank inside the header, another order or another column makes another header", () => {
    expect(headerSignature(["PO number", "", "Supplier"])).not.toBe(headerSignature(["PO number", "Supplier"]));
    expect(headerSignature(["Supplier", "PO number"])).not.toBe(headerSignature(["PO number", "Supplier"]));
  });
});

describe("continuationsOf", () => {
  const register = block("2026-10", [HEADER, ["PO1", 1, "Acme", 46300, 5]]);

  test("keeps the sheets with the register's header, in workbook order, title rows dropped", () => {
    const november = block("2026-11", [["November orders"], [], HEADER, ["PO2", 1, "Acme", 46330, 5]], { firstRow: 3 });
    const december = block("2026-12", [HEADER, ["PO3", 1, "Beta", 46360, 1]]);
    const found = continuationsOf(register, [november, december]);
    expect(found.map((b) => b.sheet)).toEqual(["2026-11", "2026-12"]);
    // November's header was its 3rd row, on sheet row 3 + 2 = 5.
    expect(found[0]).toMatchObject({ firstRow: 5, values: [HEADER, ["PO2", 1, "Acme", 46330, 5]] });
  });

  test("leaves out other tables: another language, an extra column, the add-in's own sheets, the register's own sheet", () => {
    const chinese = block("采购跟踪", [["采购订单号", "行号", "供应商", "要求交期", "订购数量"], ["PO9", 1, "甲", 46300, 1]]);
    const extraColumn = block("Archive", [[...HEADER, "Notes"], ["PO8", 1, "Acme", 46300, 1, ""]]);
    const ownKpi = block("KPI", [HEADER]);
    const ownReport = block("Follow-up 2026-11-20", [HEADER]);
    const same = block("2026-10", [HEADER]);
    expect(continuationsOf(register, [chinese, extraColumn, ownKpi, ownReport, same])).toEqual([]);
  });

  test("a sheet whose header is not among its first 50 rows does not continue the register", () => {
    const deep = block("Deep", [...Array.from({ length: 50 }, () => ["note"]), HEADER]);
    expect(continuationsOf(register, [deep])).toEqual([]);
  });

  test("a register without a header has no continuations", () => {
    expect(continuationsOf(block("Empty", []), [block("2026-11", [HEADER])])).toEqual([]);
  });

  test("uncached formulas move with the dropped title rows", () => {
    const titled = block("2026-11", [["title"], HEADER, ["PO2", 1, "Acme", 46330, 5]], { uncachedFormulas: [[2, 4]] });
    expect(continuationsOf(register, [titled])[0].uncachedFormulas).toEqual([[1, 4]]);
  });
});

test("continuesRegister: what an adapter reads in full, from a sheet's first rows", () => {
  expect(continuesRegister(HEADER, [["title"], HEADER])).toBe(true);
  expect(continuesRegister(HEADER, [["PO number", "Supplier", "Requested date"]])).toBe(false);
  expect(continuesRegister([], [HEADER])).toBe(false);
});
