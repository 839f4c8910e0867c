/*
 * Issue 13, point 1: Today puts the suppliers whose lines threaten a customer order first and says
 * which; the report's to-chase list (the same chaseList) follows. Hand-worked: asOf Mon 2026-11-23,
 * default offsets [−3, +1, +5, +10], Mon–Fri calendar, internal lead 2 working days, no prediction.
 */
import { chaseList } from "../../src/followup/chaseList";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { customerImpact, ordersAtRiskByLine } from "../../src/impact/customerImpact";
import { makeCalendar } from "../../src/dates/calendar";
import { toChaseSections } from "../../src/report/toChaseSection";
import { reportText } from "../../src/report/labels";
import { columnIndex } from "../../src/report/model";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { PoLine } from "../../src/model";
import { DEC, makeLine, NOV } from "./fixtures";

const asOf = NOV(23);
let row = 2;
const line = (key: string, supplier: string, fields: Partial<PoLine>): PoLine =>
  makeLine({ key, poNumber: key, line: "10", supplier, sheetRow: row++, orderedQty: 100, unitPrice: 10, currency: "EUR", ...fields });

const register: PoLine[] = [
  // promised Fri 11-13: L2 = WORKDAY(11-13, 5) = Fri 11-20 → overdue2; EUR 1,000
  line("A1", "Acme", { promisedDate: NOV(13) }),
  // promised Fri 11-20: L1 = Mon 11-23 → overdue1; EUR 100
  line("A2", "Acme", { promisedDate: NOV(20), orderedQty: 10 }),
  // promised Tue 11-24 → preDue (WORKDAY(11-24, −3) = Thu 11-19); EUR 500. Feeds SO-9 (Kite), needed Wed 11-25:
  // latest arrival WORKDAY(11-25, −2) = Mon 11-23; expected Tue 11-24 = 1 working day late → SO-9 at risk by 1.
  line("A3", "Acme", { promisedDate: NOV(24), orderedQty: 50, salesOrder: "SO-9", customer: "Kite", soNeedDate: NOV(25) }),
  // promised Fri 11-13 → overdue2; EUR 2,000. Feeds SO-8 needed Fri 12-18: latest Wed 12-16, due 11-13 → in time.
  line("B1", "Bolt", { promisedDate: NOV(13), orderedQty: 200, salesOrder: "SO-8", customer: "Lark", soNeedDate: DEC(18) }),
  // promised Fri 11-06: L3 = Fri 11-20 → overdue3; USD 1
  line("C1", "Cato", { promisedDate: NOV(6), orderedQty: 1, unitPrice: 1, currency: "USD" }),
];
const statuses = evaluateRegister(register, [], DEFAULT_SETTINGS, asOf);
const impact = customerImpact(statuses, undefined, makeCalendar(), 2);
const atRisk = ordersAtRiskByLine(impact);

describe("chaseList with the customer impact", () => {
  it("the impact says SO-9 is at risk by 1 working day through A3, SO-8 not", () => {
    expect([...atRisk.entries()]).toEqual([["A3", [{ salesOrder: "SO-9", customer: "Kite", daysLate: 1 }]]]);
  });

  it("without it, today's order is unchanged: Cato (overdue3), Bolt (overdue2, EUR 2,000), Acme (overdue2, EUR 1,600)", () => {
    expect(chaseList(statuses, asOf).map((g) => g.supplier)).toEqual(["Cato", "Bolt", "Acme"]);
    expect(chaseList(statuses, asOf).some((g) => g.ordersAtRisk)).toBe(false);
  });

  it("Acme, whose A3 puts SO-9 at risk, comes first, A3 first among its lines, and says which order", () => {
    const groups = chaseList(statuses, asOf, {}, atRisk);
    expect(groups.map((g) => g.supplier)).toEqual(["Acme", "Cato", "Bolt"]);
    expect(groups[0].lines.map((s) => s.line.key)).toEqual(["A3", "A1", "A2"]);
    expect(groups[0].ordersAtRisk).toEqual([{ salesOrder: "SO-9", customer: "Kite", daysLate: 1 }]);
    // Leading with a pre-due line does not hide Acme's most urgent reason.
    expect(groups[0].topReason).toBe("overdue2");
    expect(groups.slice(1).map((g) => g.ordersAtRisk)).toEqual([undefined, undefined]);
  });

  it("a supplier gap still wins: an at-risk supplier held back stays after the suppliers to chase now", () => {
    // A1 chased Fri 11-20: the supplier's minimum gap holds all Acme's due lines back, A3 (still due: pre-due) too.
    const chased = register.map((l) => (l.key === "A1" ? { ...l, lastChaseDate: NOV(20) } : l));
    const groups = chaseList(evaluateRegister(chased, [], DEFAULT_SETTINGS, asOf), asOf, {}, atRisk);
    expect(groups.map((g) => [g.supplier, g.heldBack !== undefined])).toEqual([
      ["Cato", false],
      ["Bolt", false],
      ["Acme", true],
    ]);
    expect(groups[2].ordersAtRisk).toEqual([{ salesOrder: "SO-9", customer: "Kite", daysLate: 1 }]);
  });

  it("the report's To chase now lists the same lines in the same order when given the same impact", () => {
    const [toChase] = toChaseSections(statuses, asOf, new Map(), reportText("en"), "en", atRisk);
    const po = columnIndex(toChase, "poNumber");
    expect(toChase.rows.map((r) => r[po])).toEqual(["A3", "A1", "A2", "C1", "B1"]);
  });
});
