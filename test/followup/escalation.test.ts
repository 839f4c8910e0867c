import { escalation, escalationBase } from "../../src/followup/escalation";
import { makeCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { DEC, NOV } from "./fixtures";

const cal = makeCalendar();
const s = DEFAULT_SETTINGS; // offsets [−3, +1, +5, +10] working days

describe("escalation", () => {
  // due Fri 2026-11-20: pre-due Tue 11-17, L1 Mon 11-23, L2 Fri 11-27, L3 Fri 12-04
  const due = NOV(20);
  it("computes the four dates with WORKDAY", () => {
    expect(escalation(cal, s, due, NOV(16))?.milestones).toEqual([NOV(17), NOV(23), NOV(27), DEC(4)]);
  });
  it.each([
    [NOV(16), 0, false], // Mon: nothing yet
    [NOV(17), 0, true], // Tue: pre-due reminder
    [NOV(21), 0, true], // Sat: calendar-late, but level 1 starts Monday
    [NOV(23), 1, false],
    [NOV(26), 1, false],
    [NOV(27), 2, false],
    [DEC(3), 2, false],
    [DEC(4), 3, false],
    [DEC(31), 3, false],
  ])("asOf %i → level %i, preDue %s", (asOf, level, preDue) => {
    const e = escalation(cal, s, due, asOf);
    expect(e?.level).toBe(level);
    expect(e?.preDue).toBe(preDue);
  });
  it("due on a Saturday (11-21) counts like Excel WORKDAY from that day", () => {
    // WORKDAY(Sat 11-21, −3) = Wed 11-18; +1 = Mon 11-23; +5 = Fri 11-27; +10 = Fri 12-04
    expect(escalation(cal, s, NOV(21), NOV(21))?.milestones).toEqual([NOV(18), NOV(23), NOV(27), DEC(4)]);
  });
  it("due on a holiday (Thu 11-26): dates skip the holiday", () => {
    const hol = makeCalendar("0000011", [NOV(26)]);
    // −3: Wed 25, Tue 24, Mon 23 → Mon 11-23; +1 → Fri 11-27;
    // +5: Fri 27, Mon 30, Tue 1, Wed 2, Thu 3 → Thu 12-03; +10: Fri 4, Mon 7, Tue 8, Wed 9, Thu 10 → Thu 12-10
    expect(escalation(hol, s, NOV(26), NOV(26))?.milestones).toEqual([NOV(23), NOV(27), DEC(3), DEC(10)]);
  });
  it("a promise recorded after the date it promises restarts the count from the day it was recorded", () => {
    // On Mon 12-07 the supplier says it shipped Fri 11-20: base = 12-07 (pre-due Wed 12-02, L1 Tue 12-08)
    expect(escalationBase(NOV(20), DEC(7))).toBe(DEC(7));
    const e = escalation(cal, s, NOV(20), DEC(7), DEC(7));
    expect(e?.level).toBe(0);
    expect(e?.preDue).toBe(true);
    expect(e?.milestones[1]).toBe(DEC(8));
    // without the change: level 3 (Fri 12-04 ≤ Mon 12-07)
    expect(escalation(cal, s, NOV(20), DEC(7))?.level).toBe(3);
  });
  it("a promise change before the due date keeps the due date as base", () => {
    expect(escalationBase(DEC(18), DEC(7))).toBe(DEC(18));
  });
  it("no due date → null, unreadable → undefined", () => {
    expect(escalation(cal, s, null, NOV(23))).toBeNull();
    expect(escalation(cal, s, undefined, NOV(23))).toBeUndefined();
  });
});
