import type { ErpLabel } from "./types";

// ERPNext: Purchase Order Analysis, Procurement Tracker, Purchase Order Items To Be Received, and the
// Purchase Order Item doctype.
const ERPNEXT_PT = "frappe/erpnext erpnext/buying/report/procurement_tracker/procurement_tracker.py";
const ERPNEXT_TBR =
  "frappe/erpnext erpnext/stock/report/purchase_order_items_to_be_received/purchase_order_items_to_be_received.json (query column labels)";
const ERPNEXT_POI = "frappe/erpnext erpnext/buying/doctype/purchase_order_item/purchase_order_item.json @ b251a3b (field labels)";

export const ERPNEXT_LABELS: readonly ErpLabel[] = [
  { text: "Purchase Order Date", field: "orderDate", tier: "synonym", system: "ERPNext", source: ERPNEXT_PT },
  // Procurement Tracker labels the line's Required By so; elsewhere it can be the supplier's date: weak.
  { text: "Expected Delivery Date", field: "requestedDate", tier: "weak", system: "ERPNext", source: ERPNEXT_PT },
  // schedule_date, the line's required-by date, before ERPNext named it "Required By".
  { text: "Reqd by Date", field: "requestedDate", tier: "synonym", system: "ERPNext", source: ERPNEXT_TBR },
  // "Required By", "Pending Qty", "Qty to Receive", "Received Qty", "Item Name": matched through SYNONYMS / OPEN_QTY_HEADERS.
  // The supplier's own part number: an item code, never the supplier (it would be found inside it).
  { text: "Supplier Part Number", field: "item", tier: "weak", system: "ERPNext", source: ERPNEXT_POI },
];
