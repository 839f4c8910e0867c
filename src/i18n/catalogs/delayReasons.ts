import { defineCatalog } from "../i18n";

/**
 * Labels of the default delay-reason codes (DESIGN.md "Delay reasons"). The register and the chase
 * log keep the code; the pane shows the label, and a label typed in any language reads back as its code.
 */
export const delayReasonCatalog = defineCatalog({
  en: {
    "Supplier capacity": "Supplier capacity",
    "Supplier technical": "Supplier technical",
    "Supplier quality/rework": "Supplier quality/rework",
    "Raw material shortage": "Raw material shortage",
    "Our spec unclear": "Our spec unclear",
    "Our late order/change": "Our late order/change",
    "Price dispute": "Price dispute",
    Transport: "Transport",
    Customs: "Customs",
    Communication: "Communication",
    Other: "Other",
  },
  "zh-CN": {
    "Supplier capacity": "供应商产能不足",
    "Supplier technical": "供应商技术问题",
    "Supplier quality/rework": "供应商质量问题/返工",
    "Raw material shortage": "原材料短缺",
    "Our spec unclear": "我方规格不明确",
    "Our late order/change": "我方下单延迟/变更",
    "Price dispute": "价格争议",
    Transport: "运输延误",
    Customs: "清关延误",
    Communication: "沟通问题",
    Other: "其他",
  },
  ja: {
    "Supplier capacity": "仕入先の生産能力不足",
    "Supplier technical": "仕入先の技術的問題",
    "Supplier quality/rework": "仕入先の品質不良・手直し",
    "Raw material shortage": "原材料不足",
    "Our spec unclear": "当社仕様の不明確",
    "Our late order/change": "当社の発注遅れ・変更",
    "Price dispute": "価格交渉の難航",
    Transport: "輸送遅延",
    Customs: "通関遅延",
    Communication: "連絡不備",
    Other: "その他",
  },
});
export type DelayReasonKey = keyof (typeof delayReasonCatalog)["en"];
