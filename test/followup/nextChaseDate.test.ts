import { nextChaseDate } from "../../src/followup/nextChaseDate";
import { escalation, type Escalation } from "../../src/followup/escalation";
import { makeCalendar, type WorkCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";
import type { Lifecycle, Serial } from "../../src/model";

/*
 * Direct unit tests of nextChaseDate (DESIGN.md "Escalation levels", docs/rules.md "Next chase date").
 * Every expected date is worked out by hand below; serials are counted from 2026-01-01 = 46023
 * (a Thursday) and 2025-01-01 = 45658, never read from the program.
 *
 *   Jan–Oct 2026 = 31+28+31+30+31+30+31+31+30+31 = 304 days → 2026-11-01 = 46023 + 304 = 46327.
 *   304 = 43 × 7 + 3 → three weekdays after Thursday: 2026-11-01 is a Sunday.
 *   So NOV(d) = 46326 + d, and with 30 days in November, DEC(d) = 46356 + d.
 *
 *   November 2026              December 2026
 *   Mo Tu We Th Fr Sa Su       Mo Tu We Th Fr Sa Su
 *                      1           1  2  3  4  5  6
 *    2  3  4  5  6  7  8        7  8  9 10 11 12 13
 *    9 10 11 12 13 14 15       14 15 16 17 18 19 20
 *   16 17 18 19 20 21 22       21 22 23 24 25 26 27
 *   23 24 25 26 27 28 29       28 29 30 31
 *   30
 */
const NOV = (day: number): Serial => 46326 + day;
const DEC = (day: number): Serial => 46356 + day;

const MON_FRI = makeCalendar(); // weekend Sat + Sun, no holidays
const S: Settings = DEFAULT_SETTINGS; // offsets [−3, +1, +5, +10], minGap 2, confirmWithin 3

interface Case {
  promised?: Serial | null;
  requested?: Serial | null;
  orderDate?: Serial | null;
  lifecycle?: Lifecycle;
  lastLineChase?: Serial;
  /** Defaults to lastLineChase: the supplier's last chase includes this line's (evaluateRegister). */
  lastSupplierChase?: Serial;
  plannedChase?: Serial;
  lastPromiseChange?: Serial;
  cal?: WorkCalendar;
  settings?: Partial<Settings>;
}

/** nextChaseDate of one line, with its escalation computed from its due date (promised, else requested). */
function next(c: Case): Serial | null | undefined {
  const cal = c.cal ?? MON_FRI;
  const settings = { ...S, ...c.settings };
  const promised = c.promised ?? null;
  const due = promised ?? c.requested ?? null;
  // The milestones do not depend on asOf; only the level does, and nextChaseDate does not read it.
  const esc = escalation(cal, settings, due, NOV(1), c.lastPromiseChange);
  return nextChaseDate(cal, settings, {
    lifecycle: c.lifecycle ?? "open",
    line: { promisedDate: promised, orderDate: c.orderDate ?? null },
    escalation: esc,
    lastLineChase: c.lastLineChase,
    lastSupplierChase: "lastSupplierChase" in c ? c.lastSupplierChase : c.lastLineChase,
    plannedChase: c.plannedChase,
  });
}

// The running example: promised Fri 2026-11-20 (serial 46346), ordered Mon 11-02 (46328).
//   pre-due  WORKDAY(20, −3): Thu 19, Wed 18, Tue 17            → Tue 11-17 = 46343
//   level 1  WORKDAY(20, +1): Sat, Sun skipped                  → Mon 11-23 = 46349
//   level 2  WORKDAY(20, +5): Mon 23, Tue 24, Wed 25, Thu 26, Fri 27 → Fri 11-27 = 46353
//   level 3  WORKDAY(20, +10): Mon 30, Tue 1, Wed 2, Thu 3, Fri 4    → Fri 12-04 = 46360
const DUE_FRI_20 = { promised: NOV(20), orderDate: NOV(2) };

describe("the serials used here", () => {
  it("agree with the hand count from 2026-01-01 = 46023", () => {
    expect([NOV(1), NOV(20), DEC(1), DEC(4)]).toEqual([46327, 46346, 46357, 46360]);
  });
});

describe("nextChaseDate: escalation levels −3 / +1 / +5 / +10 working days from the due date", () => {
  it("never chased: due since the pre-due reminder, Tue 11-17 (46343)", () => {
    expect(next(DUE_FRI_20)).toBe(46343);
  });

  it("chased on the pre-due day Tue 11-17: next is level 1, Mon 11-23 (46349)", () => {
    // gap WORKDAY(Tue 17, 2) = Thu 11-19 (46345) is earlier, so level 1 stands
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(17) })).toBe(46349);
  });

  it("chased at level 1 on Mon 11-23: next is level 2, Fri 11-27 (46353)", () => {
    // gap WORKDAY(Mon 23, 2) = Wed 11-25 (46351) < Fri 27
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(23) })).toBe(46353);
  });

  it("chased between level 1 and 2, Tue 11-24: still level 2, Fri 11-27 (46353)", () => {
    // gap WORKDAY(Tue 24, 2) = Thu 11-26 (46352) < Fri 27
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(24) })).toBe(46353);
  });

  it("chased at level 2 on Fri 11-27: next is level 3, Fri 12-04 (46360)", () => {
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(27) })).toBe(46360);
  });

  it("first chased only after level 2, Wed 12-02: level 3 Fri 12-04 (46360), which is also the gap's end", () => {
    // gap WORKDAY(Wed 2, 2) = Thu 3, Fri 4 → Fri 12-04 = level 3
    expect(next({ ...DUE_FRI_20, lastLineChase: DEC(2) })).toBe(46360);
  });

  it("after level 3 has been chased (Fri 12-04): every minGap = 2 working days, Tue 12-08 (46364)", () => {
    // WORKDAY(Fri 4, 2): Mon 7, Tue 8 → Tue 12-08 = 46356 + 8
    expect(next({ ...DUE_FRI_20, lastLineChase: DEC(4) })).toBe(46364);
    // and again from Tue 12-08: Wed 9, Thu 10 → Thu 12-10 = 46366
    expect(next({ ...DUE_FRI_20, lastLineChase: DEC(8) })).toBe(46366);
  });

  it("due on a Saturday (11-21, 46347) counts like Excel WORKDAY from that day", () => {
    // pre-due WORKDAY(Sat 21, −3): Fri 20, Thu 19, Wed 18 → Wed 11-18 = 46344
    expect(next({ promised: NOV(21) })).toBe(46344);
    // level 1 WORKDAY(Sat 21, +1) = Mon 11-23 (46349): chased Wed 18 → Mon 23
    expect(next({ promised: NOV(21), lastLineChase: NOV(18) })).toBe(46349);
  });

  it("the requested date is the due date when nothing is promised (here with no order date: no confirmation chase)", () => {
    // requested Fri 11-20, same dates as the promise above: never chased → pre-due Tue 11-17 (46343)
    expect(next({ requested: NOV(20) })).toBe(46343);
  });

  it("custom offsets [0, 2, 4, 6]: pre-due is the due day itself, then WORKDAY(+2), (+4), (+6)", () => {
    const settings = { escalationOffsets: [0, 2, 4, 6] as Settings["escalationOffsets"] };
    // WORKDAY(Fri 20, 0) = Fri 11-20 (46346)
    expect(next({ ...DUE_FRI_20, settings })).toBe(46346);
    // chased Fri 20 → level 1 WORKDAY(20, 2) = Mon 23, Tue 24 → Tue 11-24 (46350); gap also Tue 24
    expect(next({ ...DUE_FRI_20, settings, lastLineChase: NOV(20) })).toBe(46350);
    // chased Tue 24 → level 2 WORKDAY(20, 4) = Thu 11-26 (46352); gap WORKDAY(24, 2) = Thu 26 too
    expect(next({ ...DUE_FRI_20, settings, lastLineChase: NOV(24) })).toBe(46352);
    // chased Thu 26 → level 3 WORKDAY(20, 6) = Fri 27, Mon 30 → Mon 11-30 (46356); gap WORKDAY(26, 2) = Mon 30
    expect(next({ ...DUE_FRI_20, settings, lastLineChase: NOV(26) })).toBe(46356);
  });
});

describe("nextChaseDate: never sooner than minGap working days after the supplier's last chase", () => {
  it("chasing the line itself starts the gap: chased Thu 11-26 at level 1 → not Fri 27 (level 2) but Mon 11-30 (46356)", () => {
    // level 2 = Fri 11-27; gap WORKDAY(Thu 26, 2): Fri 27, Mon 30 → Mon 11-30 = 46356
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(26) })).toBe(46356);
  });

  it("another line of the supplier chased Fri 11-20: this never-chased line is held back until Tue 11-24 (46350)", () => {
    // pre-due Tue 11-17 < gap WORKDAY(Fri 20, 2): Mon 23, Tue 24 → Tue 11-24
    expect(next({ ...DUE_FRI_20, lastSupplierChase: NOV(20) })).toBe(46350);
  });

  it("supplier chased Mon 11-16: the gap ends Wed 11-18 (46344), after the pre-due Tue 11-17", () => {
    expect(next({ ...DUE_FRI_20, lastSupplierChase: NOV(16) })).toBe(46344);
  });

  it("supplier chased Fri 11-13: the gap ends Tue 11-17 (46343), the pre-due date itself", () => {
    // WORKDAY(Fri 13, 2): Mon 16, Tue 17
    expect(next({ ...DUE_FRI_20, lastSupplierChase: NOV(13) })).toBe(46343);
  });

  it("a chase long before (Mon 11-02): its gap ended Wed 11-04, the pre-due Tue 11-17 (46343) is still next", () => {
    // first milestone after Mon 2 = pre-due Tue 17; gap WORKDAY(Mon 2, 2) = Wed 11-04 < Tue 17
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(2) })).toBe(46343);
  });

  it("a line chased at level 1 (Mon 11-23) whose supplier was chased again Thu 11-26 about another line: Mon 11-30 (46356)", () => {
    // level 2 Fri 11-27; gap WORKDAY(Thu 26, 2) = Fri 27, Mon 30 → Mon 11-30
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(23), lastSupplierChase: NOV(26) })).toBe(46356);
  });

  it("minGap 3: after level 3 (chased Fri 12-04) every 3 working days, and the gap is 3 days too", () => {
    // WORKDAY(Fri 4, 3): Mon 7, Tue 8, Wed 9 → Wed 12-09 = 46365
    expect(next({ ...DUE_FRI_20, lastLineChase: DEC(4), settings: { minGap: 3 } })).toBe(46365);
    // never chased, supplier chased Fri 11-20: WORKDAY(20, 3) = Mon 23, Tue 24, Wed 25 → Wed 11-25 = 46351
    expect(next({ ...DUE_FRI_20, lastSupplierChase: NOV(20), settings: { minGap: 3 } })).toBe(46351);
  });
});

describe("nextChaseDate: unconfirmed lines are chased for a confirmation", () => {
  // No promise, requested Fri 12-18 (46374), ordered Tue 11-17 (46343), confirmWithin 3.
  //   confirmation deadline WORKDAY(Tue 17, 3): Wed 18, Thu 19, Fri 20 → Fri 11-20;
  //   first confirmation chase = the next working day, Mon 11-23 (46349) = WORKDAY(Tue 17, 3 + 1).
  //   escalation from the requested date Fri 12-18: pre-due WORKDAY(18, −3) = Thu 17, Wed 16, Tue 15 → Tue 12-15 (46371).
  const UNCONFIRMED = { promised: null, requested: DEC(18), orderDate: NOV(17) };

  it("never chased: the confirmation chase Mon 11-23 (46349) comes before the pre-due Tue 12-15", () => {
    expect(next(UNCONFIRMED)).toBe(46349);
  });

  it("chased for confirmation on Mon 11-23: again minGap later, Wed 11-25 (46351)", () => {
    // repeat WORKDAY(Mon 23, 2): Tue 24, Wed 25
    expect(next({ ...UNCONFIRMED, lastLineChase: NOV(23) })).toBe(46351);
  });

  it("chased before the deadline (Fri 11-20): the first confirmation chase Mon 11-23 stands, but the gap holds it to Tue 11-24 (46350)", () => {
    // Fri 20 < Mon 23 → first chase Mon 23; gap WORKDAY(Fri 20, 2) = Tue 11-24
    expect(next({ ...UNCONFIRMED, lastLineChase: NOV(20) })).toBe(46350);
  });

  it("ordered on a Saturday (11-21): WORKDAY(Sat 21, 3) = Wed 11-25, first chase Thu 11-26 (46352)", () => {
    expect(next({ ...UNCONFIRMED, orderDate: NOV(21) })).toBe(46352);
  });

  it("confirmWithin 0: the deadline is the order day Tue 11-17, first chase Wed 11-18 (46344)", () => {
    expect(next({ ...UNCONFIRMED, settings: { confirmWithin: 0 } })).toBe(46344);
  });

  it("confirmWithin 5: WORKDAY(Tue 17, 5) = Tue 11-24, first chase Wed 11-25 (46351)", () => {
    // Wed 18, Thu 19, Fri 20, Mon 23, Tue 24 → deadline Tue 24
    expect(next({ ...UNCONFIRMED, settings: { confirmWithin: 5 } })).toBe(46351);
  });

  it("a promised date ends the confirmation chase: only the escalation applies", () => {
    // promised Fri 12-18 → pre-due Tue 12-15 (46371)
    expect(next({ ...UNCONFIRMED, promised: DEC(18) })).toBe(46371);
  });

  it("no order date: nothing to count the confirmation from, only the escalation (pre-due Tue 12-15, 46371)", () => {
    expect(next({ ...UNCONFIRMED, orderDate: null })).toBe(46371);
  });

  it("no date to chase against at all (no promise, no requested date) still gets its confirmation chase", () => {
    expect(next({ promised: null, requested: null, orderDate: NOV(17) })).toBe(46349);
    // and its repeat after a chase Mon 11-23: Wed 11-25
    expect(next({ promised: null, requested: null, orderDate: NOV(17), lastLineChase: NOV(23) })).toBe(46351);
  });

  it("no dates at all: nothing to chase (null)", () => {
    expect(next({ promised: null, requested: null, orderDate: null })).toBeNull();
    expect(next({ promised: null, requested: null, orderDate: null, lastLineChase: NOV(23) })).toBeNull();
  });

  describe("late and unconfirmed: the earlier of the escalation and the confirmation chase", () => {
    // No promise, requested Fri 11-13 (46339), ordered Mon 11-02 (46328).
    //   escalation from Fri 13: pre-due WORKDAY(13, −3) = Thu 12, Wed 11, Tue 10 → Tue 11-10 (46336);
    //     L1 Mon 11-16 (46342); L2 Mon 16 … Fri 20 → Fri 11-20 (46346); L3 Mon 23 … Fri 27 → Fri 11-27 (46353)
    //   confirmation: deadline WORKDAY(Mon 2, 3) = Thu 11-05, first chase Fri 11-06 (46332)
    const LATE_UNCONFIRMED = { promised: null, requested: NOV(13), orderDate: NOV(2) };

    it("never chased: the confirmation chase Fri 11-06 (46332) is before the pre-due Tue 11-10", () => {
      expect(next(LATE_UNCONFIRMED)).toBe(46332);
    });

    it("chased at level 1 on Mon 11-16: the confirmation repeat Wed 11-18 (46344) beats level 2 Fri 11-20", () => {
      // repeat WORKDAY(Mon 16, 2) = Tue 17, Wed 18
      expect(next({ ...LATE_UNCONFIRMED, lastLineChase: NOV(16) })).toBe(46344);
    });

    it("chased Thu 11-19: level 2 Fri 11-20 (46346) beats the repeat Mon 11-23 — but the gap holds it to Mon 11-23 (46349)", () => {
      // earliest(L2 Fri 20, repeat WORKDAY(Thu 19, 2) = Fri 20, Mon 23) = Fri 20; gap WORKDAY(Thu 19, 2) = Mon 23
      expect(next({ ...LATE_UNCONFIRMED, lastLineChase: NOV(19) })).toBe(46349);
      // with no gap from the supplier (say the chase was logged without a supplier): Fri 11-20
      expect(next({ ...LATE_UNCONFIRMED, lastLineChase: NOV(19), lastSupplierChase: undefined })).toBe(46346);
    });
  });
});

describe("nextChaseDate: a new promised date resets the level", () => {
  it("chased at level 3 on Fri 12-04 with a new promise Fri 12-18: next is the new pre-due, Tue 12-15 (46371)", () => {
    // old due Fri 11-20 would give the repeat Tue 12-08; the new due Fri 12-18 (46374) gives
    // pre-due WORKDAY(18, −3) = Thu 17, Wed 16, Tue 15 → Tue 12-15, after the chase, so it comes next
    expect(next({ ...DUE_FRI_20, lastLineChase: DEC(4) })).toBe(46364);
    expect(next({ ...DUE_FRI_20, promised: DEC(18), lastLineChase: DEC(4), lastPromiseChange: DEC(4) })).toBe(46371);
  });

  it("a new promise close ahead (Tue 12-08) after a chase Fri 12-04: pre-due Thu 12-03 is past, level 1 Wed 12-09 (46365)", () => {
    // WORKDAY(Tue 8, −3) = Mon 7, Fri 4, Thu 3 → Thu 12-03 ≤ Fri 4 (already behind the chase);
    // level 1 WORKDAY(Tue 8, 1) = Wed 12-09 = 46365; gap WORKDAY(Fri 4, 2) = Tue 12-08 < Wed 9
    expect(next({ promised: DEC(8), lastLineChase: DEC(4), lastPromiseChange: DEC(4) })).toBe(46365);
  });

  it("a promise recorded after the date it promises restarts the count from the day it was recorded", () => {
    // On Mon 12-07 (46363) the supplier says "it left Thu 12-03": due Thu 12-03 < change Mon 12-07 → base Mon 12-07.
    //   pre-due WORKDAY(7, −3) = Fri 4, Thu 3, Wed 2 → Wed 12-02; L1 WORKDAY(7, 1) = Tue 12-08 (46364);
    //   L2 Tue 8, Wed 9, Thu 10, Fri 11, Mon 14 → Mon 12-14; L3 Tue 15 … Fri 18, Mon 21 → Mon 12-21.
    // Chased Mon 12-07: next level after it = L1 Tue 12-08, held by the gap WORKDAY(7, 2) = Wed 12-09 (46365).
    expect(next({ promised: DEC(3), lastLineChase: DEC(7), lastPromiseChange: DEC(7) })).toBe(46365);
    // Had the count not restarted (base Thu 12-03): L2 WORKDAY(3, 5) = Fri 4, Mon 7, Tue 8, Wed 9, Thu 10 → Thu 12-10,
    // the first date after Mon 12-07 → Thu 12-10 (46366). The restart gives the earlier, level-1 date instead.
    expect(next({ promised: DEC(3), lastLineChase: DEC(7) })).toBe(46366);
  });
});

describe("nextChaseDate: a next-chase date the buyer planned", () => {
  it("replaces the repeat after level 3: chased Fri 12-04, planned Thu 12-10 → Thu 12-10 (46366), not Tue 12-08", () => {
    expect(next({ ...DUE_FRI_20, lastLineChase: DEC(4), plannedChase: DEC(10) })).toBe(46366);
  });

  it("a level reached before the planned date comes first: chased Mon 11-23, planned Wed 12-02 → level 2 Fri 11-27 (46353)", () => {
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(23), plannedChase: DEC(2) })).toBe(46353);
  });

  it("planned before the next level: chased Mon 11-23, planned Thu 11-26 → Thu 11-26 (46352)", () => {
    // earliest(planned Thu 26, L2 Fri 27) = Thu 26; gap Wed 11-25 < Thu 26
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(23), plannedChase: NOV(26) })).toBe(46352);
  });

  it("a planned date inside the supplier gap is held to the gap's end: chased Mon 11-23, planned Tue 11-24 → Wed 11-25 (46351)", () => {
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(23), plannedChase: NOV(24) })).toBe(46351);
  });

  it("a planned date on or before the last chase is stale and ignored", () => {
    // planned Mon 11-23 = the last chase → as if none: level 2 Fri 11-27 (46353)
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(23), plannedChase: NOV(23) })).toBe(46353);
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(23), plannedChase: NOV(18) })).toBe(46353);
  });

  it("planned on a never-chased line before its pre-due: Thu 11-12 (46338) comes first", () => {
    expect(next({ ...DUE_FRI_20, plannedChase: NOV(12) })).toBe(46338);
    // planned after the pre-due Tue 11-17: the pre-due comes first
    expect(next({ ...DUE_FRI_20, plannedChase: NOV(19) })).toBe(46343);
  });

  it("replaces the confirmation repeat of an unconfirmed line: chased Mon 11-23, planned Mon 11-30 → Mon 11-30 (46356)", () => {
    // without the plan: Wed 11-25 (repeat); with it: earliest(planned Mon 30, pre-due of requested Fri 12-18 = Tue 12-15)
    const unconfirmed = { promised: null, requested: DEC(18), orderDate: NOV(17), lastLineChase: NOV(23) };
    expect(next(unconfirmed)).toBe(46351);
    expect(next({ ...unconfirmed, plannedChase: NOV(30) })).toBe(46356);
  });

  it("a line without any date is chased on the planned date (46352)", () => {
    expect(next({ promised: null, requested: null, orderDate: null, plannedChase: NOV(26) })).toBe(46352);
  });
});

describe("nextChaseDate: holidays", () => {
  it("due on a holiday (Thu 11-26) with that holiday in the calendar", () => {
    const cal = makeCalendar("0000011", [NOV(26)]);
    // pre-due WORKDAY(Thu 26, −3) = Wed 25, Tue 24, Mon 23 → Mon 11-23 (46349)
    expect(next({ promised: NOV(26), cal })).toBe(46349);
    // level 1 WORKDAY(Thu 26, +1) = Fri 11-27 (46353)
    // (gap WORKDAY(Mon 23, 2) = Wed 11-25 is earlier)
    expect(next({ promised: NOV(26), cal, lastLineChase: NOV(23) })).toBe(46353);
    // level 2 Fri 27, Mon 30, Tue 1, Wed 2, Thu 3 → Thu 12-03 (46359)
    expect(next({ promised: NOV(26), cal, lastLineChase: NOV(27) })).toBe(46359);
    // level 3 Fri 4, Mon 7, Tue 8, Wed 9, Thu 10 → Thu 12-10 (46366)
    expect(next({ promised: NOV(26), cal, lastLineChase: DEC(3) })).toBe(46366);
  });

  it("the supplier gap skips a holiday: chased Wed 11-25, holiday Thu 11-26 → gap Fri 27, Mon 30 → Mon 11-30 (46356)", () => {
    const cal = makeCalendar("0000011", [NOV(26)]);
    // due Fri 11-20: level 2 = WORKDAY(20, 5) = Mon 23, Tue 24, Wed 25, (Thu 26 holiday), Fri 27, Mon 30 → Mon 11-30
    expect(next({ ...DUE_FRI_20, cal, lastLineChase: NOV(25) })).toBe(46356);
    // without the holiday: level 2 Fri 11-27, gap WORKDAY(Wed 25, 2) = Fri 11-27 → Fri 11-27 (46353)
    expect(next({ ...DUE_FRI_20, lastLineChase: NOV(25) })).toBe(46353);
  });

  it("across the 2025/2026 year end with Christmas and New Year holidays", () => {
    // 2025-12-31 = 46023 − 1 = 46022 (a Wednesday, the day before Thursday 2026-01-01); 2025-01-01 = 45658,
    // and 45658 + 365 = 46023 agrees. Wed 2025-12-24 = 46022 − 7 = 46015.
    // Holidays Thu 12-25 (46016), Fri 12-26 (46017), Thu 2026-01-01 (46023).
    const cal = makeCalendar("0000011", [46016, 46017, 46023]);
    // Due Wed 2025-12-24 (46015):
    //   pre-due WORKDAY(24, −3) = Tue 23, Mon 22, Fri 19 → Fri 2025-12-19 = 46010
    expect(next({ promised: 46015, cal })).toBe(46010);
    //   level 1: Thu 25 and Fri 26 holidays, weekend → Mon 2025-12-29 = 46020
    expect(next({ promised: 46015, cal, lastLineChase: 46010 })).toBe(46020);
    //   level 2: Mon 29 (1), Tue 30 (2), Wed 31 (3), Thu Jan 1 holiday, Fri Jan 2 (4), Mon Jan 5 (5) → 2026-01-05 = 46027
    expect(next({ promised: 46015, cal, lastLineChase: 46020 })).toBe(46027);
    //   level 3: Tue 6, Wed 7, Thu 8, Fri 9, Mon 12 → 2026-01-12 = 46034
    expect(next({ promised: 46015, cal, lastLineChase: 46027 })).toBe(46034);
    //   after level 3 chased Mon 01-12: WORKDAY(12, 2) = Wed 2026-01-14 = 46036
    expect(next({ promised: 46015, cal, lastLineChase: 46034 })).toBe(46036);
  });

  it("the confirmation deadline skips holidays: ordered Mon 2025-12-22 (46013)", () => {
    const cal = makeCalendar("0000011", [46016, 46017, 46023]);
    // WORKDAY(Mon 22, 3) = Tue 23, Wed 24, (Thu 25, Fri 26 holidays, weekend) Mon 29 → deadline Mon 12-29 (46020);
    // first chase Tue 2025-12-30 = 46021. Requested far ahead (Fri 2026-01-30 = 46023 + 29 = 46052).
    expect(next({ promised: null, requested: 46052, orderDate: 46013, cal })).toBe(46021);
    // chased Tue 12-30: repeat WORKDAY(30, 2) = Wed 31, (Thu Jan 1 holiday) Fri Jan 2 → 2026-01-02 = 46024
    expect(next({ promised: null, requested: 46052, orderDate: 46013, cal, lastLineChase: 46021 })).toBe(46024);
  });
});

describe("nextChaseDate: a non-default weekend (Friday and Saturday off, weekend string 0000110)", () => {
  // Working days Sun–Thu. Due Thu 11-19 (46345).
  //   pre-due WORKDAY(19, −3) = Wed 18, Tue 17, Mon 16 → Mon 11-16 (46342)
  //   level 1 WORKDAY(19, +1): Fri 20, Sat 21 off → Sun 11-22 (46348)
  //   level 2 Sun 22, Mon 23, Tue 24, Wed 25, Thu 26 → Thu 11-26 (46352)
  //   level 3 Sun 29, Mon 30, Tue 1, Wed 2, Thu 3 → Thu 12-03 (46359)
  const cal = makeCalendar("0000110");
  const DUE_THU_19 = { promised: NOV(19), cal };

  it("never chased: pre-due Mon 11-16 (46342)", () => {
    expect(next(DUE_THU_19)).toBe(46342);
  });

  it("chased Mon 11-16: level 1 on Sunday 11-22 (46348), a working day here", () => {
    // gap WORKDAY(Mon 16, 2) = Tue 17, Wed 18 → Wed 11-18 < Sun 22
    expect(next({ ...DUE_THU_19, lastLineChase: NOV(16) })).toBe(46348);
  });

  it("chased Sun 11-22: level 2 Thu 11-26 (46352)", () => {
    expect(next({ ...DUE_THU_19, lastLineChase: NOV(22) })).toBe(46352);
  });

  it("chased Thu 11-26: level 3 Thu 12-03 (46359)", () => {
    expect(next({ ...DUE_THU_19, lastLineChase: NOV(26) })).toBe(46359);
  });

  it("after level 3 chased Thu 12-03: WORKDAY(3, 2) skips Fri and Sat → Sun 12-06 (1), Mon 12-07 (2) = 46363", () => {
    expect(next({ ...DUE_THU_19, lastLineChase: DEC(3) })).toBe(46363);
  });

  it("supplier chased Thu 11-19: the gap Sun 22 (1), Mon 23 (2) holds a never-chased line to Mon 11-23 (46349)", () => {
    expect(next({ ...DUE_THU_19, lastSupplierChase: NOV(19) })).toBe(46349);
  });

  it("unconfirmed, ordered Wed 11-18: deadline Thu 19, Sun 22, Mon 23 → first chase Tue 11-24 (46350)", () => {
    expect(next({ promised: null, requested: DEC(17), orderDate: NOV(18), cal })).toBe(46350);
  });

  it("with a holiday Tue 11-24 as well: level 2 = Sun 22, Mon 23, (Tue 24), Wed 25, Thu 26, Sun 29 → Sun 11-29 (46355)", () => {
    const withHoliday = makeCalendar("0000110", [NOV(24)]);
    expect(next({ ...DUE_THU_19, cal: withHoliday, lastLineChase: NOV(22) })).toBe(46355);
  });
});

describe("nextChaseDate: lines that are not followed up, and unknown due dates", () => {
  it.each(["received", "cancelled", "closed", "onHold"] as const)("%s: no next chase (null)", (lifecycle) => {
    expect(next({ ...DUE_FRI_20, lifecycle })).toBeNull();
    expect(next({ ...DUE_FRI_20, lifecycle, lastLineChase: NOV(23), plannedChase: NOV(30) })).toBeNull();
    expect(next({ promised: null, requested: DEC(18), orderDate: NOV(17), lifecycle })).toBeNull();
  });

  it("partial: chased like an open line (pre-due Tue 11-17, 46343; after level 1 Mon 11-23 → Fri 11-27, 46353)", () => {
    expect(next({ ...DUE_FRI_20, lifecycle: "partial" })).toBe(46343);
    expect(next({ ...DUE_FRI_20, lifecycle: "partial", lastLineChase: NOV(23) })).toBe(46353);
  });

  it("an unreadable due date (escalation undefined): unknown, even with a plan or an order date", () => {
    const facts = { lifecycle: "open" as const, line: { promisedDate: undefined, orderDate: NOV(17) }, escalation: undefined };
    expect(nextChaseDate(MON_FRI, S, facts)).toBeUndefined();
    expect(nextChaseDate(MON_FRI, S, { ...facts, plannedChase: NOV(30), lastLineChase: NOV(23) })).toBeUndefined();
    // not followed up wins over unknown
    expect(nextChaseDate(MON_FRI, S, { ...facts, lifecycle: "cancelled" })).toBeNull();
  });

  it("reads only the milestones of the escalation, not its level", () => {
    // hand-made milestones for due Fri 11-20; the level/preDue fields say nothing about the next chase
    const esc: Escalation = { level: 3, preDue: false, base: NOV(20), milestones: [NOV(17), NOV(23), NOV(27), DEC(4)] };
    const facts = { lifecycle: "open" as const, line: { promisedDate: NOV(20), orderDate: NOV(2) }, escalation: esc };
    expect(nextChaseDate(MON_FRI, S, facts)).toBe(46343); // Tue 11-17
    expect(nextChaseDate(MON_FRI, S, { ...facts, lastLineChase: NOV(27), lastSupplierChase: NOV(27) })).toBe(46360); // Fri 12-04
  });
});
