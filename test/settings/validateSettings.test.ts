import { validateSettings } from "../../src/settings/validateSettings";
import { describeSettingsError } from "../../src/settings/describeSettingsError";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { settingsCatalog } from "../../src/i18n/catalogs/settings";
import { serialFromYmd } from "../../src/dates/serial";

describe("validateSettings", () => {
  it("gives the defaults without errors for nothing stored yet", () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(validateSettings({})).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it("keeps valid values, including numeric text", () => {
    const christmas = serialFromYmd(2026, 12, 25)!;
    const { settings, errors } = validateSettings({
      earlyTolerance: 3,
      lateTolerance: "1",
      qtyTolerance: 0.05,
      escalationOffsets: [-2, 1, 3, 7],
      confirmWithin: 2,
      dueSoon: 10,
      minGap: 0,
      weekend: "0000001",
      holidays: [christmas],
      delayReasons: [{ code: "Typhoon", group: "logistics" }, "Other"],
      dateOrder: "DMY",
      periodKind: "month",
    });
    expect(errors).toEqual([]);
    expect(settings).toEqual({
      earlyTolerance: 3,
      lateTolerance: 1,
      qtyTolerance: 0.05,
      escalationOffsets: [-2, 1, 3, 7],
      confirmWithin: 2,
      dueSoon: 10,
      minGap: 0,
      weekend: "0000001",
      holidays: [christmas],
      delayReasons: [
        { code: "Typhoon", group: "logistics" },
        { code: "Other", group: "other" },
      ],
      dateOrder: "DMY",
      periodKind: "month",
    });
  });

  it("replaces each invalid field by its default and says why", () => {
    const { settings, errors } = validateSettings({
      earlyTolerance: -1,
      lateTolerance: 1.5,
      qtyTolerance: 1.2,
      confirmWithin: "soon",
      minGap: -2,
      weekend: "1111111",
      dateOrder: "DDMM",
      periodKind: "year",
    });
    expect(errors).toEqual([
      { field: "earlyTolerance", code: "negative", value: -1 },
      { field: "lateTolerance", code: "notAnInteger", value: 1.5 },
      { field: "qtyTolerance", code: "outOfRange", value: 1.2 },
      { field: "confirmWithin", code: "notANumber", value: "soon" },
      { field: "minGap", code: "negative", value: -2 },
      { field: "weekend", code: "invalidWeekend", value: "1111111" },
      { field: "dateOrder", code: "notAChoice", value: "DDMM" },
      { field: "periodKind", code: "notAChoice", value: "year" },
    ]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it("escalation offsets: exactly 4 whole numbers, strictly ascending", () => {
    const codeOf = (escalationOffsets: unknown) => validateSettings({ escalationOffsets }).errors.map((e) => e.code);
    expect(codeOf([-3, 1, 5])).toEqual(["wrongLength"]);
    expect(codeOf([-3, 1, 1, 10])).toEqual(["notAscending"]);
    expect(codeOf([-3, 5, 1, 10])).toEqual(["notAscending"]);
    expect(codeOf([-3, 1.5, 5, 10])).toEqual(["notAnInteger"]);
    expect(codeOf([-3, "x", 5, 10])).toEqual(["notANumber"]);
    expect(codeOf("-3,1,5,10")).toEqual(["notAList"]);
    expect(validateSettings({ escalationOffsets: [-3, 1, 5, "12"] }).settings.escalationOffsets).toEqual([-3, 1, 5, 12]);
  });

  it("tolerances: 0 is allowed; earlyTolerance blank means unlimited", () => {
    expect(validateSettings({ lateTolerance: 0, qtyTolerance: 0, earlyTolerance: null }).errors).toEqual([]);
    expect(validateSettings({ earlyTolerance: "" }).settings.earlyTolerance).toBeNull();
    expect(validateSettings({ qtyTolerance: 0.5 }).settings.qtyTolerance).toBe(0.5);
    expect(validateSettings({ qtyTolerance: -0.1 }).errors[0].code).toBe("outOfRange");
  });

  it("drops bad holidays one by one and keeps the others", () => {
    const good = serialFromYmd(2026, 11, 26)!;
    const { settings, errors } = validateSettings({ holidays: [good, "Thanksgiving", Number.NaN, 0, good + 0.5] });
    expect(settings.holidays).toEqual([good, good]);
    expect(errors.map((e) => [e.code, e.value])).toEqual([
      ["invalidHoliday", "Thanksgiving"],
      ["invalidHoliday", Number.NaN],
      ["invalidHoliday", 0],
    ]);
  });

  it("delay reasons: unique (case-insensitive), non-empty, known groups", () => {
    const { settings, errors } = validateSettings({
      delayReasons: [
        { code: "Transport", group: "logistics" },
        { code: " transport ", group: "logistics" },
        { code: "", group: "other" },
        { code: "Strike", group: "weather" },
      ],
    });
    expect(settings.delayReasons).toEqual([
      { code: "Transport", group: "logistics" },
      { code: "Strike", group: "other" },
    ]);
    expect(errors.map((e) => e.code)).toEqual(["duplicateDelayReason", "emptyDelayReason", "invalidDelayReasonGroup"]);
    const empty = validateSettings({ delayReasons: ["", "  "] });
    expect(empty.settings.delayReasons).toEqual(DEFAULT_SETTINGS.delayReasons);
    expect(empty.errors.map((e) => e.code)).toEqual(["emptyDelayReason", "emptyDelayReason", "noDelayReasons"]);
  });
});

describe("describeSettingsError", () => {
  it("explains in English, Chinese and Japanese", () => {
    const error = { field: "minGap" as const, code: "negative" as const, value: -2 };
    expect(describeSettingsError(error, "en")).toBe(
      "Minimum gap between chases of a supplier (working days): -2 is negative; it must be 0 or more. The default (2) is used.",
    );
    expect(describeSettingsError(error, "zh-CN")).toBe(
      "同一供应商两次催货的最小间隔（工作日）：-2 为负数，必须大于或等于 0，已使用默认值（2）。",
    );
    expect(describeSettingsError(error, "ja")).toBe(
      "同じ仕入先への督促の最小間隔（営業日）：-2 は負の値です。0 以上で指定してください。既定値（2）を使用します。",
    );
  });

  it("shows lists, text and the default quantity tolerance readably", () => {
    expect(describeSettingsError({ field: "escalationOffsets", code: "notAscending", value: [-3, 5, 1, 10] }, "en")).toBe(
      "Escalation offsets (working days): -3, 5, 1, 10 must be whole numbers in increasing order, e.g. -3, 1, 5, 10. The default (-3, 1, 5, 10) is used.",
    );
    expect(describeSettingsError({ field: "qtyTolerance", code: "outOfRange", value: 1.2 }, "en")).toContain("The default (0 %) is used.");
    expect(describeSettingsError({ field: "weekend", code: "invalidWeekend", value: "1111111" }, "en")).toContain('"1111111"');
  });

  it("every validation code has a message in every language", () => {
    const codes = [
      "notANumber",
      "notAnInteger",
      "negative",
      "outOfRange",
      "wrongLength",
      "notAscending",
      "invalidWeekend",
      "notAList",
      "invalidHoliday",
      "emptyDelayReason",
      "duplicateDelayReason",
      "invalidDelayReasonGroup",
      "noDelayReasons",
      "notAChoice",
    ] as const;
    for (const lang of ["en", "zh-CN", "ja"] as const)
      for (const code of codes) expect(settingsCatalog[lang][code]).toEqual(expect.any(String));
  });
});

describe("limits that protect the workbook", () => {
  test("a qty tolerance of 100 % is refused: it would count nothing received as received in full", () => {
    const { settings, errors } = validateSettings({ qtyTolerance: 1 });
    expect(settings.qtyTolerance).toBe(0);
    expect(errors).toEqual([{ field: "qtyTolerance", code: "outOfRange", value: 1 }]);
    expect(validateSettings({ qtyTolerance: 0.99 }).errors).toEqual([]);
  });
  test("a delay reason with a comma is dropped: the register's dropdown list is comma-separated", () => {
    const { settings, errors } = validateSettings({ delayReasons: ["Late, supplier", "Transport"] });
    expect(settings.delayReasons.map((r) => r.code)).toEqual(["Transport"]);
    expect(errors).toEqual([{ field: "delayReasons", code: "commaInDelayReason", value: "Late, supplier" }]);
    expect(describeSettingsError(errors[0], "en")).toContain('"Late, supplier" contains a comma');
  });
});

describe("bounds say their limit, and a long value is shown only in part", () => {
  test("a delay reason over 100 characters is left out, with its own sentence; the rest is kept", () => {
    const long = "x".repeat(150);
    const { settings, errors } = validateSettings({ delayReasons: [{ code: long, group: "supplier" }, { code: "Transport", group: "logistics" }] });
    expect(settings.delayReasons).toEqual([{ code: "Transport", group: "logistics" }]);
    expect(errors.map((e) => e.code)).toEqual(["delayReasonTooLong"]);
    const text = describeSettingsError(errors[0], "en");
    expect(text).toBe(`Delay reasons: "${"x".repeat(60)}…" is longer than 100 characters; that delay reason is left out.`);
  });
  test("days past a year name the limit: minGap 400 → at most 366", () => {
    const { errors } = validateSettings({ minGap: 400 });
    expect(describeSettingsError(errors[0], "en")).toContain("(at most 366)");
    expect(describeSettingsError(errors[0], "ja")).toContain("（366）");
  });
});
