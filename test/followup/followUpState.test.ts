import { followUpState } from "../../src/followup/followUpState";
import { makeCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { DEC, makeLine, NOV } from "./fixtures";

// asOf Mon 2026-11-23; defaults: confirmWithin 3, dueSoon 5 working days.
const asOf = NOV(23);
const cal = makeCalendar();
const s = DEFAULT_SETTINGS;
const state = (fields: Parameters<typeof makeLine>[0], lc: Parameters<typeof followUpState>[3] = "open", c = cal) => {
  const line = makeLine(fields);
  const due = line.promisedDate === null ? line.requestedDate : line.promisedDate;
  return followUpState(c, s, line, lc, due, asOf);
};

describe("followUpState", () => {
  it("Late when asOf is after the due date (due Fri 11-20)", () => {
    expect(state({ promisedDate: NOV(20) })).toBe("late");
  });
  it("Due soon on the due date itself and up to WORKDAY(asOf, 5) = Mon 11-30", () => {
    expect(state({ promisedDate: NOV(23) })).toBe("dueSoon");
    expect(state({ promisedDate: NOV(30) })).toBe("dueSoon");
    expect(state({ promisedDate: DEC(1) })).toBe("onTrack"); // Tue 12-01 is 6 working days away
  });
  it("a holiday pushes the due-soon horizon: holiday Thu 11-26 → WORKDAY(11-23, 5) = Tue 12-01", () => {
    expect(state({ promisedDate: DEC(1) }, "open", makeCalendar("0000011", [NOV(26)]))).toBe("dueSoon");
  });
  it("Unconfirmed: no promise, ordered Tue 11-17, WORKDAY(11-17, 3) = Fri 11-20 < Mon 11-23", () => {
    expect(state({ orderDate: NOV(17), requestedDate: DEC(18) })).toBe("unconfirmed");
  });
  it("not yet Unconfirmed on the deadline itself: ordered Wed 11-18, WORKDAY = Mon 11-23", () => {
    expect(state({ orderDate: NOV(18), requestedDate: DEC(18) })).toBe("onTrack");
  });
  it("Late beats Unconfirmed", () => {
    expect(state({ orderDate: NOV(2), requestedDate: NOV(20) })).toBe("late");
  });
  it("null for lines not followed up", () => {
    expect(state({ promisedDate: NOV(20) }, "received")).toBeNull();
    expect(state({ promisedDate: NOV(20) }, "cancelled")).toBeNull();
    expect(state({ promisedDate: NOV(20) }, "closed")).toBeNull();
    expect(state({ promisedDate: NOV(20) }, "onHold")).toBeNull();
  });
  it("partial lines are followed up", () => {
    expect(state({ promisedDate: NOV(20) }, "partial")).toBe("late");
  });
  it("unknown due date → unknown state; no date at all → on track", () => {
    expect(state({ promisedDate: undefined, orderDate: NOV(2) })).toBeUndefined();
    expect(state({})).toBe("onTrack");
  });
});
