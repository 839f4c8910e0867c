import { chaseList } from "../../src/followup/chaseList";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { PoLine } from "../../src/model";
import { DEC, makeLine, NOV } from "./fixtures";

// asOf Mon 2026-11-23, default offsets [−3, +1, +5, +10], nobody chased yet.
const asOf = NOV(23);
let row = 2;
const line = (key: string, supplier: string, fields: Partial<PoLine>): PoLine =>
  makeLine({ key, supplier, supplierEmail: `${supplier.toLowerCase()}@example.com`, sheetRow: row++, orderedQty: 100, unitPrice: 10, currency: "EUR", ...fields });

const register: PoLine[] = [
  // promised Fri 11-13: L2 = WORKDAY(11-13, 5) = Fri 11-20 → overdue2; 100 × 10 = EUR 1,000
  line("A1", "Acme", { promisedDate: NOV(13) }),
  // promised Fri 11-20: L1 = Mon 11-23 → overdue1; 10 × 10 = EUR 100
  line("A2", "Acme", { promisedDate: NOV(20), orderedQty: 10 }),
  // promised Tue 11-24: pre-due = WORKDAY(11-24, −3) = Thu 11-19 → preDue; 50 × 10 = EUR 500
  line("A3", "Acme", { promisedDate: NOV(24), orderedQty: 50, buyer: "Kim" }),
  // promised Fri 11-13 → overdue2; 200 × 10 = EUR 2,000
  line("B1", "Bolt", { promisedDate: NOV(13), orderedQty: 200 }),
  // promised Fri 11-06: L3 = WORKDAY(11-06, 10) = Fri 11-20 → overdue3; 1 × 1 = USD 1
  line("C1", "Cato", { promisedDate: NOV(6), orderedQty: 1, unitPrice: 1, currency: "usd" }),
  // no promise, ordered Tue 11-17: deadline Fri 11-20 passed → unconfirmed; JPY 100,000
  line("D1", "Dyn", { orderDate: NOV(17), requestedDate: DEC(18), orderedQty: 100, unitPrice: 1000, currency: "JPY" }),
  // not on the list: received, on hold, not yet due
  line("E1", "Eon", { promisedDate: NOV(13), receivedQty: 100, receivedDate: NOV(20) }),
  line("E2", "Eon", { promisedDate: NOV(13), lifecycle: "onHold" }),
  line("E3", "Eon", { promisedDate: DEC(18) }),
];
const statuses = evaluateRegister(register, [], DEFAULT_SETTINGS, asOf);

describe("chaseList", () => {
  const groups = chaseList(statuses, asOf);

  it("groups due lines by supplier, most urgent reason first, then value at risk", () => {
    // Cato (overdue3) · Bolt (overdue2, EUR 2,000) · Acme (overdue2, EUR 1,600) · Dyn (unconfirmed)
    expect(groups.map((g) => g.supplier)).toEqual(["Cato", "Bolt", "Acme", "Dyn"]);
    expect(groups.map((g) => g.topReason)).toEqual(["overdue3", "overdue2", "overdue2", "unconfirmed"]);
  });

  it("orders lines by urgency inside a group and counts reasons", () => {
    const acme = groups[2];
    expect(acme.lines.map((s) => s.line.key)).toEqual(["A1", "A2", "A3"]);
    expect(acme.lines.map((s) => s.reason)).toEqual(["overdue2", "overdue1", "preDue"]);
    expect(acme.counts).toEqual({ overdue3: 0, overdue2: 1, overdue1: 1, unconfirmed: 0, preDue: 1 });
    expect(acme.valueAtRisk).toEqual({ EUR: 1600 }); // 1,000 + 100 + 500
    expect(acme.supplierEmail).toBe("acme@example.com");
  });

  it("keeps value at risk per currency (codes upper-cased)", () => {
    expect(groups[0].valueAtRisk).toEqual({ USD: 1 });
    expect(groups[3].valueAtRisk).toEqual({ JPY: 100000 });
  });

  it("leaves out received, on-hold and not-yet-due lines", () => {
    expect(groups.some((g) => g.supplier === "Eon")).toBe(false);
  });

  it("filters by level, buyer and supplier", () => {
    const urgent = chaseList(statuses, asOf, { minLevel: 2 });
    expect(urgent.map((g) => [g.supplier, g.lines.map((s) => s.line.key)])).toEqual([
      ["Cato", ["C1"]],
      ["Bolt", ["B1"]],
      ["Acme", ["A1"]],
    ]);
    expect(chaseList(statuses, asOf, { buyer: " kim " }).flatMap((g) => g.lines.map((s) => s.line.key))).toEqual(["A3"]);
    expect(chaseList(statuses, asOf, { supplier: "ACME" }).map((g) => g.supplier)).toEqual(["Acme"]);
  });

  it("a line chased recently by its supplier drops off until the gap has passed", () => {
    const chased = register.map((l) => (l.key === "B1" ? { ...l, lastChaseDate: NOV(20) } : l));
    const st = evaluateRegister(chased, [], DEFAULT_SETTINGS, asOf);
    // Bolt chased Fri 11-20, the day level 2 was reached → next is level 3, Fri 11-27
    expect(chaseList(st, asOf).map((g) => g.supplier)).toEqual(["Cato", "Acme", "Dyn"]);
    expect(st.find((s) => s.line.key === "B1")?.nextChase).toBe(NOV(27));
    const later = evaluateRegister(chased, [], DEFAULT_SETTINGS, NOV(27));
    expect(chaseList(later, NOV(27)).find((g) => g.supplier === "Bolt")?.topReason).toBe("overdue3");
  });
});

describe("chaseList: comparing values in different currencies", () => {
  // All promised Fri 11-20 → overdue1 on Mon 11-23. EUR is used by most lines, so it is compared first.
  const lines = [
    line("F1", "Fig", { promisedDate: NOV(20), unitPrice: 1 }), // EUR 100
    line("F2", "Fig", { promisedDate: NOV(20), unitPrice: 50, currency: "USD" }), // USD 5,000
    line("G1", "Gum", { promisedDate: NOV(20), unitPrice: 2 }), // EUR 200
    line("G2", "Gum", { promisedDate: NOV(20), unitPrice: 3 }), // EUR 300
    line("H1", "Hop", { promisedDate: NOV(20), unitPrice: 50, currency: "USD" }), // USD 5,000
    line("I1", "Ivy", { promisedDate: NOV(20), unitPrice: 0.1, currency: "USD" }), // USD 10
    line("J1", "Jet", { promisedDate: NOV(20), unitPrice: null, currency: null }), // no price
  ];
  const groups = chaseList(evaluateRegister(lines, [], DEFAULT_SETTINGS, asOf), asOf);

  it("never adds currencies: EUR decides first, then USD, then name", () => {
    // Gum EUR 500 > Fig EUR 100 > (no EUR) Hop USD 5,000 > Ivy USD 10 > Jet nothing
    expect(groups.map((g) => g.supplier)).toEqual(["Gum", "Fig", "Hop", "Ivy", "Jet"]);
    expect(groups[1].valueAtRisk).toEqual({ EUR: 100, USD: 5000 });
    expect(groups[4].valueAtRisk).toEqual({});
  });

  it("inside a group, lines in the main currency come first", () => {
    expect(groups[1].lines.map((s) => s.line.key)).toEqual(["F1", "F2"]);
    expect(groups[0].lines.map((s) => s.line.key)).toEqual(["G2", "G1"]); // EUR 300 before EUR 200
  });
});
