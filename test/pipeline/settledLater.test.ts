/**
 * `settledLater` (the task pane's first load): the followed-up lines' statuses at once, every status on
 * first read of `statuses` — the same statuses as the eager pipeline, so Today and everything after agree.
 */
import { runPipeline } from "../../src/pipeline";
import { isFollowedUp } from "../../src/followup/followUpState";
import { generateRegister } from "../../src/sample/generateRegister";
import { registerSources } from "../fixtures/sources";
import { chronicSlipperRows } from "../fixtures/chronicSlipper";

const AS_OF = 46346; // Fri 2026-11-20

test("followed holds the open and partial lines' statuses in line order; statuses, read later, are the eager pipeline's", () => {
  const rows = generateRegister(600, 3, AS_OF);
  const eager = runPipeline(registerSources(rows), { asOf: AS_OF, predictions: false });
  const later = runPipeline(registerSources(rows), { asOf: AS_OF, predictions: false, settledLater: true });
  const followedKeys = eager.statuses.filter((s) => isFollowedUp(s.lifecycle)).map((s) => s.line.key);
  // Not all or nothing: the generated register has both kinds of lines.
  expect(followedKeys.length).toBeGreaterThan(100);
  expect(followedKeys.length).toBeLessThan(eager.statuses.length - 100);
  expect(later.followed?.map((s) => s.line.key)).toEqual(followedKeys);
  expect(later.followed).toEqual(eager.statuses.filter((s) => isFollowedUp(s.lifecycle)));
  expect(later.statuses).toEqual(eager.statuses);
  expect(eager.followed).toBeUndefined();
});

test("with a sales-order column (predictions and customer impact read every status) the pipeline evaluates every line at once", () => {
  const model = runPipeline(registerSources(chronicSlipperRows()), { asOf: 46062, predictions: false, settledLater: true });
  expect(model.followed).toBeUndefined();
  expect(model.customerImpact?.length).toBeGreaterThan(0);
  expect(Object.getOwnPropertyDescriptor(model, "statuses")?.value).toHaveLength(model.parsed!.lines.length);
});
