import { makeCalendar } from "../../src/dates/calendar";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { slipHistory } from "../../src/predict/slipHistory";
import { predictArrivals } from "../../src/predict/predictArrivals";
import { predictionReason } from "../../src/predict/reason";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { d, makeEntry, makeLine } from "../followup/fixtures";

// Mon–Fri, no holidays. 2026-01-05 is a Monday.
const cal = makeCalendar();
const asOf = d(2026, 3, 2);

/** A line of `supplier` committed Mon 5 Jan and received `received` (null: still open). */
function line(n: number, supplier: string, received: number | null, committed = d(2026, 1, 5)) {
  return makeLine({
    index: n,
    key: `PO${n}/10`,
    poNumber: `PO${n}`,
    supplier,
    committedDate: committed,
    promisedDate: committed,
    receivedQty: received === null ? 0 : 100,
    receivedDate: received,
  });
}

test("receipts in the window, the supplier's last 20, and re-promised open lines make the history", () => {
  const lines = [
    line(1, "Acme", d(2026, 1, 5)), // on time: 0
    line(2, "ACME ", d(2026, 1, 9)), // same supplier (name normalised): Mon 5 → Fri 9 = 4 working days
    line(3, "Acme", d(2026, 3, 9)), // received after asOf: not history yet
    line(4, "Acme", d(2025, 1, 6), d(2025, 1, 6)), // on time but more than 365 days before asOf: out of the window
    line(5, "Bolt", d(2026, 1, 12)), // 5 working days, another supplier
    line(6, "Acme", null, d(2026, 2, 2)), // open, re-promised from Mon 2 Feb to Mon 9 Feb: 5 working days
  ];
  const chases = [makeEntry({ date: d(2026, 1, 20), lineKey: "PO6/10", poNumber: "PO6", previousPromised: d(2026, 2, 2), newPromised: d(2026, 2, 9) })];
  const statuses = evaluateRegister(lines, chases, DEFAULT_SETTINGS, asOf);
  const h = slipHistory(statuses, chases, cal, asOf);
  expect(h.bySupplier.get("acme")).toEqual({ receipts: [0, 4], promiseMoves: [5], all: [0, 4, 5] });
  expect(h.bySupplier.get("bolt")?.receipts).toEqual([5]);
  expect(h.everyone).toEqual([0, 4, 5, 5]);
});

test("only a supplier's last 20 receipts count: an improving supplier's old slips fade", () => {
  // 10 old receipts 10 working days late (Mon 5 Jan → Mon 19 Jan), then 20 on time (received 2 Feb, committed 2 Feb).
  const old = Array.from({ length: 10 }, (_, i) => line(i, "Acme", d(2026, 1, 19)));
  const recent = Array.from({ length: 20 }, (_, i) => line(100 + i, "Acme", d(2026, 2, 2), d(2026, 2, 2)));
  const h = slipHistory(evaluateRegister([...old, ...recent], [], DEFAULT_SETTINGS, asOf), [], cal, asOf);
  expect(h.bySupplier.get("acme")?.receipts).toEqual(Array(20).fill(0));
  expect(h.everyone).toHaveLength(30);
});

test("the reason says what the prediction rests on, in en, zh-CN and ja", () => {
  // Acme: slips [0, 4] (1 of 2 late, median rank 1 → 0), the open line re-promised 5 working days.
  const lines = [line(1, "Acme", d(2026, 1, 5)), line(2, "Acme", d(2026, 1, 9)), line(3, "Acme", null, d(2026, 3, 16)), line(4, "Nova", null, d(2026, 3, 16))];
  const statuses = evaluateRegister(lines, [], DEFAULT_SETTINGS, asOf);
  const predictions = predictArrivals(statuses, [], DEFAULT_SETTINGS, asOf);
  const acme = predictions.get("PO3/10")!.basis;
  // 2 slips: w = 2/7, so 71 % toward all suppliers.
  expect(predictionReason(acme, "en")).toBe("1 of its last 2 lines late, median 0 working days; little history: weighted 71% toward all suppliers");
  expect(predictionReason(acme, "zh-CN")).toBe("最近 2 行中有 1 行迟交，中位数 0 个工作日；历史较少：按 71% 的比重参考全部供应商");
  expect(predictionReason(acme, "ja")).toBe("直近 2 明細中 1 件が遅延、中央値 0 営業日；実績が少ないため、全仕入先の値に 71% 寄せています");
  expect(predictionReason(predictions.get("PO4/10")!.basis, "en")).toBe("no history for this supplier: all suppliers' figure (2 lines)");
  expect(predictions.has("PO1/10")).toBe(false);
});
