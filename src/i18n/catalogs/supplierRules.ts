import { defineCatalog } from "../i18n";

/**
 * Texts of the Settings view's per-supplier rules section (taskpane/views/settings/SupplierRulesSection.tsx),
 * apart from the settings catalogue so they load with the Settings view, not with the pane's first page.
 */
export const supplierRulesCatalog = defineCatalog({
  en: {
    supplierSectionHint: "Leave a box blank to use the workbook's rule for that supplier.",
    supplierName: "Supplier (as in the register)",
    supplierLetterLang: "Language of letters",
    supplierLangDefault: "The buyer's language",
    langEn: "English",
    langZhCn: "Chinese (Simplified)",
    langJa: "Japanese",
    supplierPreDueExempt: "No pre-due reminders (trusted supplier)",
    supplierOffsets: "Own escalation offsets (working days)",
    supplierMinGap: "Own minimum gap (working days)",
    supplierTransitDays: "Transit days",
    supplierAdd: "Add a supplier",
    supplierRemove: "Remove {supplier}",
  },
  "zh-CN": {
    supplierSectionHint: "留空的项目按本工作簿的规则处理。",
    supplierName: "供应商（与台账一致）",
    supplierLetterLang: "催货函语言",
    supplierLangDefault: "采购员的界面语言",
    langEn: "英语",
    langZhCn: "简体中文",
    langJa: "日语",
    supplierPreDueExempt: "不发到期前提醒（可信供应商）",
    supplierOffsets: "专用升级节点（工作日）",
    supplierMinGap: "专用最小催货间隔（工作日）",
    supplierTransitDays: "运输天数",
    supplierAdd: "添加供应商",
    supplierRemove: "删除 {supplier}",
  },
  ja: {
    supplierSectionHint: "空欄の項目には、このブックのルールが適用されます。",
    supplierName: "仕入先（台帳の表記どおり）",
    supplierLetterLang: "督促状の言語",
    supplierLangDefault: "担当者の表示言語",
    langEn: "英語",
    langZhCn: "中国語（簡体字）",
    langJa: "日本語",
    supplierPreDueExempt: "納期前リマインドを送らない（信頼できる仕入先）",
    supplierOffsets: "専用のエスカレーション日数（営業日）",
    supplierMinGap: "専用の最小督促間隔（営業日）",
    supplierTransitDays: "輸送日数",
    supplierAdd: "仕入先を追加",
    supplierRemove: "{supplier} を削除",
  },
});
