import { applyChase, type ApplyChaseContext, type ChaseInput } from "../../src/followup/applyChase";
import { evaluateLine } from "../../src/followup/evaluateLine";
import { makeCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { PoLine } from "../../src/model";
import { NOV, makeLine } from "./fixtures";

const calendar = makeCalendar();
const ctx: ApplyChaseContext = { settings: DEFAULT_SETTINGS, calendar };
// Chased Mon 11-23, already chased that day with the next chase set: only the shipment fields can change.
const line: PoLine = makeLine({ sheetRow: 7, promisedDate: NOV(20), lastChaseDate: NOV(23), nextChaseDate: NOV(27), eta: NOV(25), carrier: "DHL", tracking: null, acceptedQty: null, rejectedQty: null });
const status = evaluateLine(line, { settings: DEFAULT_SETTINGS, calendar, asOf: NOV(23), lastLineChase: NOV(23) });
const input = (fields: Partial<ChaseInput>): ChaseInput => ({ date: NOV(23), channel: "email", outcome: "noAnswer", nextChase: NOV(27), loggedAt: "2026-11-23T10:00:00Z", ...fields });

describe("applyChase: shipment and receipt fields", () => {
  test("a new ETA is the only change (the carrier given is the one the line holds)", () => {
    const result = applyChase(status, input({ eta: NOV(30) + 0.75, carrier: " DHL " }), ctx);
    expect(result.ok && result.changes).toEqual([{ field: "eta", value: NOV(30), row: 7 }]);
  });

  test("ship date in the past, tracking, accepted and rejected quantities are written as given", () => {
    const result = applyChase(status, input({ shipDate: NOV(16), tracking: "=1Z999", acceptedQty: 90, rejectedQty: 10 }), ctx);
    expect(result.ok && result.changes).toEqual([
      { field: "shipDate", value: NOV(16), row: 7 },
      { field: "tracking", value: "=1Z999", row: 7 },
      { field: "acceptedQty", value: 90, row: 7 },
      { field: "rejectedQty", value: 10, row: 7 },
    ]);
  });

  test("blank or absent fields leave the cells as they are", () => {
    const result = applyChase(status, input({ eta: null, carrier: "  ", tracking: undefined }), ctx);
    expect(result.ok && result.changes).toEqual([]);
  });

  test("a negative or non-numeric quantity and an impossible date are refused", () => {
    const result = applyChase(status, input({ acceptedQty: -1, rejectedQty: Number.NaN, eta: -5 }), ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { field: "eta", code: "invalidDate" },
      { field: "acceptedQty", code: "invalidQty" },
      { field: "rejectedQty", code: "invalidQty" },
    ]);
  });
});
