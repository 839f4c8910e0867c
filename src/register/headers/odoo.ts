import type { ErpLabel } from "./types";

// Odoo 14–18 purchase order lines and Purchase Analysis (purchase.report); OpenERP 6.1 for the
// Chinese labels (the zh_CN translation stored for that version).
const ODOO_POL = "odoo/odoo addons/purchase/models/purchase_order_line.py (field strings)";
const ODOO_PO = "odoo/odoo addons/purchase/models/purchase_order.py (date_order 'Order Deadline')";
const ODOO_REPORT = "index id 17697739: odoo/odoo addons/purchase/report/purchase_report.py @ b7115cc (Odoo 14, Purchase Analysis)";
const OPENERP_REPORT = "odoo/odoo addons/purchase/report/purchase_report.py @ 0009962 (OpenERP 6.1: expected_date 'Expected Date')";
const ODOO16_JA = "odoo/odoo addons/purchase/i18n/ja.po @ 000472c (Odoo 16.0 ja translation of the purchase fields)";
const OPENERP_ZH = "odoo/odoo addons/purchase/i18n/zh_CN.po @ 0009962 (OpenERP 6.1 zh_CN translation of the purchase fields)";

export const ODOO_LABELS: readonly ErpLabel[] = [
  { text: "Order Deadline", field: "orderDate", tier: "synonym", system: "Odoo", source: ODOO_PO },
  { text: "Confirmation Date", field: "orderDate", tier: "weak", system: "Odoo", source: ODOO_REPORT },
  { text: "Partner", field: "supplier", tier: "weak", system: "Odoo", source: ODOO_POL },
  // The order's earliest planned arrival (minimum_planned_date): the date the buyer asked for. Weak: in
  // other sheets an "expected date" can be the supplier's.
  { text: "Expected Date", field: "requestedDate", tier: "weak", system: "Odoo", source: OPENERP_REPORT },
  // "Qty Ordered", "Qty Received", "Vendor", "Order", "Purchase Representative" (ODOO_REPORT): matched through SYNONYMS.
  // Chinese labels (OPENERP_ZH): 单号 = Order Reference, 业务伙伴 = Partner, 产品 = Product, 计划日期 = Scheduled
  // Date (date_planned), 预计日期 = Expected Date. 订单日期, 供应商, 数量, 单价, 订单状态, 负责人 are in SYNONYMS.
  { text: "单号", field: "poNumber", tier: "weak", system: "Odoo (zh)", source: OPENERP_ZH },
  { text: "业务伙伴", field: "supplier", tier: "weak", system: "Odoo (zh)", source: OPENERP_ZH },
  { text: "产品", field: "item", tier: "weak", system: "Odoo (zh)", source: OPENERP_ZH },
  { text: "计划日期", field: "requestedDate", tier: "synonym", system: "Odoo (zh)", source: OPENERP_ZH },
  { text: "预计日期", field: "requestedDate", tier: "weak", system: "Odoo (zh)", source: OPENERP_ZH },
  // Japanese labels (ODOO16_JA): オーダ参照 = Order Reference, プロダクト = Product, 説明 = Description,
  // オーダ日 = Order Date, オーダ締切 = Order Deadline, オーダ数量 = Qty Ordered, オーダ = Order, 確認日 = Confirmation Date. 取引先 (Partner),
  // 仕入先 (Vendor), 数量, 入荷済数量, 単価, 通貨, 購買担当者 are in SYNONYMS; 入荷予定日 (Expected Arrival) is a
  // promised date in SYNONYMS, as Japanese sheets use it, and Odoo's help calls it "expected from vendor".
  { text: "オーダ参照", field: "poNumber", tier: "synonym", system: "Odoo (ja)", source: ODOO16_JA },
  { text: "オーダ", field: "poNumber", tier: "weak", system: "Odoo (ja)", source: ODOO16_JA },
  { text: "プロダクト", field: "item", tier: "weak", system: "Odoo (ja)", source: ODOO16_JA },
  { text: "説明", field: "description", tier: "weak", system: "Odoo (ja)", source: ODOO16_JA },
  { text: "オーダ日", field: "orderDate", tier: "synonym", system: "Odoo (ja)", source: ODOO16_JA },
  { text: "オーダ締切", field: "orderDate", tier: "synonym", system: "Odoo (ja)", source: ODOO16_JA },
  { text: "確認日", field: "orderDate", tier: "weak", system: "Odoo (ja)", source: ODOO16_JA },
  { text: "オーダ数量", field: "orderedQty", tier: "synonym", system: "Odoo (ja)", source: ODOO16_JA },
];
