import { buildChaseFacts } from "../../src/followup/chaseFacts";
import { makeEntry, NOV } from "./fixtures";

/** The committed date's "first promise recorded in the chase log" (DESIGN.md), as buildChaseFacts finds it. */
const firstPromise = (log: ReturnType<typeof makeEntry>[], key: string) => buildChaseFacts(log, []).byLine.get(key)?.firstPromise;

describe("first promise in the chase log", () => {
  it("takes the earliest-dated entry with a promise, whatever the log order", () => {
    const log = [
      makeEntry({ date: NOV(10), previousPromised: NOV(12), newPromised: NOV(19), outcome: "newDate" }),
      makeEntry({ date: NOV(5), previousPromised: null, newPromised: NOV(12) }), // first confirmation
    ];
    expect(firstPromise(log, "PO1/10")).toBe(NOV(12));
  });
  it("prefers previousPromised of that entry: it stood before the chase", () => {
    const log = [
      makeEntry({ lineKey: "B", date: NOV(3), outcome: "noAnswer" }), // no promise: skipped
      makeEntry({ lineKey: "B", date: NOV(6), previousPromised: NOV(9), newPromised: NOV(16), outcome: "newDate" }),
    ];
    expect(firstPromise(log, "B")).toBe(NOV(9));
  });
  it("keeps the entry appended first on the same day, and ignores lines without promises", () => {
    const log = [
      makeEntry({ lineKey: "C", date: NOV(6), newPromised: NOV(20) }),
      makeEntry({ lineKey: "C", date: NOV(6), newPromised: NOV(27) }),
      makeEntry({ lineKey: "D", date: NOV(6), outcome: "noAnswer" }),
    ];
    expect(firstPromise(log, "C")).toBe(NOV(20));
    expect(firstPromise(log, "D")).toBeUndefined();
  });
});
