import { statusKey } from "../../src/followup/statusKey";

describe("statusKey", () => {
  test("buyer-set lifecycles and received win over any follow-up state", () => {
    expect(statusKey("cancelled", null)).toBe("cancelled");
    expect(statusKey("closed", null)).toBe("closed");
    expect(statusKey("onHold", null)).toBe("onHold");
    expect(statusKey("received", null)).toBe("received");
  });
  test("a partly received line that is late says late; on track says partial", () => {
    expect(statusKey("partial", "late")).toBe("late");
    expect(statusKey("partial", "dueSoon")).toBe("dueSoon");
    expect(statusKey("partial", "onTrack")).toBe("partial");
  });
  test("open lines show their follow-up state; unknown state reads as on track", () => {
    expect(statusKey("open", "unconfirmed")).toBe("unconfirmed");
    expect(statusKey("open", "onTrack")).toBe("onTrack");
    expect(statusKey("open", undefined)).toBe("onTrack");
  });
});
