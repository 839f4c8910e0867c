import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { lifecycle } from "../../src/followup/lifecycle";
import { openQty } from "../../src/followup/openQty";
import { awaitingReplacement, goodQty, rejectedOf } from "../../src/followup/quality";
import { makeLine } from "./fixtures";

const settings = DEFAULT_SETTINGS; // qtyTolerance 0

describe("the received quantity that counts (goodQty)", () => {
  test("no quality columns: the received quantity, as before", () => {
    expect(goodQty(makeLine({ receivedQty: 100 }))).toBe(100);
    expect(goodQty(makeLine({ receivedQty: null }))).toBeNull();
    // A line built without the new fields at all (older callers) behaves the same.
    expect(goodQty({ orderedQty: 100, receivedQty: 40 })).toBe(40);
  });

  test("accepted quantity given: it is what counts", () => {
    // received 100, accepted 90 → 90
    expect(goodQty(makeLine({ receivedQty: 100, acceptedQty: 90 }))).toBe(90);
  });

  test("accepted, and later some returned: min(accepted, received − returned)", () => {
    // received 100, accepted 100, 10 sent back after use → min(100, 100 − 10) = 90
    expect(goodQty(makeLine({ receivedQty: 100, acceptedQty: 100, returnedQty: 10 }))).toBe(90);
    // received 100, accepted 90, the 10 rejected returned → min(90, 100 − 10) = 90 (counted once)
    expect(goodQty(makeLine({ receivedQty: 100, acceptedQty: 90, returnedQty: 10 }))).toBe(90);
  });

  test("rejected and returned without accepted: received − max(rejected, returned)", () => {
    // 100 − max(12, 0) = 88; 100 − max(12, 12) = 88 (the returned lot is the rejected one); 100 − max(5, 20) = 80
    expect(goodQty(makeLine({ receivedQty: 100, rejectedQty: 12 }))).toBe(88);
    expect(goodQty(makeLine({ receivedQty: 100, rejectedQty: 12, returnedQty: 12 }))).toBe(88);
    expect(goodQty(makeLine({ receivedQty: 100, rejectedQty: 5, returnedQty: 20 }))).toBe(80);
  });

  test("inspection rejected without quantities: nothing counts", () => {
    expect(goodQty(makeLine({ receivedQty: 100, inspection: "rejected" }))).toBe(0);
    expect(goodQty(makeLine({ receivedQty: 100, inspection: "partial" }))).toBe(100);
  });

  test("never below zero; unreadable is unknown", () => {
    expect(goodQty(makeLine({ receivedQty: 10, rejectedQty: 30 }))).toBe(0);
    expect(goodQty(makeLine({ receivedQty: 100, rejectedQty: undefined, acceptedQty: 90 }))).toBeUndefined();
  });
});

describe("rejected goods reopen the line until replaced or closed", () => {
  test("100 ordered, 100 received, 10 rejected: partial with 10 open", () => {
    const line = makeLine({ orderedQty: 100, receivedQty: 100, rejectedQty: 10 });
    expect(lifecycle(line, settings)).toBe("partial");
    expect(openQty(line)).toBe(10);
    expect(awaitingReplacement(line)).toBe(10);
  });

  test("replaced: the buyer books the 10 replacements (received 110) → received, nothing open", () => {
    const line = makeLine({ orderedQty: 100, receivedQty: 110, rejectedQty: 10 });
    expect(lifecycle(line, settings)).toBe("received");
    expect(openQty(line)).toBe(0);
    expect(awaitingReplacement(line)).toBe(0);
  });

  test("or the buyer closes it: closed wins", () => {
    expect(lifecycle(makeLine({ orderedQty: 100, receivedQty: 100, rejectedQty: 10, lifecycle: "closed" }), settings)).toBe("closed");
  });

  test("a whole lot rejected: open again (nothing good arrived)", () => {
    const line = makeLine({ orderedQty: 100, receivedQty: 100, inspection: "rejected" });
    expect(lifecycle(line, settings)).toBe("open");
    expect(openQty(line)).toBe(100);
  });

  test("quantity tolerance applies to the accepted quantity: 5 % of 100 → 95 accepted is received", () => {
    const tolerant = { ...settings, qtyTolerance: 0.05 };
    expect(lifecycle(makeLine({ orderedQty: 100, receivedQty: 100, acceptedQty: 95 }), tolerant)).toBe("received");
    expect(lifecycle(makeLine({ orderedQty: 100, receivedQty: 100, acceptedQty: 94 }), tolerant)).toBe("partial");
  });

  test("short delivery and rejects: awaiting replacement is only what was refused", () => {
    // ordered 100, received 60, rejected 10 → good 50, open 50, of which 10 await replacement
    const line = makeLine({ orderedQty: 100, receivedQty: 60, rejectedQty: 10 });
    expect(openQty(line)).toBe(50);
    expect(awaitingReplacement(line)).toBe(10);
  });
});

describe("rejected quantity for the reject rate (rejectedOf)", () => {
  test("the rejected column, else received − accepted, else the inspection result", () => {
    expect(rejectedOf(makeLine({ receivedQty: 100, rejectedQty: 7 }))).toBe(7);
    expect(rejectedOf(makeLine({ receivedQty: 100, acceptedQty: 96 }))).toBe(4);
    expect(rejectedOf(makeLine({ receivedQty: 100, inspection: "rejected" }))).toBe(100);
    expect(rejectedOf(makeLine({ receivedQty: 100, inspection: "accepted" }))).toBe(0);
  });

  test("no inspection information: null (no data, not 0 %)", () => {
    expect(rejectedOf(makeLine({ receivedQty: 100 }))).toBeNull();
  });
});
