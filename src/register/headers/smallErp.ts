import type { ErpLabel, OtherErpHeader } from "./types";

// Smaller ERPs whose purchase-order reports document their columns: Deltek Vision, Somax and Vision
// (wholesale distribution). Labels already in SYNONYMS ("PO Number", "Vendor Name", "Due Date", "Open Qty"…)
// are not repeated here.
const DELTEK_RECEIVED = "https://api.deltek.com/Product/DeltekPS/1.1/rept_Received_PO_Items_Columns_Tab1.html";
const SOMAX = "https://help.somax.com/support/solutions/articles/6000275800-open-purchase-orders-by-vendor";
const VISION = "https://visionsoftware.atlassian.net/wiki/pages/viewpage.action?pageId=1224278385 (Outstanding POs by product)";

export const SMALL_ERP_LABELS: readonly ErpLabel[] = [
  // "The date and time on which the items were received." Weak: elsewhere a "receive date" can be planned.
  { text: "Receive Date", field: "receivedDate", tier: "weak", system: "Deltek Vision", source: DELTEK_RECEIVED },
  { text: "Part ID", field: "item", tier: "synonym", system: "Somax", source: SOMAX },
  // "Date the Purchase Order was Created".
  { text: "Create Date", field: "orderDate", tier: "weak", system: "Somax", source: SOMAX },
  // "Estimated Delivery Date", like "Estimated arrival" in SYNONYMS: the date the buyer expects now.
  { text: "Est Delivery", field: "promisedDate", tier: "weak", system: "Somax", source: SOMAX },
  // "The Name of the Supplier" ("Account" is its code).
  { text: "Account Name", field: "supplier", tier: "weak", system: "Vision (wholesale)", source: VISION },
];

export const SMALL_ERP_OTHER_HEADERS: readonly OtherErpHeader[] = [
  // "The Supplier Reference": the supplier's own order number, not the supplier.
  { text: "SupplierRef", source: VISION },
];
