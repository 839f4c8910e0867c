/**
 * Validation messages in the units the buyer types, and honest about what happens: in the Rules form
 * nothing is saved yet, so no message there says a default "is used"; saved settings the pipeline
 * replaced do say so.
 */
import { describeSettingsError } from "../../src/settings/describeSettingsError";
import { offsetsAtFault, validateSettings, type SettingsErrorCode } from "../../src/settings/validateSettings";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { settingsToText, textToRawSettings } from "../../taskpane/views/settings/settingsText";

const LANGS = ["en", "zh-CN", "ja"] as const;

/** The form's errors for one box typed as `typed` (all others at their defaults). */
function formErrors(patch: Partial<ReturnType<typeof settingsToText>>) {
  const raw = textToRawSettings({ ...settingsToText(DEFAULT_SETTINGS), ...patch }, DEFAULT_SETTINGS);
  return validateSettings(raw).errors;
}

describe("quantity tolerance speaks in percent", () => {
  test("150 typed in the form reads 150 %, bounds 0 % and 100 %, in all three languages", () => {
    const errors = formErrors({ qtyTolerancePercent: "150" }); // 150 / 100 = 1.5, not below 1
    expect(errors).toEqual([{ field: "qtyTolerance", code: "outOfRange", value: 1.5 }]);
    expect(describeSettingsError(errors[0], "en", "form")).toBe("150 % must be at least 0 % and below 100 %.");
    expect(describeSettingsError(errors[0], "zh-CN", "form")).toBe("150% 必须大于或等于 0% 且小于 100%。");
    expect(describeSettingsError(errors[0], "ja", "form")).toBe("150% は 0% 以上 100% 未満で指定してください。");
  });

  test("a fraction of a percent shows as typed, not as a binary fraction: 100.07 → 100.07 %", () => {
    // 100.07 / 100 = 1.0007 (≥ 1); × 100 in floating point is 100.07000000000001, shown rounded.
    const [error] = formErrors({ qtyTolerancePercent: "100.07" });
    expect(describeSettingsError(error, "en", "form")).toBe("100.07 % must be at least 0 % and below 100 %.");
  });

  test("a saved tolerance of 5 (the fraction) reads 500 % and says the default is in force", () => {
    const [error] = validateSettings({ qtyTolerance: 5 }).errors;
    expect(describeSettingsError(error, "en")).toBe("Quantity tolerance: 500 % must be at least 0 % and below 100 %. The default (0 %) is used.");
    expect(describeSettingsError(error, "zh-CN")).toBe("数量容差：500% 必须大于或等于 0% 且小于 100%，已使用默认值（0%）。");
    expect(describeSettingsError(error, "ja")).toBe("数量の許容差：500% は 0% 以上 100% 未満で指定してください。既定値（0%）を使用します。");
  });

  test("text that is no number is quoted as typed", () => {
    const [error] = formErrors({ qtyTolerancePercent: "5%" });
    expect(describeSettingsError(error, "en", "form")).toBe('"5%" is not a number.');
  });
});

describe("the form never claims a default is used", () => {
  const codes: SettingsErrorCode[] = [
    "notANumber", "notAnInteger", "negative", "outOfRange", "wrongLength", "notAscending", "invalidWeekend", "notAList", "invalidHoliday",
    "emptyDelayReason", "commaInDelayReason", "duplicateDelayReason", "invalidDelayReasonGroup", "noDelayReasons", "notAChoice", "tooLarge",
    "delayReasonTooLong", "tooMany",
  ];
  test.each(LANGS)("%s: every code has a form sentence without default / ignored / used", (lang) => {
    for (const code of codes) {
      const text = describeSettingsError({ field: "minGap", code, value: 400 }, lang, "form");
      expect(text).not.toMatch(/default|ignored|is used|left out|默认|忽略|已使用|略去|既定|無視|使用します|除外/);
      expect(text).not.toMatch(/form_/); // a missing key would show its name
    }
  });

  test("the stored wording keeps saying what the pipeline did", () => {
    expect(describeSettingsError({ field: "minGap", code: "negative", value: -2 }, "en")).toMatch(/The default \(2\) is used\.$/);
  });

  test("a negative minimum gap typed in the form: the problem only, no field name (the box has its label)", () => {
    const [error] = formErrors({ minGap: "-2" });
    expect(describeSettingsError(error, "en", "form")).toBe("-2 is negative; it must be 0 or more.");
    expect(describeSettingsError(error, "ja", "form")).toBe("-2 は負の値です。0 以上で指定してください。");
  });
});

describe("escalation offsets: the boxes at fault are named", () => {
  const offsets = (...values: string[]) => formErrors({ offsets: values as [string, string, string, string] });

  test("-3, 5, 1, 10: the pair out of order (boxes 2 and 3, positions 1 and 2) is marked, not the whole row", () => {
    const errors = offsets("-3", "5", "1", "10");
    expect(errors.map((e) => e.code)).toEqual(["notAscending"]);
    expect(offsetsAtFault(errors[0])).toEqual([1, 2]);
    expect(describeSettingsError(errors[0], "en", "form")).toBe("-3, 5, 1, 10: each number must be larger than the one before, e.g. -3, 1, 5, 10.");
  });

  test("-3, 1, 1, 1: 1 ≤ 1 twice, so positions 1, 2 and 3", () => {
    expect(offsetsAtFault(offsets("-3", "1", "1", "1")[0])).toEqual([1, 2, 3]);
  });

  test("a box that is no number is the one marked (and the order is not judged on it)", () => {
    const errors = offsets("-3", "x", "5", "10");
    expect(errors.map((e) => e.code)).toEqual(["notANumber"]);
    expect(offsetsAtFault(errors[0])).toEqual([1]);
  });

  test("2.5 and 400: each box with its own fault", () => {
    expect(offsetsAtFault(offsets("-3", "2.5", "5", "10")[0])).toEqual([1]);
    expect(offsetsAtFault(offsets("-3", "1", "5", "400")[0])).toEqual([3]); // 400 > 366 working days
  });

  test("other settings' errors mark no offset", () => {
    expect(offsetsAtFault({ field: "minGap", code: "negative", value: -1 })).toEqual([]);
  });
});
