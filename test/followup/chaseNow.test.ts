import { dueLine } from "../../src/followup/chaseNow";
import { chaseList } from "../../src/followup/chaseList";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";
import type { ChaseEntry, PoLine, Serial } from "../../src/model";
import type { LineStatus } from "../../src/followup/types";
import { DEC, makeEntry, makeLine, NOV } from "./fixtures";

/*
 * The one "chase now" rule (dueLine) and the supplier's minimum gap (issue 16, point 2).
 * Default settings: offsets −3 / +1 / +5 / +10 working days, minimum gap 2 working days, Mon–Fri.
 *
 *   November 2026
 *   Mo Tu We Th Fr Sa Su
 *    2  3  4  5  6  7  8
 *    9 10 11 12 13 14 15
 *   16 17 18 19 20 21 22
 *   23 24 25 26 27 28 29
 *
 * Acme's lines:
 *   A1 promised Fri 6 Nov:  L1 = WORKDAY(6 Nov, 1) = Mon 9, L2 = WORKDAY(6 Nov, 5) = Fri 13,
 *                           L3 = WORKDAY(6 Nov, 10) = Fri 20. Chased Thu 19 Nov (at level 2), so its
 *                           own next chase is L3, Fri 20.
 *   A2 promised Tue 10 Nov: never chased, due since its pre-due reminder WORKDAY(10 Nov, −3) = Thu 5 Nov;
 *                           level 2 since WORKDAY(10 Nov, 5) = Tue 17.
 *   A3 promised Fri 4 Dec:  pre-due reminder WORKDAY(4 Dec, −3) = Tue 1 Dec: not due in November.
 * Acme's last chase is Thu 19 Nov, so the gap ends WORKDAY(19 Nov, 2) = Mon 23 Nov (Fri 20 is day 1).
 * Bolt's B1 promised Fri 13 Nov, never chased: level 2 since WORKDAY(13 Nov, 5) = Fri 20 → to chase.
 */
const A1 = makeLine({ key: "A1", promisedDate: NOV(6), lastChaseDate: NOV(19), sheetRow: 2 });
const A2 = makeLine({ key: "A2", promisedDate: NOV(10), sheetRow: 3 });
const A3 = makeLine({ key: "A3", promisedDate: DEC(4), sheetRow: 4 });
const B1 = makeLine({ key: "B1", supplier: "Bolt", promisedDate: NOV(13), sheetRow: 5 });
const register: PoLine[] = [A1, A2, A3, B1];

function statusesAt(asOf: Serial, settings: Partial<Settings> = {}, lines: PoLine[] = register, chases: ChaseEntry[] = []): Map<string, LineStatus> {
  const statuses = evaluateRegister(lines, chases, { ...DEFAULT_SETTINGS, ...settings }, asOf);
  return new Map(statuses.map((s) => [s.line.key, s]));
}

describe("dueLine: to chase now, held back by the supplier gap, or nothing", () => {
  it("Fri 20 Nov: Acme's due lines are held back until Mon 23, with the last chase; A3 is not due; Bolt is to chase", () => {
    const s = statusesAt(NOV(20));
    const held = { until: NOV(23), lastSupplierChase: NOV(19), minGap: 2 };
    expect(dueLine(s.get("A1")!, NOV(20))).toEqual({ reason: "overdue3", heldBack: held });
    expect(dueLine(s.get("A2")!, NOV(20))).toEqual({ reason: "overdue2", heldBack: held });
    expect(dueLine(s.get("A3")!, NOV(20))).toBeNull();
    expect(dueLine(s.get("B1")!, NOV(20))).toEqual({ reason: "overdue2", heldBack: null });
    // The line's own schedule is kept beside the later date the gap gives.
    expect(s.get("A2")!.nextChase).toBe(NOV(23));
    expect(s.get("A2")!.supplierGap).toEqual({ ownNextChase: NOV(5), lastSupplierChase: NOV(19), minGap: 2 });
    expect(s.get("B1")!.supplierGap).toBeUndefined();
  });

  it("Mon 23 Nov: the gap has passed, Acme's lines are to chase now", () => {
    const s = statusesAt(NOV(23));
    expect(dueLine(s.get("A1")!, NOV(23))).toEqual({ reason: "overdue3", heldBack: null });
    expect(dueLine(s.get("A2")!, NOV(23))).toEqual({ reason: "overdue2", heldBack: null });
  });

  it("a holiday on Mon 23 Nov moves the end of the gap to Tue 24: still held back on the 23rd", () => {
    // WORKDAY(Thu 19 Nov, 2) with Mon 23 off: Fri 20 (1), Sat, Sun, Mon 23 (holiday), Tue 24 (2).
    const s = statusesAt(NOV(23), { holidays: [NOV(23)] });
    const held = { until: NOV(24), lastSupplierChase: NOV(19), minGap: 2 };
    expect(dueLine(s.get("A1")!, NOV(23))?.heldBack).toEqual(held);
    expect(dueLine(s.get("A2")!, NOV(23))?.heldBack).toEqual(held);
    // A holiday before the gap ends also holds back lines that Fri 20 alone would not: Thu 19 + 3 days
    // with Fri 20 off: Mon 23 (1), Tue 24 (2), Wed 25 (3).
    const s3 = statusesAt(NOV(24), { holidays: [NOV(20)], minGap: 3 });
    expect(dueLine(s3.get("A2")!, NOV(24))?.heldBack).toEqual({ until: NOV(25), lastSupplierChase: NOV(19), minGap: 3 });
  });

  it("a gap of 0 holds nothing back: WORKDAY(19 Nov, 0) = 19 Nov is before every own date", () => {
    const s = statusesAt(NOV(20), { minGap: 0 });
    expect(dueLine(s.get("A1")!, NOV(20))).toEqual({ reason: "overdue3", heldBack: null });
    expect(dueLine(s.get("A2")!, NOV(20))).toEqual({ reason: "overdue2", heldBack: null });
  });

  it("received, cancelled and on-hold lines are never due, held back or not", () => {
    const onHold = makeLine({ key: "A4", promisedDate: NOV(10), lifecycle: "onHold" });
    const s = statusesAt(NOV(20), {}, [A1, onHold]);
    expect(dueLine(s.get("A4")!, NOV(20))).toBeNull();
  });
});

describe("chaseList keeps held-back suppliers, after the ones to chase", () => {
  it("Fri 20 Nov: Bolt to chase, then Acme held back until Mon 23 with A1 and A2 (not A3)", () => {
    const groups = chaseList([...statusesAt(NOV(20)).values()], NOV(20));
    expect(groups.map((g) => [g.supplier, g.lines.map((s) => s.line.key), g.heldBack ?? null])).toEqual([
      ["Bolt", ["B1"], null],
      ["Acme", ["A1", "A2"], { until: NOV(23), lastSupplierChase: NOV(19), minGap: 2 }],
    ]);
    expect(groups[1].topReason).toBe("overdue3");
    expect(groups[1].counts).toMatchObject({ overdue3: 1, overdue2: 1 });
  });

  it("logging one chase on one line keeps the supplier's other lines on the list, held back", () => {
    // Bolt gets B2 (promised Fri 13 Nov too). A chase of B1 on Fri 20 Nov (in the log): B1's own next
    // chase is level 2, WORKDAY(13 Nov, 5) = Fri 20 — already chased that day, so level 3,
    // WORKDAY(13 Nov, 10) = Fri 27; B2 is due (level 2, never chased) but Bolt's gap ends
    // WORKDAY(20 Nov, 2) = Tue 24 → held back until Tue 24.
    const B2 = makeLine({ key: "B2", supplier: "Bolt", promisedDate: NOV(13), sheetRow: 6 });
    const chase = makeEntry({ lineKey: "B1", supplier: "Bolt", date: NOV(20), outcome: "noAnswer" });
    const groups = chaseList([...statusesAt(NOV(20), {}, [B1, B2], [chase]).values()], NOV(20));
    expect(groups.map((g) => [g.supplier, g.lines.map((s) => s.line.key), g.heldBack?.until ?? null])).toEqual([["Bolt", ["B2"], NOV(24)]]);
  });

  it("filters apply to held-back lines too (level 3 and above: A1 only)", () => {
    const groups = chaseList([...statusesAt(NOV(20)).values()], NOV(20), { minLevel: 3 });
    expect(groups.map((g) => [g.supplier, g.lines.map((s) => s.line.key), !!g.heldBack])).toEqual([["Acme", ["A1"], true]]);
  });
});
