import { validateSettings } from "../../src/settings/validateSettings";
import { describeSettingsError } from "../../src/settings/describeSettingsError";
import { MAX_SUPPLIERS } from "../../src/settings/supplierSettings";

describe("per-supplier settings and the letters' signature, validated like the other settings", () => {
  it("keeps usable rules as stored and leaves absent keys absent", () => {
    const stored = {
      suppliers: [{ name: " 东莞精密 ", letterLang: "zh-CN", preDueExempt: true, escalationOffsets: [-2, "2", 6, 12], minGap: "3", transitDays: 14 }],
      buyerName: " 王丽 ",
      companyName: "北风贸易",
    };
    const { settings, errors } = validateSettings(stored);
    expect(errors).toEqual([]);
    expect(settings.suppliers).toEqual([
      { name: "东莞精密", letterLang: "zh-CN", preDueExempt: true, escalationOffsets: [-2, 2, 6, 12], minGap: 3, transitDays: 14 },
    ]);
    expect(settings).toMatchObject({ buyerName: "王丽", companyName: "北风贸易" });
    const bare = validateSettings({ minGap: 2 }).settings;
    expect("suppliers" in bare || "buyerName" in bare || "companyName" in bare).toBe(false);
  });

  it("drops an unusable field of one supplier (the workbook's rule applies) and reports it with the supplier's name", () => {
    const { settings, errors } = validateSettings({
      suppliers: [
        { name: "Acme", letterLang: "fr", minGap: 2.5, preDueExempt: "yes", escalationOffsets: [5, 1, 2, 3] },
        { minGap: 1 }, // no name: dropped
        { name: "Beta", transitDays: -1 },
      ],
      buyerName: "x".repeat(101),
    });
    expect(settings.suppliers).toEqual([{ name: "Acme" }, { name: "Beta" }]);
    expect(settings.buyerName).toBeUndefined();
    // In the order the record is read: Acme's faulty fields, the nameless entry, Beta, then the signature.
    expect(errors.map((e) => [e.field, e.code, e.value])).toEqual([
      ["suppliers", "invalidSupplier", "Acme"],
      ["suppliers", "invalidSupplier", { minGap: 1 }],
      ["suppliers", "invalidSupplier", "Beta"],
      ["buyerName", "invalidText", "x".repeat(101)],
    ]);
  });

  it("bounds the list and describes each problem in en, zh-CN and ja", () => {
    const many = Array.from({ length: MAX_SUPPLIERS + 5 }, (_, i) => ({ name: `S${i}` }));
    const { settings, errors } = validateSettings({ suppliers: many });
    expect(settings.suppliers).toHaveLength(MAX_SUPPLIERS);
    expect(errors).toEqual([{ field: "suppliers", code: "tooMany", value: MAX_SUPPLIERS + 5 }]);
    const bad = validateSettings({ suppliers: [{ name: "Acme", letterLang: "fr" }] }).errors[0];
    expect(describeSettingsError(bad, "en")).toContain('Per-supplier rules: the entry "Acme" has an unusable value');
    expect(describeSettingsError(bad, "zh-CN")).toContain('按供应商的规则：条目 "Acme" 含有无法使用的值');
    expect(describeSettingsError(bad, "ja")).toContain('仕入先別のルール："Acme" の設定に使用できない値があります');
    expect(describeSettingsError(validateSettings({ suppliers: "Acme" }).errors[0], "en")).toContain("Per-supplier rules");
  });
});

