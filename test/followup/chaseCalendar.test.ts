import { chaseCalendar, PLAN_DAYS, type PlanDay } from "../../src/followup/chaseCalendar";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { calendarFromSettings } from "../../src/followup/calendarFromSettings";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";
import type { PoLine, Serial } from "../../src/model";
import { DEC, makeLine, NOV } from "./fixtures";

/*
 * The next 31 days (issue 14, point 4). Default settings: offsets −3 / +1 / +5 / +10 working days,
 * minimum gap 2 working days, Mon–Fri; plus Thu 26 Nov 2026 as a holiday.
 *
 *   November 2026              December 2026
 *   Mo Tu We Th Fr Sa Su       Mo Tu We Th Fr Sa Su
 *                                 1  2  3  4  5  6
 *   16 17 18 19 20 21 22        7  8  9 10 11 12 13
 *   23 24 25 26 27 28 29       14 15 16 17 18 19 20
 *   30                         21 22 23 24 25 26 27
 *             (26 = holiday)
 *
 * asOf Fri 20 Nov: the window is Fri 20 Nov … Sun 20 Dec (11 November days + 20 December days = 31).
 *
 * Bolt B1 promised Fri 13 Nov, never chased: pre-due WORKDAY(13 Nov, −3) = Tue 10 Nov < asOf
 *   → overdue, on Fri 20 Nov (slot 0).
 * Echo E1 promised Fri 6 Nov, last chased Thu 19 Nov; E2 promised Tue 10 Nov, never chased. Echo's gap
 *   ends WORKDAY(19 Nov, 2) = Mon 23 Nov (Fri 20 is day 1): both held back to Mon 23 (slot 3).
 * Acme A1 promised Mon 30 Nov: pre-due WORKDAY(30 Nov, −3) = Fri 27 (1), [Thu 26 holiday], Wed 25 (2),
 *   Tue 24 (3) → Tue 24 Nov (slot 4).
 * Acme A2 promised Tue 1 Dec: pre-due Mon 30 (1), Fri 27 (2), [Thu 26], Wed 25 (3) → Wed 25 Nov; but
 *   Acme is chased Tue 24, so it waits for WORKDAY(24 Nov, 2) = Wed 25 (1), [Thu 26], Fri 27 (2)
 *   → Fri 27 Nov (slot 7). Without the holiday it would be Thu 26.
 * Cole C1 promised Fri 18 Dec, next chase typed as Thu 26 Nov (the holiday): earlier than its pre-due
 *   WORKDAY(18 Dec, −3) = Tue 15 Dec, so 26 Nov, moved to the next working day Fri 27 Nov (slot 7).
 * Dune D1 promised Thu 31 Dec: pre-due Wed 30 (1), Tue 29 (2), Mon 28 Dec (3): after Sun 20 Dec, left out.
 * Bolt B2 received in full: never planned.
 */
const HOLIDAY = NOV(26);
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, holidays: [HOLIDAY] };
const B1 = makeLine({ key: "B1", supplier: "Bolt", promisedDate: NOV(13), sheetRow: 2 });
const E1 = makeLine({ key: "E1", supplier: "Echo", promisedDate: NOV(6), lastChaseDate: NOV(19), sheetRow: 3 });
const E2 = makeLine({ key: "E2", supplier: "ECHO ", promisedDate: NOV(10), sheetRow: 4 });
const A1 = makeLine({ key: "A1", supplier: "Acme", promisedDate: NOV(30), sheetRow: 5 });
const A2 = makeLine({ key: "A2", supplier: "Acme", promisedDate: DEC(1), sheetRow: 6 });
const C1 = makeLine({ key: "C1", supplier: "Cole", promisedDate: DEC(18), nextChaseDate: HOLIDAY, sheetRow: 7 });
const D1 = makeLine({ key: "D1", supplier: "Dune", promisedDate: DEC(31), sheetRow: 8 });
const B2 = makeLine({ key: "B2", supplier: "Bolt", promisedDate: NOV(13), receivedQty: 100, sheetRow: 9 });
const REGISTER: PoLine[] = [B1, E1, E2, A1, A2, C1, D1, B2];

function planAt(asOf: Serial, lines: PoLine[] = REGISTER, settings: Settings = SETTINGS): PlanDay[] {
  const statuses = evaluateRegister(lines, [], settings, asOf);
  return chaseCalendar(statuses, calendarFromSettings(settings), settings, asOf);
}

const keys = (day: PlanDay): string[] => day.lines.map((c) => c.status.line.key);

describe("chaseCalendar", () => {
  const plan = planAt(NOV(20));

  test("31 calendar days from asOf, asOf first; weekends and the holiday are not working days", () => {
    expect(PLAN_DAYS).toBe(31);
    expect(plan).toHaveLength(31);
    expect(plan[0].day).toBe(NOV(20));
    expect(plan[30].day).toBe(DEC(20));
    // Slots 1, 2 = Sat 21, Sun 22; slot 6 = Thu 26 (holiday).
    expect(plan.filter((d) => !d.working).map((d) => d.day)).toEqual(
      [NOV(21), NOV(22), NOV(26), NOV(28), NOV(29), DEC(5), DEC(6), DEC(12), DEC(13), DEC(19), DEC(20)],
    );
  });

  test("each line once, on its next chase; an overdue chase on asOf", () => {
    expect(keys(plan[0])).toEqual(["B1"]);
    expect(plan[0].lines[0].overdue).toBe(true);
    expect(keys(plan[4])).toEqual(["A1"]);
    expect(plan[4].lines[0].overdue).toBe(false);
  });

  test("a supplier already held back waits until its gap ends; its two spellings are one supplier", () => {
    expect(keys(plan[3])).toEqual(["E1", "E2"]);
    expect(plan[3].suppliers).toBe(1);
    expect(plan[3].lines.every((c) => c.heldByGap)).toBe(true);
  });

  test("the minimum gap holds inside the window, counted over the holiday; nothing lands on a day off", () => {
    expect(keys(plan[5])).toEqual([]); // Wed 25: A2 waits for Acme's gap
    expect(keys(plan[6])).toEqual([]); // Thu 26: holiday (C1's typed date)
    expect(keys(plan[7])).toEqual(["A2", "C1"]);
    expect(plan[7].suppliers).toBe(2);
    expect(plan[7].lines.map((c) => c.heldByGap)).toEqual([true, false]);
    for (const day of plan) if (!day.working) expect(day.lines).toEqual([]);
  });

  test("lines after the window and received lines are left out", () => {
    const all = plan.flatMap(keys).sort();
    expect(all).toEqual(["A1", "A2", "B1", "C1", "E1", "E2"]);
  });

  test("a supplier gap that ended before asOf holds nothing: the line is simply overdue", () => {
    // asOf Tue 24 Nov: E1's own next chase is Fri 20 Nov (level 3), moved by Echo's gap (chased Thu 19)
    // to Mon 23 Nov, which is past: E1 and E2 are chased on Tue 24 (slot 0), overdue, not held.
    const later = planAt(NOV(24), [E1, E2]);
    expect(keys(later[0])).toEqual(["E1", "E2"]);
    expect(later[0].lines.map((c) => [c.overdue, c.heldByGap])).toEqual([
      [true, false],
      [true, false],
    ]);
  });

  test("asOf on a Saturday: the overdue chase lands on Monday", () => {
    // Sat 21 Nov: B1 overdue (since Tue 10 Nov) → Mon 23 Nov, slot 2 (Sat 21 = 0, Sun 22 = 1).
    const weekend = planAt(NOV(21), [B1]);
    expect(weekend[0].working).toBe(false);
    expect(keys(weekend[0])).toEqual([]);
    expect(keys(weekend[2])).toEqual(["B1"]);
  });

  test("a line the supplier's gap pushes past the window is left out; lines due the same day share one chase", () => {
    // asOf Thu 17 Dec, window to Sat 16 Jan 2027 (17 Dec + 30), minimum gap 25 working days.
    // A1 (pre-due Tue 24 Nov) and A2 (pre-due Wed 25 Nov) are overdue → both Thu 17 Dec, one supplier.
    // A3 (Acme) promised Thu 31 Dec: pre-due Mon 28 Dec, but Acme's gap ends WORKDAY(17 Dec, 25):
    //   Dec 18 (1), 21–25 (2–6), 28–31 (7–10), Jan 1 (11), Jan 4–8 (12–16), 11–15 (17–21), 18–21 (22–25)
    //   = Thu 21 Jan 2027, after the window → left out.
    // Dune D1 (pre-due Mon 28 Dec) is another supplier: slot 11 (17 Dec + 11 = 28 Dec).
    const settings = { ...SETTINGS, minGap: 25 };
    const A3 = makeLine({ key: "A3", supplier: "Acme", promisedDate: DEC(31), sheetRow: 10 });
    const late = planAt(DEC(17), [A1, A2, A3, D1], settings);
    expect(keys(late[0])).toEqual(["A1", "A2"]);
    expect(late[0].suppliers).toBe(1);
    expect(late[0].lines.map((c) => c.heldByGap)).toEqual([false, false]);
    expect(keys(late[11])).toEqual(["D1"]);
    expect(late.flatMap(keys)).not.toContain("A3");
  });

  test("lines without a supplier are not one supplier: each counts", () => {
    const noName = [makeLine({ key: "N1", supplier: null, promisedDate: NOV(30) }), makeLine({ key: "N2", supplier: "", promisedDate: NOV(30), sheetRow: 3 })];
    const plan2 = planAt(NOV(20), noName);
    // Both pre-due Tue 24 Nov (as A1): two lines, two suppliers, neither held by the other.
    expect(keys(plan2[4])).toEqual(["N1", "N2"]);
    expect(plan2[4].suppliers).toBe(2);
  });
});
