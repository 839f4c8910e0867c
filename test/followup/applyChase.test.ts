import { applyChase, applyChaseContexts, applyChaseToMany, type ApplyChaseContext, type ChaseInput } from "../../src/followup/applyChase";
import { evaluateLine } from "../../src/followup/evaluateLine";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { makeCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { PoLine } from "../../src/model";
import { DEC, makeEntry, makeLine, NOV } from "./fixtures";

const calendar = makeCalendar();
const settings = DEFAULT_SETTINGS;
const ctx: ApplyChaseContext = { settings, calendar };
// Promised Fri 11-20: pre-due Tue 11-17, L1 Mon 11-23, L2 Fri 11-27, L3 Fri 12-04. Row 7 of the sheet.
const line: PoLine = makeLine({ key: "A", sheetRow: 7, orderDate: NOV(2), requestedDate: NOV(16), promisedDate: NOV(20) });
const statusAt = (l: PoLine, asOf: number, lastLineChase?: number) => evaluateLine(l, { settings, calendar, asOf, lastLineChase });
const input = (fields: Partial<ChaseInput>): ChaseInput => ({ date: NOV(23), channel: "email", outcome: "noAnswer", loggedAt: "2026-11-23T10:00:00Z", ...fields });

describe("applyChase", () => {
  it("no answer on Mon 11-23 (level 1): last chase that day, next = level 2 Fri 11-27", () => {
    const result = applyChase(statusAt(line, NOV(23)), input({}), ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.changes).toEqual([
      { field: "lastChaseDate", value: NOV(23), row: 7 },
      { field: "nextChaseDate", value: NOV(27), row: 7 },
    ]);
    expect(result.entry).toMatchObject({ date: NOV(23), lineKey: "A", supplier: "Acme", outcome: "noAnswer", previousPromised: NOV(20), newPromised: null, nextChase: NOV(27), buyer: "Lee" });
  });

  it("new date Fri 12-18 on Mon 12-07 (level 3) resets the level: next = pre-due Tue 12-15", () => {
    const result = applyChase(statusAt(line, DEC(7)), input({ date: DEC(7), outcome: "newDate", newPromised: DEC(18), delayReason: "transport", stage: "Shipped" }), ctx);
    expect(result.ok && result.changes).toEqual([
      { field: "promisedDate", value: DEC(18), row: 7 },
      { field: "lastChaseDate", value: DEC(7), row: 7 },
      { field: "nextChaseDate", value: DEC(15), row: 7 },
      { field: "stage", value: "Shipped", row: 7 },
      { field: "delayReason", value: "Transport", row: 7 }, // the settings' spelling
    ]);
    expect(result.ok && result.entry).toMatchObject({ previousPromised: NOV(20), newPromised: DEC(18), delayReason: "Transport", stage: "Shipped" });
  });

  it("a promise for the chase day itself is accepted: due Mon 11-23 → L1 Tue 11-24, but the supplier gap gives Wed 11-25", () => {
    const result = applyChase(statusAt(line, NOV(23)), input({ outcome: "newDate", newPromised: NOV(23) }), ctx);
    expect(result.ok && result.changes.find((c) => c.field === "nextChaseDate")?.value).toBe(NOV(25));
  });

  it("returns only the fields that change", () => {
    const chased = { ...line, lastChaseDate: NOV(23), nextChaseDate: NOV(27) };
    const result = applyChase(statusAt(chased, NOV(23), NOV(23)), input({ note: "left a voicemail" }), ctx);
    expect(result.ok && result.changes).toEqual([]);
    expect(result.ok && result.entry.note).toBe("left a voicemail");
  });

  it("a back-dated chase does not move the last-chase date backwards", () => {
    const chased = { ...line, lastChaseDate: NOV(23) };
    const result = applyChase(statusAt(chased, NOV(23), NOV(23)), input({ date: NOV(20), nextChase: NOV(30) }), ctx);
    expect(result.ok && result.changes).toEqual([{ field: "nextChaseDate", value: NOV(30), row: 7 }]);
  });

  it("the buyer's next-chase date wins; null clears it", () => {
    const withPlan = { ...line, nextChaseDate: NOV(27) };
    const planned = applyChase(statusAt(withPlan, NOV(23)), input({ nextChase: DEC(2) }), ctx);
    expect(planned.ok && planned.entry.nextChase).toBe(DEC(2));
    const cleared = applyChase(statusAt(withPlan, NOV(23)), input({ nextChase: null }), ctx);
    expect(cleared.ok && cleared.changes).toContainEqual({ field: "nextChaseDate", value: null, row: 7 });
  });

  it("confirming an unconfirmed line adopts the requested date as the promise", () => {
    // no promise, ordered Tue 11-17, requested Fri 12-18; confirmed Mon 11-23 → next = pre-due Tue 12-15
    const unconfirmed = makeLine({ sheetRow: 9, orderDate: NOV(17), requestedDate: DEC(18) });
    const result = applyChase(statusAt(unconfirmed, NOV(23)), input({ outcome: "confirmed" }), ctx);
    expect(result.ok && result.changes).toEqual([
      { field: "promisedDate", value: DEC(18), row: 9 },
      { field: "lastChaseDate", value: NOV(23), row: 9 },
      { field: "nextChaseDate", value: DEC(15), row: 9 },
    ]);
    expect(result.ok && result.entry).toMatchObject({ previousPromised: null, newPromised: DEC(18) });
  });

  it("refuses bad input with codes instead of throwing", () => {
    const st = statusAt(line, NOV(23));
    expect(applyChase(st, input({ outcome: "newDate" }), ctx)).toEqual({ ok: false, errors: [{ field: "newPromised", code: "required" }] });
    expect(applyChase(st, input({ outcome: "newDate", newPromised: NOV(20) }), ctx)).toEqual({ ok: false, errors: [{ field: "newPromised", code: "beforeChaseDate" }] });
    expect(applyChase(st, input({ nextChase: NOV(20) }), ctx)).toEqual({ ok: false, errors: [{ field: "nextChase", code: "beforeChaseDate" }] });
    expect(applyChase(st, input({ date: Number.NaN }), ctx)).toEqual({ ok: false, errors: [{ field: "date", code: "invalidDate" }] });
    expect(applyChase(st, input({ delayReason: "Aliens" }), ctx)).toEqual({ ok: false, errors: [{ field: "delayReason", code: "unknownDelayReason" }] });
    // A default code's label in another language is that code, written with the settings' spelling.
    const labelled = applyChase(st, input({ delayReason: "原材料不足" }), ctx);
    expect(labelled.ok && labelled.entry.delayReason).toBe("Raw material shortage");
    const noDates = statusAt(makeLine({ orderDate: NOV(2) }), NOV(23));
    expect(applyChase(noDates, input({ outcome: "confirmed" }), ctx)).toEqual({ ok: false, errors: [{ field: "newPromised", code: "required" }] });
  });
});

describe("applyChaseToMany", () => {
  const b = makeLine({ key: "B", sheetRow: 8, promisedDate: NOV(13) }); // L2 Fri 11-20, L3 Fri 11-27
  const statuses = [statusAt(line, NOV(23)), statusAt(b, NOV(23))];

  it("logs one entry per line of the supplier", () => {
    const result = applyChaseToMany(statuses, input({ contact: "Ms Wu" }), () => ctx);
    expect(result.ok && result.entries.map((e) => [e.lineKey, e.nextChase, e.contact])).toEqual([
      ["A", NOV(27), "Ms Wu"], // level 1 chased → level 2 Fri 11-27
      ["B", NOV(27), "Ms Wu"], // level 2 chased → level 3 Fri 11-27
    ]);
    expect(result.ok && result.changes.filter((c) => c.field === "lastChaseDate").map((c) => c.row)).toEqual([7, 8]);
  });

  it("is all or nothing, with the row of each refused line", () => {
    const result = applyChaseToMany(statuses, input({ outcome: "newDate", newPromised: NOV(20) }), () => ctx);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: "newPromised", code: "beforeChaseDate", row: 7 },
        { field: "newPromised", code: "beforeChaseDate", row: 8 },
      ],
    });
  });
});

describe("applyChaseToMany with each line's own chase history", () => {
  // Both lines promised Fri 11-13, same supplier, chased together on Mon 11-23 (no answer).
  // A: the log moved its promise 11-06 → 11-13 on Wed 11-18, after that date had nearly passed, so its
  //    escalation counts from the change (11-18 > 11-13): L1 Thu 11-19, L2 WORKDAY(11-18, 5) = Wed 11-25,
  //    L3 WORKDAY(11-18, 10) = Wed 12-02. At 11-23 it is level 1; next = L2 Wed 11-25.
  // B: never re-promised: L1 Mon 11-16, L2 Fri 11-20, L3 Fri 11-27. At 11-23 it is level 2; next = L3 Fri 11-27.
  // The supplier gap after this chase, WORKDAY(11-23, 2) = Wed 11-25, holds neither back.
  const a = makeLine({ key: "A", line: "1", sheetRow: 7, promisedDate: NOV(13) });
  const b = makeLine({ key: "B", line: "2", sheetRow: 8, promisedDate: NOV(13) });
  const log = [makeEntry({ date: NOV(18), lineKey: "A", line: "1", outcome: "newDate", previousPromised: NOV(6), newPromised: NOV(13) })];
  const contextOf = applyChaseContexts([a, b], log, settings);
  const statuses = evaluateRegister([a, b], log, settings, NOV(23));

  it("each line keeps its own last promise change (levels 1 and 2, next chases 11-25 and 11-27)", () => {
    expect(statuses.map((s) => s.level)).toEqual([1, 2]);
    const result = applyChaseToMany(statuses, input({}), contextOf);
    expect(result.ok && result.entries.map((e) => [e.lineKey, e.nextChase])).toEqual([
      ["A", NOV(25)],
      ["B", NOV(27)],
    ]);
    // The same as chasing each line on its own.
    const alone = statuses.map((s) => {
      const one = applyChase(s, input({}), contextOf(s));
      return one.ok ? one.entry.nextChase : null;
    });
    expect(alone).toEqual([NOV(25), NOV(27)]);
  });

  it("the contexts: first promise and last promise change per line, the supplier's last chase shared", () => {
    expect(contextOf(statuses[0])).toMatchObject({ firstPromise: NOV(6), lastPromiseChange: NOV(18), lastSupplierChase: NOV(18) });
    const ofB = contextOf(statuses[1]);
    expect(ofB.lastSupplierChase).toBe(NOV(18));
    expect(ofB.firstPromise).toBeUndefined();
    expect(ofB.lastPromiseChange).toBeUndefined();
  });

  it("one context for all (the old way) would have moved B's chase to A's dates", () => {
    const shared = contextOf(statuses[0]);
    const result = applyChaseToMany(statuses, input({}), () => shared);
    expect(result.ok && result.entries[1].nextChase).toBe(NOV(25)); // wrong for B: that is A's level-2 date
  });
});
