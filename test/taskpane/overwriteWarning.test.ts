/**
 * A chase saved over another buyer's value is never saved in silence: when the conflicts' wording cannot
 * be loaded (its chunk unreachable, offline), the buyer still reads a warning, the plainer one.
 */
import { withOneLineWorkbook } from "./oneLineWorkbook";
import { NOV } from "../followup/fixtures";
import { makeI18n } from "../../taskpane/state/i18n";
import { chaseDraft } from "../fixtures/chaseDraft";

// The wording's chunk fails to load, as an import() does offline.
jest.mock("../../taskpane/state/conflictText", () => {
  throw new Error("chunk unreachable");
});
// Another buyer's write landed between this chase's check and its write (test/excel/writeChaseTwoBuyers.test.ts
// plays the interleaving itself): writeChase reports the cell it replaced.
jest.mock("../../src/excel/writeChase", () => {
  const actual = jest.requireActual("../../src/excel/writeChase");
  return {
    ...actual,
    writeChaseEntries: jest.fn(async () => ({
      ok: true,
      appended: 1,
      syncs: 2,
      overwritten: [{ row: 2, field: "promisedDate", expected: 46339, found: 46346, sheet: "Register" }],
    })),
  };
});

test("saved over another buyer's value, the wording unreachable: the plainer warning, in the buyer's language", async () => {
  await withOneLineWorkbook(async (services, snapshot) => {
    for (const lang of ["en", "zh-CN", "ja"] as const) {
      const saved = await services.logChases(snapshot, snapshot.statuses, chaseDraft(), NOV(23), lang);
      expect(saved).toEqual({ ok: true, count: 1, warning: makeI18n(lang).t("warn_savedOverOther") });
    }
  });
});
