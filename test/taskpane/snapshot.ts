import type { Snapshot } from "../../taskpane/state/services";
import type { Serial } from "../../src/model";
import { runPipeline } from "../../src/pipeline";
import { followedOf } from "../../src/pipeline/runPipeline";
import { registerSources } from "../fixtures/sources";

/** The snapshot the pipeline makes of a register table (header first) at `asOf`: no chase log, nothing saved. */
export function snapshotOf(values: unknown[][], asOf: Serial = 46346): Snapshot {
  const model = runPipeline(registerSources(values, { tableName: "Register" }), { asOf });
  if (!model.register || !model.parsed) throw new Error("the register did not parse");
  return {
    sheet: model.register.sheet,
    tableName: model.register.tableName,
    asOf,
    parsed: model.parsed,
    chases: model.chases,
    statuses: model.statuses,
    followed: followedOf(model),
    settings: model.settled.settings,
    savedSettings: model.settled.stored.settings,
    settingsProblems: [],
  };
}

/**
 * A one-line register snapshot at `asOf` (default 2026-11-20): PO-1 from Acme, 5 ordered, none
 * received, promised on `promised`.
 */
export function oneLineSnapshot(promised: Serial, asOf: Serial = 46346): Snapshot {
  return snapshotOf(
    [
      ["PO number", "Supplier", "Promised date", "Ordered qty"],
      ["PO-1", "Acme", promised, 5],
    ],
    asOf,
  );
}
