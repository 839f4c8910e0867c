import type { ErpLabel } from "./types";

// QuickBooks Desktop "Open Purchase Orders Detail". Sage and Zoho Inventory: no export header row with
// a public source was found (Zoho documents the "Expected date of delivery" field only by its screen
// label, https://www.zoho.com/us/inventory/kb/purchase-order/po-delivery-date.md), so they have no entry.
const QUICKBOOKS = "index id 754589638: Excel add-in over a QuickBooks 'Open Purchase Orders Detail' export";

export const QUICKBOOKS_LABELS: readonly ErpLabel[] = [
  { text: "Num", field: "poNumber", tier: "weak", system: "QuickBooks", source: QUICKBOOKS },
  { text: "Source Name", field: "supplier", tier: "synonym", system: "QuickBooks", source: QUICKBOOKS },
  // "Deliv Date" (QUICKBOOKS): matched through SYNONYMS.
  { text: "Rcv'd", field: "receivedQty", tier: "synonym", system: "QuickBooks", source: QUICKBOOKS },
  // Weak: Deltek's "Back Ordered" is a Yes/No flag beside its real "Open Qty" (headers/smallErp.ts).
  { text: "Backordered", field: "openQty", tier: "weak", system: "QuickBooks", source: QUICKBOOKS },
];
