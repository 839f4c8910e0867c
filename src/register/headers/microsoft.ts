import type { ErpLabel } from "./types";

// Microsoft Dynamics 365: Business Central (table 39 "Purchase Line", page 518 "Purchase Lines") and
// Finance & Operations (data entities, exported with their field names as headers).
const BC_LINE = "https://microsoft.github.io/BCApps/reference/base-application/Table/Microsoft.Purchases.Document.Purchase-Line.html";
const BC_ARCHIVE =
  "https://learn.microsoft.com/en-us/dynamics365/business-central/application/base-application/table/microsoft.purchases.archive.purchase-line-archive";
const BC_HEADER = "index id 46229181420 / 21671664555: Business Central purchase document pages (Buy-from Vendor Name)";
const FO_RESPONSE_LINE =
  "https://learn.microsoft.com/en-us/common-data-model/schema/core/operationscommon/entities/supplychain/procurementandsourcing/purchaseorderresponselineentity";

export const MICROSOFT_LABELS: readonly ErpLabel[] = [
  { text: "Document No.", field: "poNumber", tier: "weak", system: "Dynamics 365 Business Central", source: BC_LINE },
  { text: "Buy-from Vendor No.", field: "supplier", tier: "synonym", system: "Dynamics 365 Business Central", source: BC_LINE },
  { text: "Buy-from Vendor Name", field: "supplier", tier: "primary", system: "Dynamics 365 Business Central", source: BC_HEADER },
  { text: "Direct Unit Cost", field: "unitPrice", tier: "synonym", system: "Dynamics 365 Business Central", source: BC_ARCHIVE },
  // "Outstanding Quantity", "Quantity Received" (BC_ARCHIVE): matched through SYNONYMS / OPEN_QTY_HEADERS.
  { text: "Requested Receipt Date", field: "requestedDate", tier: "synonym", system: "Dynamics 365 Business Central", source: BC_LINE },
  { text: "Promised Receipt Date", field: "promisedDate", tier: "synonym", system: "Dynamics 365 Business Central", source: BC_LINE },
  { text: "Expected Receipt Date", field: "requestedDate", tier: "weak", system: "Dynamics 365 Business Central", source: BC_ARCHIVE },
  { text: "Purchaser Code", field: "buyer", tier: "synonym", system: "Dynamics 365 Business Central", source: BC_LINE },
  // F&O's ItemNumber is the product (SYNONYMS keeps "Item number" as a weak line number, for sheets that say so).
  { text: "Item number", field: "item", tier: "synonym", system: "Dynamics 365 F&O", source: FO_RESPONSE_LINE },
  // "PurchaseOrderNumber", "RequestedDeliveryDate", "ConfirmedDeliveryDate", "PurchasePrice" (FO_RESPONSE_LINE):
  // matched through SYNONYMS (headers are compared without spaces or case).
];
