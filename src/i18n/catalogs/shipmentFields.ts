import { defineCatalog } from "../i18n";

/**
 * Shipment texts outside the Line view's timeline (issue 12): the chase form's shipment and receipt fields
 * (also named in save errors) and Today's "ship by" / "in transit" marks and at-risk list. Kept apart
 * from the timeline catalogue, which loads with the Line view, to keep the pane's first page small.
 */
export const shipmentFieldsCatalog = defineCatalog({
  en: {
    shipmentFields: "Shipment and receipt",
    shipDateField: "Ship date (ETD)",
    etaField: "ETA",
    carrierField: "Carrier",
    trackingField: "Tracking no.",
    acceptedQtyField: "Accepted qty",
    rejectedQtyField: "Rejected qty",
    notAQty: "Not a quantity (0 or more).",
    shipByMark: "ship by {date}",
    inTransitMark: "in transit · {ref}",
    inTransitBare: "in transit",
    etaLateMark: "ETA {date} late",
    todayRiskTitle: "At risk before they are late: {count}",
  },
  "zh-CN": {
    shipmentFields: "出货与收货",
    shipDateField: "出货日期（ETD）",
    etaField: "预计到货（ETA）",
    carrierField: "承运商",
    trackingField: "运单号",
    acceptedQtyField: "合格数量",
    rejectedQtyField: "不合格数量",
    notAQty: "请输入 0 或以上的数量。",
    shipByMark: "须于 {date} 前出货",
    inTransitMark: "在途 · {ref}",
    inTransitBare: "在途",
    etaLateMark: "ETA {date} 晚于交期",
    todayRiskTitle: "尚未逾期但有进度风险：{count} 行",
  },
  ja: {
    shipmentFields: "出荷・受入",
    shipDateField: "出荷日（ETD）",
    etaField: "着荷予定（ETA）",
    carrierField: "運送会社",
    trackingField: "追跡番号",
    acceptedQtyField: "合格数",
    rejectedQtyField: "不合格数",
    notAQty: "0 以上の数量を入力してください。",
    shipByMark: "{date} までに出荷",
    inTransitMark: "輸送中 · {ref}",
    inTransitBare: "輸送中",
    etaLateMark: "ETA {date} 遅れ",
    todayRiskTitle: "納期前の工程リスク：{count} 件",
  },
});

export type ShipmentFieldsKey = keyof (typeof shipmentFieldsCatalog)["en"];
