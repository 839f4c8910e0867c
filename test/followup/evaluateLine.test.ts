import { evaluateLine, type LineContext } from "../../src/followup/evaluateLine";
import { makeCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { PoLine } from "../../src/model";
import { DEC, makeLine, NOV } from "./fixtures";

const calendar = makeCalendar();
const settings = DEFAULT_SETTINGS; // offsets [−3, +1, +5, +10], minGap 2, confirmWithin 3
const at = (asOf: number, extra: Partial<LineContext> = {}): LineContext => ({ settings, calendar, asOf, ...extra });
// Promised Fri 2026-11-20: pre-due Tue 11-17, L1 Mon 11-23, L2 Fri 11-27, L3 Fri 12-04.
const line: PoLine = makeLine({ orderDate: NOV(2), requestedDate: NOV(16), promisedDate: NOV(20), orderedQty: 100, unitPrice: 2.5, currency: "EUR" });

describe("evaluateLine: received lines", () => {
  it("received early: Wed 11-18 against Fri 11-20 → −2 days, −2 working days, nothing to chase", () => {
    const st = evaluateLine({ ...line, receivedQty: 100, receivedDate: NOV(18) }, at(NOV(23)));
    expect(st).toMatchObject({ lifecycle: "received", daysLate: -2, workdaysLate: -2, state: null, level: 0, nextChase: null, reason: null, openQty: 0, openValue: 0 });
  });
  it("received on the committed date → 0", () => {
    const st = evaluateLine({ ...line, committedDate: NOV(20), promisedDate: NOV(25), receivedQty: 100, receivedDate: NOV(20) }, at(NOV(30)));
    expect(st.committed).toBe(NOV(20));
    expect(st.due).toBe(NOV(25));
    expect(st.daysLate).toBe(-5); // against the latest promise Wed 11-25
  });
  it("slipped promise: committed stays the first logged promise Fri 11-20 while due moved to Fri 12-18", () => {
    const slipped = { ...line, promisedDate: DEC(18), receivedQty: 100, receivedDate: DEC(18) };
    const st = evaluateLine(slipped, at(DEC(21), { firstPromise: NOV(20) }));
    expect(st.committed).toBe(NOV(20)); // 12-18 − 11-20 = 28 days late against the commitment (KPIs use this)
    expect(st.daysLate).toBe(0); // on time against the current promise
  });
  it("received with a blank receipt date: lateness unknown", () => {
    const st = evaluateLine({ ...line, receivedQty: 100 }, at(NOV(23)));
    expect(st.daysLate).toBeUndefined();
    expect(st.workdaysLate).toBeUndefined();
  });
  it("over-receipt is received with no open quantity", () => {
    const st = evaluateLine({ ...line, receivedQty: 130, receivedDate: NOV(19) }, at(NOV(23)));
    expect(st).toMatchObject({ lifecycle: "received", openQty: 0, daysLate: -1 });
  });
  it("qtyTolerance 2 %: 98 of 100 counts as received", () => {
    const st = evaluateLine({ ...line, receivedQty: 98, receivedDate: NOV(20) }, at(NOV(23), { settings: { ...settings, qtyTolerance: 0.02 } }));
    expect(st.lifecycle).toBe("received");
    expect(st.openQty).toBe(2);
    expect(st.openValue).toBe(5); // 2 × 2.5
  });
});

describe("evaluateLine: lines not followed up", () => {
  it.each(["cancelled", "closed", "onHold"] as const)("%s: no state, level, next chase or reason", (lc) => {
    const st = evaluateLine({ ...line, lifecycle: lc }, at(DEC(7)));
    expect(st).toMatchObject({ lifecycle: lc, state: null, level: 0, preDue: false, nextChase: null, reason: null });
  });
  it("cancelled: lateness not measured; on hold: still measured to asOf (Mon 12-07 − Fri 11-20 = 17)", () => {
    expect(evaluateLine({ ...line, lifecycle: "cancelled" }, at(DEC(7))).daysLate).toBeNull();
    expect(evaluateLine({ ...line, lifecycle: "onHold" }, at(DEC(7))).daysLate).toBe(17);
  });
  it("closed with a receipt date is measured to it, without one it is not measured", () => {
    expect(evaluateLine({ ...line, lifecycle: "closed", receivedDate: NOV(24) }, at(DEC(7))).daysLate).toBe(4);
    expect(evaluateLine({ ...line, lifecycle: "closed" }, at(DEC(7))).daysLate).toBeNull();
  });
});

describe("evaluateLine: partial receipt", () => {
  it("40 of 100 received is still chased: open 60 × 2.5 = 150, Mon 11-23 − Fri 11-20 = 3 days late, level 1", () => {
    const st = evaluateLine({ ...line, receivedQty: 40, receivedDate: NOV(19) }, at(NOV(23)));
    expect(st).toMatchObject({ lifecycle: "partial", openQty: 60, openValue: 150, daysLate: 3, workdaysLate: 1, state: "late", level: 1, reason: "overdue1" });
  });
});

describe("evaluateLine: next chase and reasons", () => {
  it("not yet due: next chase is the pre-due reminder Tue 11-17", () => {
    const st = evaluateLine(line, at(NOV(16)));
    expect(st).toMatchObject({ state: "dueSoon", nextChase: NOV(17), reason: null });
  });
  it("pre-due reminder on Tue 11-17", () => {
    expect(evaluateLine(line, at(NOV(17)))).toMatchObject({ preDue: true, nextChase: NOV(17), reason: "preDue" });
  });
  it("never chased and now level 1: due since the pre-due date (Tue 11-17)", () => {
    expect(evaluateLine(line, at(NOV(23)))).toMatchObject({ level: 1, nextChase: NOV(17), reason: "overdue1" });
  });
  it("chased at pre-due (Tue 11-17), level 1 reached Mon 11-23 → due now", () => {
    expect(evaluateLine(line, at(NOV(23), { lastLineChase: NOV(17), lastSupplierChase: NOV(17) }))).toMatchObject({ nextChase: NOV(23), reason: "overdue1" });
  });
  it("chased at level 1 (Mon 11-23): next is level 2, Fri 11-27", () => {
    const st = evaluateLine(line, at(NOV(24), { lastLineChase: NOV(23), lastSupplierChase: NOV(23) }));
    expect(st).toMatchObject({ level: 1, nextChase: NOV(27), reason: null });
    expect(evaluateLine(line, at(NOV(27), { lastLineChase: NOV(23) }))).toMatchObject({ level: 2, reason: "overdue2" });
  });
  it("after level 3 has been chased (Fri 12-04): every minGap = 2 working days → Tue 12-08", () => {
    const st = evaluateLine(line, at(DEC(7), { lastLineChase: DEC(4), lastSupplierChase: DEC(4) }));
    expect(st).toMatchObject({ level: 3, nextChase: DEC(8), reason: null });
    expect(evaluateLine(line, at(DEC(8), { lastLineChase: DEC(4) }))).toMatchObject({ reason: "overdue3" });
  });
  it("minGap per supplier: supplier chased Fri 11-20 on another line → not before WORKDAY(11-20, 2) = Tue 11-24", () => {
    const st = evaluateLine(line, at(NOV(23), { lastLineChase: NOV(17), lastSupplierChase: NOV(20) }));
    expect(st).toMatchObject({ level: 1, nextChase: NOV(24), reason: null });
    // supplier chased Thu 11-19 → WORKDAY(11-19, 2) = Mon 11-23: due today
    expect(evaluateLine(line, at(NOV(23), { lastLineChase: NOV(17), lastSupplierChase: NOV(19) })).reason).toBe("overdue1");
  });
  it("a planned next chase is kept unless a new level comes first", () => {
    const chased = { lastLineChase: NOV(23), lastSupplierChase: NOV(23) };
    expect(evaluateLine(line, at(NOV(24), { ...chased, plannedChase: NOV(25) })).nextChase).toBe(NOV(25));
    expect(evaluateLine(line, at(NOV(24), { ...chased, plannedChase: DEC(2) })).nextChase).toBe(NOV(27)); // level 2 first
    expect(evaluateLine(line, at(NOV(24), { ...chased, plannedChase: NOV(20) })).nextChase).toBe(NOV(27)); // stale plan ignored
  });
  it("after level 3 a planned date replaces the minGap repeat", () => {
    expect(evaluateLine(line, at(DEC(7), { lastLineChase: DEC(4), plannedChase: DEC(14) })).nextChase).toBe(DEC(14));
  });
});

describe("evaluateLine: unconfirmed lines", () => {
  // ordered Tue 11-17, confirm within 3 → deadline Fri 11-20; first confirmation chase Mon 11-23.
  // requested Fri 12-18 → pre-due Tue 12-15.
  const unconfirmed = makeLine({ orderDate: NOV(17), requestedDate: DEC(18) });
  it("not chased before the deadline has passed", () => {
    expect(evaluateLine(unconfirmed, at(NOV(20)))).toMatchObject({ state: "onTrack", nextChase: NOV(23), reason: null });
  });
  it("chased for confirmation on Mon 11-23", () => {
    expect(evaluateLine(unconfirmed, at(NOV(23)))).toMatchObject({ state: "unconfirmed", nextChase: NOV(23), reason: "unconfirmed" });
  });
  it("then every minGap: chased Mon 11-23 → Wed 11-25", () => {
    const st = evaluateLine(unconfirmed, at(NOV(24), { lastLineChase: NOV(23), lastSupplierChase: NOV(23) }));
    expect(st).toMatchObject({ nextChase: NOV(25), reason: null });
  });
  it("an unconfirmed line that is overdue is chased as overdue", () => {
    const late = makeLine({ orderDate: NOV(2), requestedDate: NOV(20) });
    expect(evaluateLine(late, at(NOV(27)))).toMatchObject({ state: "late", level: 2, reason: "overdue2" });
  });
});

describe("evaluateLine: level reset after a new promise", () => {
  it("level 3 on Mon 12-07; new promise Fri 12-18 given that day → level 0, next = pre-due Tue 12-15", () => {
    expect(evaluateLine(line, at(DEC(7))).level).toBe(3);
    const promised = { ...line, promisedDate: DEC(18) };
    const st = evaluateLine(promised, at(DEC(8), { lastLineChase: DEC(7), lastSupplierChase: DEC(7), lastPromiseChange: DEC(7), firstPromise: NOV(20) }));
    // on Tue 12-08 the due-soon horizon is WORKDAY(12-08, 5) = Tue 12-15 < Fri 12-18 → on track
    expect(st).toMatchObject({ level: 0, preDue: false, state: "onTrack", nextChase: DEC(15), reason: null, committed: NOV(20), escalationBase: DEC(18) });
  });
  it("a promised date already past when recorded restarts from the recording day", () => {
    // Mon 12-07: supplier says it will ship Fri 11-20 (a date already past) → base Mon 12-07, L1 Tue 12-08
    const st = evaluateLine(line, at(DEC(8), { lastLineChase: DEC(7), lastPromiseChange: DEC(7) }));
    expect(st).toMatchObject({ escalationBase: DEC(7), level: 1, state: "late", nextChase: DEC(8), reason: "overdue1" });
  });
});

describe("evaluateLine: unknown inputs", () => {
  it("unreadable promised date → unknown due, state, lateness and next chase (never NaN)", () => {
    const st = evaluateLine({ ...line, promisedDate: undefined }, at(NOV(23)));
    expect(st).toMatchObject({ due: undefined, daysLate: undefined, workdaysLate: undefined, state: undefined, nextChase: undefined, reason: null, level: 0 });
  });
  it("unreadable quantity and price", () => {
    const st = evaluateLine({ ...line, orderedQty: undefined, unitPrice: undefined }, at(NOV(23)));
    expect(st.openQty).toBeUndefined();
    expect(st.openValue).toBeUndefined();
  });
  it("no dates at all: nothing to chase against", () => {
    const st = evaluateLine(makeLine(), at(NOV(23)));
    expect(st).toMatchObject({ due: null, daysLate: null, state: "onTrack", nextChase: null, reason: null });
  });
});

describe("evaluateLine: weekend and holiday due dates", () => {
  it("due Sat 11-21: 0 working days late on Mon 11-23 and level 1 that day", () => {
    const st = evaluateLine({ ...line, promisedDate: NOV(21) }, at(NOV(23)));
    expect(st).toMatchObject({ daysLate: 2, workdaysLate: 0, level: 1 });
  });
  it("due on the holiday Thu 11-26: level 1 on Fri 11-27", () => {
    const hol = makeCalendar("0000011", [NOV(26)]);
    const st = evaluateLine({ ...line, promisedDate: NOV(26) }, at(NOV(27), { calendar: hol }));
    expect(st).toMatchObject({ daysLate: 1, workdaysLate: 0, level: 1, reason: "overdue1" });
  });
});
