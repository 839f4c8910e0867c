import { evaluateFollowedFirst, evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { ChaseEntry, PoLine } from "../../src/model";
import { DEC, makeEntry, makeLine, NOV } from "./fixtures";

const settings = DEFAULT_SETTINGS;

describe("evaluateRegister", () => {
  // Both lines promised Fri 11-20 → L1 Mon 11-23. Supplier "Acme" chased about line A on Fri 11-20.
  const a = makeLine({ key: "A", supplier: "Acme", promisedDate: NOV(20) });
  const b = makeLine({ key: "B", supplier: " ACME ", promisedDate: NOV(20), index: 1, sheetRow: 3 });
  const c = makeLine({ key: "C", supplier: "Other Co", promisedDate: NOV(20), index: 2, sheetRow: 4 });
  const log: ChaseEntry[] = [makeEntry({ lineKey: "A", supplier: "Acme", date: NOV(20), previousPromised: NOV(13), newPromised: NOV(20), outcome: "newDate" })];

  it("reads chase facts per line and the minimum gap per supplier (names compared loosely)", () => {
    const [sa, sb, sc] = evaluateRegister([a, b, c], log, settings, NOV(23));
    expect(sa.committed).toBe(NOV(13)); // previousPromised of the first logged promise
    expect(sa.lastChase).toBe(NOV(20));
    // A: chased Fri 11-20 (after pre-due Tue 11-17) → L1 Mon 11-23, but supplier gap WORKDAY(11-20, 2) = Tue 11-24
    expect(sa.nextChase).toBe(NOV(24));
    // B: never chased itself, but " ACME " is the same supplier → also Tue 11-24
    expect(sb.nextChase).toBe(NOV(24));
    // C: another supplier, never chased → due since pre-due Tue 11-17
    expect(sc).toMatchObject({ nextChase: NOV(17), reason: "overdue1" });
  });

  it("uses the register's last-chase and next-chase columns too", () => {
    const typed = { ...c, lastChaseDate: NOV(23), nextChaseDate: DEC(1) };
    const [sc] = evaluateRegister([typed], [], settings, NOV(24));
    // chased Mon 11-23, plan Tue 12-01, but level 2 (Fri 11-27) comes first
    expect(sc.nextChase).toBe(NOV(27));
    expect(sc.lastChase).toBe(NOV(23));
  });

  it("a level reached resets after a new promise logged in the chase log", () => {
    const slipped = { ...a, promisedDate: DEC(18) };
    const newDate = makeEntry({ lineKey: "A", date: DEC(7), previousPromised: NOV(20), newPromised: DEC(18), outcome: "newDate" });
    const [sa] = evaluateRegister([slipped], [...log, newDate], settings, DEC(8));
    expect(sa).toMatchObject({ level: 0, nextChase: DEC(15), committed: NOV(13) });
  });

  it("never throws on an invalid weekend in unvalidated settings (falls back to Mon–Fri)", () => {
    const [sa] = evaluateRegister([a], [], { ...settings, weekend: "bad" }, NOV(23));
    expect(sa.level).toBe(1);
  });

  it("1,000 lines with 200 chases: every line evaluated, no NaN (100,000 lines: bench/scale.ts)", () => {
    const lines: PoLine[] = [];
    const chases: ChaseEntry[] = [];
    for (let i = 0; i < 1000; i++) {
      const key = `PO${i}`;
      lines.push(
        makeLine({
          key,
          index: i,
          sheetRow: i + 2,
          supplier: `Supplier ${i % 500}`,
          orderDate: NOV(2) - (i % 90),
          requestedDate: NOV(2) + (i % 120),
          promisedDate: i % 3 === 0 ? null : NOV(2) + (i % 100),
          receivedQty: i % 4 === 0 ? 100 : i % 7 === 0 ? 30 : null,
          receivedDate: i % 4 === 0 ? NOV(2) + (i % 60) : null,
          unitPrice: 1 + (i % 10),
          currency: i % 2 ? "EUR" : "USD",
        }),
      );
      if (i % 5 === 0) chases.push(makeEntry({ lineKey: key, supplier: `Supplier ${i % 500}`, date: NOV(2) + (i % 20), newPromised: NOV(2) + (i % 100) }));
    }
    // 1,000 lines take every residue of the patterns above (i % 500 … i % 7). Speed: `npm run bench -- scale`.
    const statuses = evaluateRegister(lines, chases, settings, NOV(23));
    expect(statuses).toHaveLength(1000);
    expect(statuses.map((s) => s.line.key)).toEqual(lines.map((l) => l.key));
    expect(statuses.some((s) => Number.isNaN(s.daysLate as number) || Number.isNaN(s.openValue as number) || Number.isNaN(s.nextChase as number))).toBe(false);
  });
});

describe("evaluateFollowedFirst", () => {
  // Promised Fri 11-20, asOf Mon 11-23. Open A (Acme), received B (Acme, 5 of 5 on 11-19), partial C
  // (2 of 5), cancelled D, and E on hold: A and C are followed up, B, D and E are settled.
  const lines: PoLine[] = [
    makeLine({ key: "A", supplier: "Acme", promisedDate: NOV(20), orderedQty: 5, receivedQty: 0 }),
    makeLine({ key: "B", supplier: "Acme", promisedDate: NOV(20), orderedQty: 5, receivedQty: 5, receivedDate: NOV(19), index: 1, sheetRow: 3 }),
    makeLine({ key: "C", supplier: "Other Co", promisedDate: NOV(20), orderedQty: 5, receivedQty: 2, index: 2, sheetRow: 4 }),
    makeLine({ key: "D", supplier: "Other Co", promisedDate: NOV(20), lifecycle: "cancelled", index: 3, sheetRow: 5 }),
    makeLine({ key: "E", supplier: "Acme", promisedDate: NOV(20), lifecycle: "onHold", index: 4, sheetRow: 6 }),
  ];
  const log: ChaseEntry[] = [makeEntry({ lineKey: "B", supplier: "Acme", date: NOV(20), outcome: "noAnswer" })];

  it("gives the open and partial lines' statuses at once, and every status on first use, as evaluateRegister does", () => {
    const { followed, all } = evaluateFollowedFirst({ lines }, log, settings, NOV(23));
    expect(followed.map((s) => [s.line.key, s.lifecycle])).toEqual([
      ["A", "open"],
      ["C", "partial"],
    ]);
    // A's supplier was chased on Fri 11-20 (about B, a settled line): the gap holds A until Tue 11-24, as in evaluateRegister.
    expect(followed[0].nextChase).toBe(NOV(24));
    const statuses = all();
    expect(statuses).toEqual(evaluateRegister(lines, log, settings, NOV(23)));
    expect(statuses.map((s) => s.line.key)).toEqual(["A", "B", "C", "D", "E"]);
    expect([statuses[0], statuses[2]]).toEqual(followed);
    expect(statuses[0]).toBe(followed[0]); // the same objects, not evaluated twice
    expect(all()).toBe(statuses);
  });

  it("does not evaluate a settled line before its status is asked for", () => {
    let reads = 0;
    // Evaluating a line reads its next-chase date; the chase facts and deciding that it is settled do not.
    const received = new Proxy(lines[1], {
      get: (target, property, receiver) => {
        if (property === "nextChaseDate") reads++;
        return Reflect.get(target, property, receiver);
      },
    });
    const { all } = evaluateFollowedFirst({ lines: [lines[0], received] }, [], settings, NOV(23));
    expect(reads).toBe(0);
    expect(all()[1].lifecycle).toBe("received");
    expect(reads).toBeGreaterThan(0);
  });
});
