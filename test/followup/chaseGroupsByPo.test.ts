import { chaseGroupOfPo, chaseGroupsByPo, hasSeveralPos, poNumbersOf } from "../../src/followup/chaseGroupsByPo";
import { chaseList } from "../../src/followup/chaseList";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { chaseLetter } from "../../src/report/chaseLetter";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { makeLine, NOV } from "./fixtures";

/*
 * "Draft message" for a whole PO (issue 14, point 2). asOf Fri 20 Nov 2026, default offsets
 * −3 / +1 / +5 / +10 working days, Mon–Fri, nothing chased yet. All lines from Acme, 100 open, in USD.
 *   P1/10 promised Fri 6 Nov:  level 3 from WORKDAY(6 Nov, 10) = Fri 20 Nov → overdue3; 100 × 2 = 200.
 *   P1/20 promised Tue 10 Nov: level 2 from WORKDAY(10 Nov, 5) = Tue 17, level 3 only on Tue 24
 *                              → overdue2; 100 × 3 = 300.
 *   P2/10 promised Mon 23 Nov: pre-due from WORKDAY(23 Nov, −3) = Wed 18 Nov → preDue; 100 × 5 = 500.
 * Acme's letter: 3 lines, at risk 200 + 300 + 500 = 1,000, escalation tone.
 * PO P1: 2 lines, 200 + 300 = 500, escalation tone; PO P2: 1 line, 500, pre-due tone.
 */
const line = (po: string, no: string, promised: number, price: number, row: number) =>
  makeLine({ key: `${po}/${no}`, poNumber: po, line: no, promisedDate: promised, unitPrice: price, currency: "USD", sheetRow: row });
const REGISTER = [line("P1", "10", NOV(6), 2, 2), line("P2", "10", NOV(23), 5, 3), line("P1", "20", NOV(10), 3, 4)];
const [ACME] = chaseList(evaluateRegister(REGISTER, [], DEFAULT_SETTINGS, NOV(20)), NOV(20));

test("the supplier's group holds all three lines", () => {
  expect(ACME.lines).toHaveLength(3);
  expect(ACME.valueAtRisk).toEqual({ USD: 1000 });
});

test("one group per PO, each with its own lines, counts, value and most urgent reason", () => {
  const parts = chaseGroupsByPo(ACME, NOV(20));
  expect(parts.map((p) => p.po)).toEqual(["P1", "P2"]);
  const [p1, p2] = parts.map((p) => p.group);
  expect(p1.lines.map((s) => s.line.key)).toEqual(["P1/10", "P1/20"]);
  expect(p1.counts).toMatchObject({ overdue3: 1, overdue2: 1, preDue: 0 });
  expect(p1.topReason).toBe("overdue3");
  expect(p1.valueAtRisk).toEqual({ USD: 500 });
  expect(p2.lines.map((s) => s.line.key)).toEqual(["P2/10"]);
  expect(p2.topReason).toBe("preDue");
  expect(p2.valueAtRisk).toEqual({ USD: 500 });
  expect(p2.supplierEmail).toBe("sales@acme.example");
});

test("the letter for one PO names only that PO and takes its tone", () => {
  const p2 = chaseGroupsByPo(ACME, NOV(20))[1].group;
  const letter = chaseLetter(p2, { lang: "en", asOf: NOV(20) });
  const whole = chaseLetter(ACME, { lang: "en", asOf: NOV(20) });
  expect(letter.text).toContain("P2");
  expect(letter.text).not.toContain("P1");
  expect(letter.subject).not.toBe(whole.subject); // pre-due reminder, not the escalation
  expect(letter.mailto.startsWith("mailto:sales@acme.example")).toBe(true);
});

test("lines without a PO number get no PO letter", () => {
  const [group] = chaseList(evaluateRegister([{ ...REGISTER[0], poNumber: null }], [], DEFAULT_SETTINGS, NOV(20)), NOV(20));
  expect(chaseGroupsByPo(group, NOV(20))).toEqual([]);
});

test("the card lists the POs cheaply and builds one PO's group only when its letter is opened", () => {
  // Order of first appearance in the group (most urgent first): P1/10 (overdue3), P1/20, P2/10.
  expect(poNumbersOf(ACME)).toEqual(["P1", "P2"]);
  expect(hasSeveralPos(ACME)).toBe(true);
  expect(hasSeveralPos({ lines: ACME.lines.filter((s) => s.line.poNumber === "P1") })).toBe(false); // P1/10 and P1/20: one PO
  expect(hasSeveralPos({ lines: [] })).toBe(false);
  expect(chaseGroupOfPo(ACME, "P2", NOV(20))?.lines.map((s) => s.line.key)).toEqual(["P2/10"]);
  expect(chaseGroupOfPo(ACME, "P9", NOV(20))).toBeNull();
});
