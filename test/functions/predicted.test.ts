import { FakeError, d, installCustomFunctions } from "./fakeCustomFunctions";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { predictedFn } = require("../../functions/functions") as typeof import("../../functions/functions");

// History (Mon–Fri, no holidays), all committed Mon 5 Jan 2026:
//   Acme received 5, 7, 9, 13, 15 Jan → slips [0, 2, 4, 6, 8] working days; Bolt five on time → [0 × 5].
//   Every supplier: [0 × 6, 2, 4, 6, 8].
// k (Bühlmann): within = (var Acme 10 + var Bolt 0)/2 = 5; between = ((4 − 2)² + (0 − 2)²)/1 − 5 × ⅕ = 7;
//   k = 5/7 → held at 1, so Acme's own 5 slips weigh 5/6.
const JAN = (day: number) => [d(2026, 1, day)];
const HISTORY_SUPPLIER = [...Array(5).fill(["Acme"]), ...Array(5).fill(["Bolt"]), ["Acme"]];
const HISTORY_COMMITTED = [...Array(10).fill(JAN(5)), [d(2026, 2, 2)]];
const HISTORY_RECEIVED = [JAN(5), JAN(7), JAN(9), JAN(13), JAN(15), ...Array(5).fill(JAN(5)), [""]];
const ASOF = d(2026, 1, 26);

const run = (supplier: unknown[][], committed: unknown[][], quantile?: unknown) =>
  predictedFn(supplier, committed, HISTORY_SUPPLIER, HISTORY_COMMITTED, HISTORY_RECEIVED, quantile, ASOF);

describe("PO.PREDICTED", () => {
  test("P50 and P90 of an Acme line committed Mon 2 Feb, shrunk by 1/6 toward every supplier", () => {
    // P50: own rank ⌈2.5⌉ = 3 → 4, all rank 5 → 0: 5/6 × 4 + 1/6 × 0 = 3.33 → 3 → Thu 5 Feb.
    expect(run([["Acme"]], [[d(2026, 2, 2)]])).toEqual([[d(2026, 2, 5)]]);
    // P90: own rank 5 → 8, all rank 9 → 6: 5/6 × 8 + 1/6 × 6 = 7.67 → 8 → Thu 12 Feb.
    expect(run([["Acme"]], [[d(2026, 2, 2)]], 0.9)).toEqual([[d(2026, 2, 12)]]);
  });

  test("a column spills; a supplier without history gets every supplier's figure; blank stays blank", () => {
    // Nova P90: every supplier's rank 9 → 6 working days: Mon 2 Feb → Tue 10 Feb.
    expect(run([["Acme"], ["Nova"], ["Nova"]], [[d(2026, 2, 2)], [d(2026, 2, 2)], [""]], 0.9)).toEqual([[d(2026, 2, 12)], [d(2026, 2, 10)], [""]]);
  });

  test("an overdue line counts only longer slips: committed Mon 19 Jan, 5 working days late on Mon 26 Jan", () => {
    // Slips ≥ 6: Acme [6, 8] (n = 2, w = 2/3), everyone [6, 8]. P50 rank 1 → 6 both: 6 → Tue 27 Jan.
    expect(run([["Acme"]], [[d(2026, 1, 19)]])).toEqual([[d(2026, 1, 27)]]);
  });

  test("a quantile outside (0, 1) is refused on every line, returned rather than thrown (office-js#3234)", () => {
    const result = run([["Acme"], ["Nova"]], [[d(2026, 2, 2)], [d(2026, 2, 2)]], 1.5) as unknown as FakeError[][];
    expect(result.map((row) => row.map((e) => [e.code, /quantile/.test(e.message ?? "")]))).toEqual([[["#VALUE!", true]], [["#VALUE!", true]]]);
  });
});
