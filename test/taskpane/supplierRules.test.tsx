import { renderToString } from "react-dom/server";
import { I18nContext, makeI18n } from "../../taskpane/state/i18n";
import { SupplierRulesSection } from "../../taskpane/views/settings/SupplierRulesSection";
import { supplierRulesToRaw, supplierRulesToText, BLANK_RULE } from "../../taskpane/views/settings/supplierRulesText";
import { validateSettings } from "../../src/settings/validateSettings";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { Lang } from "../../src/i18n/i18n";

const stored = {
  ...DEFAULT_SETTINGS,
  buyerName: "佐藤",
  companyName: "北風商事",
  suppliers: [{ name: "Kyoto Seiki", letterLang: "ja" as const, preDueExempt: true, escalationOffsets: [-2, 2, 6, 12] as const, minGap: 3 }],
};

describe("Settings: per-supplier rules as typed", () => {
  it("round-trips the stored rules through the form unchanged", () => {
    const text = supplierRulesToText(stored);
    expect(text.rules[0]).toMatchObject({ name: "Kyoto Seiki", letterLang: "ja", preDueExempt: true, offsets: "-2, 2, 6, 12", minGap: "3", transitDays: "" });
    const { settings, errors } = validateSettings({ ...stored, ...supplierRulesToRaw(text) });
    expect(errors).toEqual([]);
    expect(settings.suppliers).toEqual(stored.suppliers);
    expect(settings).toMatchObject({ buyerName: "佐藤", companyName: "北風商事" });
  });

  it("reads offsets typed with Chinese commas, drops a wholly blank row, and names a row without a supplier", () => {
    const text = supplierRulesToText(stored);
    text.rules.push({ ...BLANK_RULE }, { ...BLANK_RULE, name: "东莞精密", offsets: "-3，1，5，10" }, { ...BLANK_RULE, minGap: "4" });
    text.buyerName = "";
    const { settings, errors } = validateSettings({ ...stored, ...supplierRulesToRaw(text) });
    expect(settings.suppliers?.map((r) => r.name)).toEqual(["Kyoto Seiki", "东莞精密"]);
    expect(settings.suppliers?.[1].escalationOffsets).toEqual([-3, 1, 5, 10]);
    expect(settings.buyerName).toBeUndefined(); // cleared
    expect(errors).toEqual([{ field: "suppliers", code: "invalidSupplier", value: { name: "", letterLang: null, escalationOffsets: null, minGap: 4, transitDays: null } }]);
  });

  it.each<[Lang, string[]]>([
    ["en", ["Per-supplier rules", "Language of letters", "No pre-due reminders (trusted supplier)", "Add a supplier", "Japanese"]],
    ["zh-CN", ["按供应商的规则", "催货函语言", "不发到期前提醒（可信供应商）", "添加供应商", "日语"]],
    ["ja", ["仕入先別のルール", "督促状の言語", "納期前リマインドを送らない（信頼できる仕入先）", "仕入先を追加", "日本語"]],
  ])("the section reads in %s", (lang, texts) => {
    const html = renderToString(
      <I18nContext.Provider value={makeI18n(lang)}>
        <SupplierRulesSection text={supplierRulesToText(stored)} onChange={() => undefined} errors={{}} />
      </I18nContext.Provider>,
    );
    for (const text of texts) expect(html).toContain(text);
    expect(html).toContain('value="Kyoto Seiki"');
  });
});
