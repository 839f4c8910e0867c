import { delayReasonCode, delayReasonLabel } from "../../src/register/delayReasons";
import { DEFAULT_DELAY_REASONS } from "../../src/settings/settings";

const CODES = DEFAULT_DELAY_REASONS.map((r) => r.code);

describe("delay reasons: codes underneath, labels in the pane's language", () => {
  test("a default code is shown in the language; the team's own codes as written", () => {
    expect(delayReasonLabel("Raw material shortage", "ja")).toBe("原材料不足");
    expect(delayReasonLabel("Raw material shortage", "zh-CN")).toBe("原材料短缺");
    expect(delayReasonLabel("Raw material shortage", "en")).toBe("Raw material shortage");
    expect(delayReasonLabel("customs", "ja")).toBe("通関遅延"); // codes match ignoring case
    expect(delayReasonLabel("Typhoon", "ja")).toBe("Typhoon");
  });

  test("every default code has its own label in each language (no two read back as one)", () => {
    for (const lang of ["en", "zh-CN", "ja"] as const) {
      const labels = CODES.map((c) => delayReasonLabel(c, lang));
      expect(new Set(labels).size).toBe(CODES.length);
      for (const [i, label] of labels.entries()) expect(delayReasonCode(label, CODES)).toBe(CODES[i]);
    }
  });

  test("a cell's text maps back to the configured code: code in any case, or a label in any language", () => {
    expect(delayReasonCode(" transport ", CODES)).toBe("Transport");
    expect(delayReasonCode("輸送遅延", CODES)).toBe("Transport");
    expect(delayReasonCode("运输延误", CODES)).toBe("Transport");
    expect(delayReasonCode("供应商质量问题 / 返工", CODES)).toBe("Supplier quality/rework"); // spacing around the slash ignored
    expect(delayReasonCode("Typhoon", CODES)).toBeNull();
    expect(delayReasonCode("", CODES)).toBeNull();
    expect(delayReasonCode(null, CODES)).toBeNull();
    // A label of a code the team removed from its list is not a code.
    expect(delayReasonCode("通関遅延", ["Transport"])).toBeNull();
    // The team's own spelling of a default code is what comes back.
    expect(delayReasonCode("通関遅延", ["CUSTOMS"])).toBe("CUSTOMS");
  });
});
