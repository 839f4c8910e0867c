import { openQty } from "../../src/followup/openQty";
import { openValue } from "../../src/followup/openValue";
import { isReceivedInFull, lifecycle } from "../../src/followup/lifecycle";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { makeLine } from "./fixtures";

describe("openQty / openValue", () => {
  it("partial receipt: 100 ordered, 40 received → 60 open, × 2.5 = 150", () => {
    const q = openQty(makeLine({ orderedQty: 100, receivedQty: 40 }));
    expect(q).toBe(60);
    expect(openValue(q, 2.5)).toBe(150);
  });
  it("over-receipt never gives a negative open quantity", () => {
    expect(openQty(makeLine({ orderedQty: 100, receivedQty: 120 }))).toBe(0);
  });
  it("blank received = nothing received", () => {
    expect(openQty(makeLine({ orderedQty: 100, receivedQty: null }))).toBe(100);
  });
  it("unknown quantities give unknown, never NaN", () => {
    expect(openQty(makeLine({ orderedQty: null }))).toBeUndefined();
    expect(openQty(makeLine({ orderedQty: undefined }))).toBeUndefined();
    expect(openQty(makeLine({ receivedQty: undefined }))).toBeUndefined();
    expect(openQty(makeLine({ orderedQty: Number.NaN }))).toBeUndefined();
  });
  it("no price → null value, unknown price or quantity → unknown", () => {
    expect(openValue(60, null)).toBeNull();
    expect(openValue(60, undefined)).toBeUndefined();
    expect(openValue(undefined, 2.5)).toBeUndefined();
  });
});

describe("lifecycle", () => {
  const s = DEFAULT_SETTINGS;
  it("buyer-set states win over receipts", () => {
    expect(lifecycle(makeLine({ lifecycle: "cancelled", receivedQty: 100 }), s)).toBe("cancelled");
    expect(lifecycle(makeLine({ lifecycle: "closed", receivedQty: 20 }), s)).toBe("closed");
    expect(lifecycle(makeLine({ lifecycle: "onHold" }), s)).toBe("onHold");
  });
  it("received in full, over-received, partial, open", () => {
    expect(lifecycle(makeLine({ receivedQty: 100 }), s)).toBe("received");
    expect(lifecycle(makeLine({ receivedQty: 120 }), s)).toBe("received");
    expect(lifecycle(makeLine({ receivedQty: 40 }), s)).toBe("partial");
    expect(lifecycle(makeLine({ receivedQty: 0 }), s)).toBe("open");
    expect(lifecycle(makeLine({ receivedQty: null }), s)).toBe("open");
  });
  it("qtyTolerance 5 %: 95 of 100 is received (100 × 0.95 = 95), 94 is partial", () => {
    const tol = { qtyTolerance: 0.05 };
    expect(lifecycle(makeLine({ receivedQty: 95 }), tol)).toBe("received");
    expect(lifecycle(makeLine({ receivedQty: 94 }), tol)).toBe("partial");
    // 19 of 20 with 5 %: 20 × 0.95 = 19 (float noise absorbed)
    expect(isReceivedInFull(19, 20, 0.05)).toBe(true);
    // 0.7 of 0.7 with 10 %: 0.63 needed
    expect(isReceivedInFull(0.63, 0.7, 0.1)).toBe(true);
  });
  it("nothing received is never received, even with a 100 % tolerance", () => {
    expect(lifecycle(makeLine({ receivedQty: 0 }), { qtyTolerance: 1 })).toBe("open");
  });
  it("unreadable cells keep the line open (it keeps being followed up)", () => {
    expect(lifecycle(makeLine({ lifecycle: undefined, receivedQty: undefined }), s)).toBe("open");
    expect(lifecycle(makeLine({ orderedQty: undefined, receivedQty: 10 }), s)).toBe("partial");
  });
});
