import type { ErpLabel } from "./types";

// Oracle NetSuite (transaction saved searches) and Oracle EBS / Fusion (PO schedules).
const NETSUITE = "index id 55229305957: NetSuite PO receiving saved-search export row";
const NETSUITE_LABEL = "index id 29310458050 / 39515182344: NetSuite saved-search column labels";

export const ORACLE_LABELS: readonly ErpLabel[] = [
  { text: "Document Number", field: "poNumber", tier: "synonym", system: "NetSuite", source: NETSUITE },
  // NetSuite calls the vendor "Name"; SYNONYMS has "Name" as a weak description: with a supplier column
  // elsewhere the description wins, else the supplier (detectColumns resolves the tie).
  { text: "Name", field: "supplier", tier: "weak", system: "NetSuite", source: NETSUITE },
  { text: "Quantity Fulfilled/Received", field: "receivedQty", tier: "synonym", system: "NetSuite", source: NETSUITE_LABEL },
  { text: "Quantity Remaining", field: "openQty", tier: "synonym", system: "NetSuite", source: NETSUITE },
  { text: "Due Date/Receive By", field: "requestedDate", tier: "synonym", system: "NetSuite", source: NETSUITE },
  // NetSuite "Expected Receipt Date" (NETSUITE_LABEL): matched through SYNONYMS.
  // Oracle EBS/Fusion "Need-By Date", "Promised Date" (PO schedule columns NEED_BY_DATE, PROMISED_DATE,
  // https://docs.oracle.com/en/cloud/saas/supply-chain-and-manufacturing/24c/oedsc/cmrpurchaseorderinfov-5660.html)
  // and "Requested Delivery Date", "Promised Delivery Date" (PO_SCO_INTEGRATION_V,
  // https://docs.oracle.com/en/cloud/saas/procurement/25c/oedmp/poscointegrationv-5827.html): matched through SYNONYMS.
  // No whole Oracle export header row was found: none is tested as a row.
];
