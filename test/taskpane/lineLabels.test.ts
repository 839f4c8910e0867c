import { statusLabel } from "../../taskpane/components/lineLabels";
import { makeI18n } from "../../taskpane/state/i18n";
import type { LineStatus } from "../../src/followup/types";
import { statusKey } from "../../src/followup/statusKey";

const en = makeI18n("en").t;
const status = (lifecycle: LineStatus["lifecycle"], state: LineStatus["state"]) => ({ lifecycle, state }) as LineStatus;

describe("status word (same rule as PO.STATUS)", () => {
  test("a partly received line on track says Partly received, as PO.STATUS says Partial", () => {
    expect(statusKey("partial", "onTrack")).toBe("partial");
    expect(statusLabel(status("partial", "onTrack"), en)).toBe("Partly received");
  });

  test("a partly received line that needs action says what it needs", () => {
    expect(statusLabel(status("partial", "late"), en)).toBe("Late");
    expect(statusLabel(status("partial", "dueSoon"), en)).toBe("Due soon");
  });

  test("open lines show their follow-up state; closed ones their lifecycle; unreadable says unknown", () => {
    expect(statusLabel(status("open", "onTrack"), en)).toBe("On track");
    expect(statusLabel(status("open", "unconfirmed"), en)).toBe("Unconfirmed");
    expect(statusLabel(status("received", null), en)).toBe("Received");
    expect(statusLabel(status("onHold", null), en)).toBe("On hold");
    expect(statusLabel(status("open", undefined), en)).toBe("unknown");
  });

  test("in Chinese", () => {
    expect(statusLabel(status("partial", "onTrack"), makeI18n("zh-CN").t)).toBe("部分收货");
  });
});
