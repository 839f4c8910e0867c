import { FakeError, d, installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stageRiskFn, inFullFn } = require("../../functions/functions") as typeof import("../../functions/functions");

// Fri 20 Nov 2026 due, Mon–Fri, no holidays (the default settings): ship by WORKDAY(20, −5) = Fri 13 Nov.
const DUE = d(2026, 11, 20);

describe("PO.STAGERISK", () => {
  test("scalar: in production on Mon 16 Nov (4 working days left) → Not shipped in time; on Fri 13 (5 left) → empty", () => {
    expect(stageRiskFn([[DUE]], [["Production"]], undefined, undefined, undefined, undefined, d(2026, 11, 16))).toEqual([
      ["Not shipped in time"],
    ]);
    expect(stageRiskFn([[DUE]], [["Production"]], undefined, undefined, undefined, undefined, d(2026, 11, 13))).toEqual([[""]]);
  });

  test("a column spills: shipped, ETA after committed, stage not followed, no due date", () => {
    const asOf = d(2026, 11, 16);
    expect(
      stageRiskFn(
        [[DUE], [DUE], [DUE], [null]],
        [["Shipped"], ["已发货"], [null], ["Production"]],
        undefined,
        [[d(2026, 11, 19)], [d(2026, 11, 23)], [null], [null]],
        undefined,
        undefined,
        asOf,
      ),
    ).toEqual([[""], ["ETA late"], [""], [""]]);
  });

  test("transit days per line: 2 → ship by Wed 18, so on Mon 16 not yet at risk", () => {
    expect(stageRiskFn([[DUE], [DUE]], [["QC"], ["QC"]], undefined, undefined, undefined, [[2], [5]], d(2026, 11, 16))).toEqual([
      [""],
      ["Not shipped in time"],
    ]);
  });

  test("per-element errors: a bad date, fractional transit days", () => {
    expect(stageRiskFn([["soon"], [DUE]], [["QC"], ["QC"]], undefined, undefined, undefined, [[5], [2.5]], d(2026, 11, 16))).toEqual([
      [new FakeError("#VALUE!", 'due must be a date (a date serial), got "soon"')],
      [new FakeError("#VALUE!", "transitDays must be whole working days from 0 to 365, got 2.5")],
    ]);
  });
});

describe("PO.INFULL", () => {
  test("by the accepted quantity: 100 ordered, 100 received, 96 accepted → FALSE; replaced (accepted 100) → TRUE", () => {
    expect(inFullFn([[100], [100]], [[100], [104]], [[96], [100]])).toEqual([[false], [true]]);
  });

  test("rejected and returned: 100 − max(10, 10) = 90 → FALSE; with a 10% tolerance 90 ≥ 90 → TRUE", () => {
    expect(inFullFn([[100]], [[100]], undefined, [[10]], [[10]])).toEqual([[false]]);
    expect(inFullFn([[100]], [[100]], undefined, [[10]], [[10]], 0.1)).toEqual([[true]]);
  });

  test("no quality columns: the received quantity, as PO.OPENQTY; blank ordered is blank; bad tolerance", () => {
    expect(inFullFn([[100], [null]], [[100], [5]])).toEqual([[true], [""]]);
    expect(inFullFn([[100]], [[100]], undefined, undefined, undefined, 1.5)).toEqual([
      [new FakeError("#VALUE!", "qtyTolerance must be a share below 100% (e.g. 5% or 0.05), got 1.5")],
    ]);
  });
});
