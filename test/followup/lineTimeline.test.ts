import { lineTimeline, TIMELINE_MAX_CHASES } from "../../src/followup/lineTimeline";
import { evaluateLine } from "../../src/followup/evaluateLine";
import { makeCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { PoLine } from "../../src/model";
import { NOV, makeEntry, makeLine } from "./fixtures";

// November 2026: the 1st is a Sunday; Friday the 20th is the promised date. No holidays.
const calendar = makeCalendar("0000011", []);
const statusOf = (fields: Partial<PoLine>, asOf: number) =>
  evaluateLine(makeLine({ orderDate: NOV(2), requestedDate: NOV(16), promisedDate: NOV(20), ...fields }), { settings: DEFAULT_SETTINGS, calendar, asOf });
const kinds = (fields: Partial<PoLine>, asOf: number, chases = [] as ReturnType<typeof makeEntry>[]) =>
  lineTimeline(statusOf(fields, asOf), chases, asOf).map((e) => `${e.kind}@${e.date === null ? "-" : e.date - NOV(1) + 1}${e.done ? "" : "?"}`);

describe("lineTimeline", () => {
  test("a line in production on Fri 13: ship-by is WORKDAY(Fri 20, −5) = Fri 13, listed before Today the same day", () => {
    // 19, 18, 17, 16 (4), 13 (5): ship by the 13th; on the 13th not yet at risk, so shipBy is shown planned.
    expect(kinds({ stage: "Production" }, NOV(13))).toEqual(["ordered@2", "shipBy@13?", "today@13?", "requested@16?", "promised@20?"]);
  });

  test("a ship date on or before asOf is done (Shipped); ETA and port arrival after asOf are planned", () => {
    expect(kinds({ stage: "Shipped", shipDate: NOV(10), portArrivalDate: NOV(18), eta: NOV(19) }, NOV(12))).toEqual([
      "ordered@2",
      "shipped@10",
      "today@12?",
      "requested@16?",
      "portArrivalPlanned@18?",
      "eta@19?",
      "promised@20?",
    ]);
  });

  test("a ship date still ahead is the planned ETD, and shipped lines have no ship-by", () => {
    const events = kinds({ shipDate: NOV(17) }, NOV(13));
    expect(events).toContain("etd@17?");
    expect(events.some((e) => e.startsWith("shipped"))).toBe(false);
    expect(kinds({ shipDate: NOV(12) }, NOV(13)).some((e) => e.startsWith("shipBy"))).toBe(false);
  });

  test("receipt, inspection and return share the received date: 100 received, 90 accepted, 10 rejected, 10 returned", () => {
    const events = lineTimeline(statusOf({ receivedDate: NOV(19), receivedQty: 100, acceptedQty: 90, rejectedQty: 10, returnedQty: 10 }, NOV(23)), [], NOV(23));
    const receipt = events.filter((e) => e.date === NOV(19));
    expect(receipt.map((e) => e.kind)).toEqual(["received", "inspected", "returned"]);
    expect(receipt[0].qty).toBe(100);
    expect(receipt[1]).toMatchObject({ accepted: 90, rejected: 10 });
    expect(receipt[2].qty).toBe(10);
  });

  test("an inspection without a received date goes last (undated)", () => {
    const events = lineTimeline(statusOf({ rejectedQty: 5 }, NOV(13)), [], NOV(13));
    expect(events[events.length - 1]).toMatchObject({ kind: "inspected", date: null, accepted: 0, rejected: 5 });
  });

  test("the line's own chases in date order (another line's are left out), same day by logged time", () => {
    const chases = [
      makeEntry({ lineKey: "PO1/10", date: NOV(9), loggedAt: "2026-11-09T15:00:00Z", note: "second" }),
      makeEntry({ lineKey: "PO1/20", date: NOV(5) }),
      makeEntry({ lineKey: "PO1/10", date: NOV(9), loggedAt: "2026-11-09T08:00:00Z", note: "first" }),
    ];
    const events = lineTimeline(statusOf({}, NOV(13)), chases, NOV(13)).filter((e) => e.kind === "chase");
    expect(events.map((e) => e.chase?.note)).toEqual(["first", "second"]);
  });

  test(`at most ${TIMELINE_MAX_CHASES} chases, the newest`, () => {
    const chases = Array.from({ length: TIMELINE_MAX_CHASES + 5 }, (_, i) => makeEntry({ lineKey: "PO1/10", date: NOV(1) + i, loggedAt: `t${i}` }));
    const events = lineTimeline(statusOf({}, NOV(13)), chases, NOV(13)).filter((e) => e.kind === "chase");
    expect(events).toHaveLength(TIMELINE_MAX_CHASES);
    expect(events[0].date).toBe(NOV(1) + 5);
  });
});
