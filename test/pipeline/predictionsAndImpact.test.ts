/** The pipeline computes predicted arrivals and customer impact once, for every entry point (issue 13). */
import { runPipeline } from "../../src/pipeline";
import { predictionsOf } from "../../src/pipeline/runPipeline";
import { registerSources } from "../fixtures/sources";
import { SLIPPER_HEADER, chronicSlipperRows } from "../fixtures/chronicSlipper";

// 2026-02-02 = 46055 (Mon), 2026-02-09 = 46062 (Mon), 2026-02-20 = 46073 (Fri), 2026-02-18 = 46071 (Wed).
const HEADER = SLIPPER_HEADER;
const AS_OF = 46062;

test("a chronic slipper's open line is predicted late and puts its customer's order at risk", () => {
  // Acme's three receipts, all promised Mon 2 Feb, came Mon 9 Feb: 5 working days late each.
  // Only Acme has history (k = default 5): its weight 3/8 with its own P50 5 and all suppliers' P50 5 → 5.
  // PO-4 promised Mon 9 Feb → + 5 working days = Mon 16 Feb; SO need Fri 20 Feb − 2 = Wed 18 Feb: margin 2, not at risk.
  // PO-5 promised Fri 13 Feb (46066) → Fri 20 Feb, 2 working days after Wed 18 Feb: SO-9 at risk.
  const rows = chronicSlipperRows();
  const model = runPipeline(registerSources(rows), { asOf: AS_OF });
  expect(model.predictions?.get("PO-4")).toMatchObject({ p50: 46069, slip50: 5 });
  expect(model.customerImpact?.map((o) => [o.salesOrder, o.atRisk, o.margin])).toEqual([
    ["SO-8", true, -2],
    ["SO-9", true, -2],
  ]);
});

test("without a sales-order column there is no customer impact; evaluate: false predicts nothing", () => {
  const rows = [HEADER.slice(0, 6), ["PO-1", "Acme", 46055, 1, 0, ""]];
  const model = runPipeline(registerSources(rows), { asOf: AS_OF });
  expect(model.predictions?.has("PO-1")).toBe(true);
  expect(model.customerImpact).toBeUndefined();
  expect(runPipeline(registerSources(rows), { asOf: AS_OF, evaluate: false }).predictions).toBeUndefined();
});

test("predictions: false (the task pane's load) leaves them for first use, unless the customer impact needs them", () => {
  const rows = [HEADER.slice(0, 6), ["PO-1", "Acme", 46055, 1, 1, 46062], ["PO-2", "Acme", 46062, 1, 0, ""]];
  const eager = runPipeline(registerSources(rows), { asOf: AS_OF });
  const lazy = runPipeline(registerSources(rows), { asOf: AS_OF, predictions: false });
  expect(lazy.predictions).toBeUndefined();
  // Worked out on first use, the same as the eager pipeline's.
  expect(predictionsOf(lazy)).toEqual(eager.predictions);
  // With a sales-order column the customer impact needs them: computed anyway.
  const withOrders = [HEADER, ["PO-2", "Acme", 46062, 1, 0, "", "SO-1", "Kite", 46073]];
  expect(runPipeline(registerSources(withOrders), { asOf: AS_OF, predictions: false }).predictions?.has("PO-2")).toBe(true);
});
