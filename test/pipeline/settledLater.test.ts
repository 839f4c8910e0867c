/**
 * `settledLater` (the task pane's first load): the followed-up lines' statuses at once, every status on
 * first read of `statuses` — the same statuses as the eager pipeline, so Today and everything after agree.
 */
import { runPipeline } from "../../src/pipeline";
import { isFollowedUp } from "../../src/followup/followUpState";
import { generateRegister } from "../../src/sample/generateRegister";
import { registerSources } from "../fixtures/sources";
import { chronicSlipperRows } from "../fixtures/chronicSlipper";
import { CHASE_LOG_COLUMNS } from "../../src/register/template";

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

describe("the settled rows read later too (parseRegister settledLater)", () => {
  // SAMPLE_HEADERS' columns (src/sample/sampleRegister.ts).
  const SUPPLIER = 2;
  const RECEIVED = 11;
  const ORDERED = 10;
  const LIFECYCLE = 15;
  const LAST_CHASE = 18;
  const isSettledRow = (row: unknown[]) =>
    row[LIFECYCLE] !== "" || (typeof row[RECEIVED] === "number" && row[RECEIVED] >= (row[ORDERED] as number));

  /**
   * A register whose first settled line was chased yesterday (its supplier's minimum gap holds the
   * supplier's open lines back), with a chase log naming one line of the register and one that is not in it.
   */
  function sources() {
    const rows = generateRegister(800, 6, AS_OF).map((row) => [...row]);
    const chased = rows.findIndex(
      (row, r) => r > 0 && isSettledRow(row) && rows.some((o, q) => q > 0 && !isSettledRow(o) && o[SUPPLIER] === row[SUPPLIER]),
    );
    rows[chased][LAST_CHASE] = AS_OF - 1;
    const entry = (poNumber: unknown, line: unknown): Record<string, unknown> => ({
      poNumber,
      line,
      date: AS_OF - 2,
      supplier: "Someone",
      channel: "email",
      outcome: "noAnswer",
    });
    const logged = [entry(rows[chased][0], rows[chased][1]), entry("PO-NOT-THERE", 10)];
    const chaseLog = [CHASE_LOG_COLUMNS.map((c) => c.header), ...logged.map((e) => CHASE_LOG_COLUMNS.map((c) => e[c.key] ?? ""))];
    return {
      supplier: rows[chased][SUPPLIER],
      sources: registerSources(
        rows,
        { tableName: "Register" },
        { chaseLog: { sheet: "Chase log", tableName: "Chases", firstRow: 1, firstColumn: 0, values: chaseLog } },
      ),
    };
  }

  test("followed at once, counting a settled line's last chase in its supplier's gap; the lines, problems, notes and statuses read later are the eager pipeline's", () => {
    const { supplier, sources: eagerSources } = sources();
    const eager = runPipeline(eagerSources, { asOf: AS_OF, predictions: false });
    const later = runPipeline(sources().sources, { asOf: AS_OF, predictions: false, settledLater: true });
    expect(later.parsed?.unsettled?.lines.length).toBe(later.followed?.length);
    // The settled line's chase yesterday holds its supplier's open lines back (minimum gap), as in the eager pipeline.
    const heldBack = later.followed!.filter((s) => s.line.supplier === supplier && s.supplierGap !== undefined);
    expect(heldBack.length).toBeGreaterThan(0);
    expect(later.followed).toEqual(eager.statuses.filter((s) => isFollowedUp(s.lifecycle)));
    expect(later.notes).toEqual(eager.notes);
    expect(later.notes.map((n) => n.code)).toContain("orphanChase");
    expect(later.parsed!.lines).toEqual(eager.parsed!.lines);
    expect(later.parsed!.issues).toEqual(eager.parsed!.issues);
    expect(later.statuses).toEqual(eager.statuses);
  });
});
