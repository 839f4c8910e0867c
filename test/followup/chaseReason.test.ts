import { CHASE_REASONS_BY_URGENCY, chaseReason, reasonUrgency } from "../../src/followup/chaseReason";
import { evaluateLine, type LineContext } from "../../src/followup/evaluateLine";
import { makeCalendar, type WorkCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { FollowUpState, PoLine, Serial } from "../../src/model";
import { makeLine } from "./fixtures";

/*
 * Direct unit tests of chaseReason (docs/rules.md "Today's chase list"): why a line is chased on
 * asOf — overdue 3 / 2 / 1 by escalation level, else unconfirmed, else pre-due reminder — or null
 * when its next chase is later (held back by the supplier gap, or not yet due) or there is none.
 *
 * Serials by hand: 2026-01-01 = 46023 (Thursday); Jan–Oct = 304 days → 2026-11-01 = 46327, a Sunday.
 * NOV(d) = 46326 + d, DEC(d) = 46356 + d.
 *   November 2026: Mon 2, 9, 16, 23, 30; Fri 6, 13, 20, 27. December: Fri 4, Mon 7.
 */
const NOV = (day: number): Serial => 46326 + day;
const DEC = (day: number): Serial => 46356 + day;

describe("chaseReason: the facts alone", () => {
  const asOf = NOV(23); // Mon 11-23 = 46349
  const facts = (nextChase: Serial | null | undefined, level: 0 | 1 | 2 | 3, state: FollowUpState | null | undefined) => ({
    nextChase,
    level,
    state,
  });

  it("no next chase (null) or an unknown one (undefined): not chased", () => {
    expect(chaseReason(facts(null, 0, "late"), asOf)).toBeNull();
    expect(chaseReason(facts(undefined, 3, "late"), asOf)).toBeNull();
  });

  it("a next chase after asOf (held back, or not yet due) is not chased today, whatever the level", () => {
    // Tue 11-24 = 46350 > Mon 11-23 = 46349
    expect(chaseReason(facts(NOV(24), 3, "late"), asOf)).toBeNull();
    expect(chaseReason(facts(NOV(24), 0, "unconfirmed"), asOf)).toBeNull();
  });

  it("a next chase on asOf or before it is chased: the date says since when", () => {
    expect(chaseReason(facts(NOV(23), 1, "late"), asOf)).toBe("overdue1"); // on the day
    expect(chaseReason(facts(NOV(17), 1, "late"), asOf)).toBe("overdue1"); // due since Tue 11-17
  });

  it("a line not followed up (state null) is never chased", () => {
    expect(chaseReason(facts(NOV(17), 0, null), asOf)).toBeNull();
    expect(chaseReason(facts(NOV(17), 3, null), asOf)).toBeNull();
  });

  it("the escalation level decides first: 3 → overdue3, 2 → overdue2, 1 → overdue1, even for an unconfirmed line", () => {
    expect(chaseReason(facts(NOV(17), 3, "late"), asOf)).toBe("overdue3");
    expect(chaseReason(facts(NOV(17), 2, "late"), asOf)).toBe("overdue2");
    expect(chaseReason(facts(NOV(17), 1, "late"), asOf)).toBe("overdue1");
    expect(chaseReason(facts(NOV(17), 2, "unconfirmed"), asOf)).toBe("overdue2");
  });

  it("at level 0: unconfirmed, otherwise a pre-due reminder (late before level 1, due soon, on track with a planned date)", () => {
    expect(chaseReason(facts(NOV(17), 0, "unconfirmed"), asOf)).toBe("unconfirmed");
    expect(chaseReason(facts(NOV(17), 0, "late"), asOf)).toBe("preDue");
    expect(chaseReason(facts(NOV(17), 0, "dueSoon"), asOf)).toBe("preDue");
    expect(chaseReason(facts(NOV(17), 0, "onTrack"), asOf)).toBe("preDue");
  });

  it("urgency order: overdue 3, overdue 2, overdue 1, unconfirmed, pre-due", () => {
    expect(CHASE_REASONS_BY_URGENCY).toEqual(["overdue3", "overdue2", "overdue1", "unconfirmed", "preDue"]);
    expect(["preDue", "overdue1", "unconfirmed", "overdue3", "overdue2"].map((r) => reasonUrgency(r as never))).toEqual([4, 2, 3, 0, 1]);
  });
});

/*
 * The same rule on real lines, through evaluateLine (which feeds chaseReason its next chase, level and
 * state), default settings: offsets −3 / +1 / +5 / +10, minGap 2, confirmWithin 3, dueSoon 5.
 */
describe("chaseReason on lines (evaluateLine)", () => {
  const MON_FRI = makeCalendar();
  const at = (line: PoLine, asOf: Serial, extra: Partial<LineContext> = {}, calendar: WorkCalendar = MON_FRI) =>
    evaluateLine(line, { settings: DEFAULT_SETTINGS, calendar, asOf, ...extra });

  // Promised Fri 11-20 (46346), ordered Mon 11-02: pre-due Tue 11-17 (46343), L1 Mon 11-23 (46349),
  // L2 Fri 11-27 (46353), L3 Fri 12-04 (46360) — see nextChaseDate.test.ts for the counting.
  const dueFri20 = makeLine({ orderDate: NOV(2), promisedDate: NOV(20) });

  it.each([
    // day, asOf, level, state, reason
    ["Mon 11-16", NOV(16), 0, "dueSoon", null], // Mon 16: due 20 ≤ WORKDAY(16, 5) = Mon 23; next chase Tue 17 not yet
    ["Tue 11-17", NOV(17), 0, "dueSoon", "preDue"], // Tue 17: the pre-due date
    ["Fri 11-20", NOV(20), 0, "dueSoon", "preDue"], // Fri 20: due today is due soon, not late
    ["Sat 11-21", NOV(21), 0, "late", "preDue"], // Sat 21: calendar-late, level 1 only from Monday: still the pre-due reminder
    ["Mon 11-23", NOV(23), 1, "late", "overdue1"], // Mon 23 = WORKDAY(20, 1)
    ["Fri 11-27", NOV(27), 2, "late", "overdue2"], // Fri 27 = WORKDAY(20, 5)
    ["Fri 12-04", DEC(4), 3, "late", "overdue3"], // Fri 12-04 = WORKDAY(20, 10)
  ] as const)("never chased, asOf %s (%i): level %i, %s → %s", (_day, asOf, level, state, reason) => {
    const st = at(dueFri20, asOf);
    expect(st.nextChase).toBe(46343); // Tue 11-17: due since the pre-due day, it does not move
    expect([st.level, st.state, st.reason]).toEqual([level, state, reason]);
  });

  it("chased at level 1 on Mon 11-23: nothing on Wed 25 (next chase Fri 27), overdue2 on Fri 27", () => {
    const chased = { lastLineChase: NOV(23), lastSupplierChase: NOV(23) };
    expect(at(dueFri20, NOV(25), chased)).toMatchObject({ level: 1, nextChase: 46353, reason: null });
    expect(at(dueFri20, NOV(27), chased)).toMatchObject({ level: 2, nextChase: 46353, reason: "overdue2" });
  });

  describe("held-back lines: late or unconfirmed, but the supplier was chased less than minGap working days ago", () => {
    it("late at level 1, supplier chased Fri 11-20 about another line: held back on Mon 23, overdue1 on Tue 11-24", () => {
      // next chase = max(pre-due Tue 17, WORKDAY(Fri 20, 2) = Tue 11-24) = Tue 24 (46350)
      const ctx = { lastSupplierChase: NOV(20) };
      expect(at(dueFri20, NOV(23), ctx)).toMatchObject({ level: 1, state: "late", nextChase: 46350, reason: null });
      expect(at(dueFri20, NOV(24), ctx)).toMatchObject({ level: 1, state: "late", nextChase: 46350, reason: "overdue1" });
    });

    it("unconfirmed, supplier chased Fri 11-20: held back on Mon 23, unconfirmed on Tue 11-24", () => {
      // no promise, requested Fri 12-18 (46374), ordered Tue 11-17: deadline WORKDAY(17, 3) = Fri 11-20,
      // Unconfirmed from Sat 21; first chase Mon 11-23, held to the gap's end Tue 11-24 (46350)
      const unconfirmed = makeLine({ orderDate: NOV(17), requestedDate: DEC(18) });
      const ctx = { lastSupplierChase: NOV(20) };
      expect(at(unconfirmed, NOV(23), ctx)).toMatchObject({ level: 0, state: "unconfirmed", nextChase: 46350, reason: null });
      expect(at(unconfirmed, NOV(24), ctx)).toMatchObject({ level: 0, state: "unconfirmed", nextChase: 46350, reason: "unconfirmed" });
      // without the supplier's chase: chased on Mon 11-23 (46349)
      expect(at(unconfirmed, NOV(23))).toMatchObject({ nextChase: 46349, reason: "unconfirmed" });
      // Sat 11-21: already Unconfirmed, but the confirmation chase is only due on the first working day, Mon 23
      expect(at(unconfirmed, NOV(21))).toMatchObject({ state: "unconfirmed", nextChase: 46349, reason: null });
    });

    it("at level 3, chased Fri 12-04: held back until the repeat Tue 12-08 (46364)", () => {
      const ctx = { lastLineChase: DEC(4), lastSupplierChase: DEC(4) };
      // Mon 12-07: level 3, late, next chase WORKDAY(Fri 4, 2) = Tue 12-08
      expect(at(dueFri20, DEC(7), ctx)).toMatchObject({ level: 3, nextChase: 46364, reason: null });
      expect(at(dueFri20, DEC(8), ctx)).toMatchObject({ level: 3, nextChase: 46364, reason: "overdue3" });
    });
  });

  it("late and unconfirmed at level 1: the level wins (overdue1)", () => {
    // no promise, requested Fri 11-13, ordered Mon 11-02: L1 = WORKDAY(13, 1) = Mon 11-16; Unconfirmed since Fri 11-06
    const lateUnconfirmed = makeLine({ orderDate: NOV(2), requestedDate: NOV(13) });
    expect(at(lateUnconfirmed, NOV(16))).toMatchObject({ level: 1, state: "late", reason: "overdue1" });
    // Thu 11-12, not yet late: unconfirmed (deadline WORKDAY(Mon 2, 3) = Thu 11-05 < Thu 12), next chase Fri 11-06 (46332)
    expect(at(lateUnconfirmed, NOV(12))).toMatchObject({ level: 0, state: "unconfirmed", nextChase: 46332, reason: "unconfirmed" });
  });

  it("a next chase the buyer planned on a line not yet overdue is a pre-due reminder", () => {
    // promised Fri 12-18: pre-due Tue 12-15; chased Mon 11-16 with a plan for Mon 11-23 (46349)
    const onTrack = makeLine({ orderDate: NOV(2), promisedDate: DEC(18) });
    const st = at(onTrack, NOV(23), { lastLineChase: NOV(16), lastSupplierChase: NOV(16), plannedChase: NOV(23) });
    // Mon 23: due Fri 12-18 > WORKDAY(23, 5) = Mon 11-30 → on track
    expect(st).toMatchObject({ level: 0, state: "onTrack", nextChase: 46349, reason: "preDue" });
  });

  it("a new promised date resets the level and the reason: chased at level 3 on Fri 12-04, new promise Fri 12-18", () => {
    const renewed = { ...dueFri20, promisedDate: DEC(18) };
    const ctx = { lastLineChase: DEC(4), lastSupplierChase: DEC(4), lastPromiseChange: DEC(4) };
    // Mon 12-07: level 0, due 12-18 > WORKDAY(7, 5) = Mon 12-14 → on track; next chase = pre-due Tue 12-15 (46371)
    expect(at(renewed, DEC(7), ctx)).toMatchObject({ level: 0, state: "onTrack", nextChase: 46371, reason: null });
    // Tue 12-15: the pre-due reminder
    expect(at(renewed, DEC(15), ctx)).toMatchObject({ level: 0, state: "dueSoon", reason: "preDue" });
  });

  it.each(["cancelled", "closed", "onHold"] as const)("%s: never a reason", (lifecycle) => {
    expect(at({ ...dueFri20, lifecycle }, DEC(4)).reason).toBeNull();
  });

  it("received in full: never a reason", () => {
    expect(at({ ...dueFri20, receivedQty: 100, receivedDate: NOV(25) }, DEC(4))).toMatchObject({ lifecycle: "received", reason: null });
  });

  it("partial: chased like an open line (level 2 on Fri 11-27 → overdue2)", () => {
    expect(at({ ...dueFri20, receivedQty: 40, receivedDate: NOV(19) }, NOV(27))).toMatchObject({
      lifecycle: "partial",
      reason: "overdue2",
    });
  });

  it("an unreadable promised date: no reason (next chase unknown)", () => {
    expect(at({ ...dueFri20, promisedDate: undefined }, DEC(4))).toMatchObject({ nextChase: undefined, reason: null });
  });

  it("a holiday on Mon 11-23 moves level 1 to Tue 11-24: on Mon 23 the line is still a pre-due reminder", () => {
    const cal = makeCalendar("0000011", [NOV(23)]);
    // WORKDAY(Fri 20, 1): Sat, Sun, Mon 23 holiday → Tue 11-24
    expect(at(dueFri20, NOV(23), {}, cal)).toMatchObject({ level: 0, state: "late", reason: "preDue" });
    expect(at(dueFri20, NOV(24), {}, cal)).toMatchObject({ level: 1, reason: "overdue1" });
  });

  it("Friday–Saturday weekend (0000110): due Thu 11-19 reaches level 1 on Sunday 11-22", () => {
    const cal = makeCalendar("0000110");
    const dueThu19 = makeLine({ orderDate: NOV(2), promisedDate: NOV(19) });
    // WORKDAY(Thu 19, 1): Fri 20, Sat 21 off → Sun 11-22; Sat 21: late but level 0 → pre-due reminder
    expect(at(dueThu19, NOV(21), {}, cal)).toMatchObject({ level: 0, reason: "preDue" });
    expect(at(dueThu19, NOV(22), {}, cal)).toMatchObject({ level: 1, reason: "overdue1" });
  });
});
