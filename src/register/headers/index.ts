/**
 * The header dictionary of ERP exports, one file per system family: the labels each system puts on
 * its purchase-order line columns, each with the public source it was read from (see types.ts).
 */
import type { ErpLabel, OtherErpHeader } from "./types";
import { SAP_LABELS, SAP_OTHER_HEADERS } from "./sap";
import { ODOO_LABELS } from "./odoo";
import { ERPNEXT_LABELS } from "./erpnext";
import { MICROSOFT_LABELS } from "./microsoft";
import { ORACLE_LABELS } from "./oracle";
import { QUICKBOOKS_LABELS } from "./quickbooks";
import { CHINA_LABELS, CHINA_OTHER_HEADERS } from "./china";
import { SMALL_ERP_LABELS, SMALL_ERP_OTHER_HEADERS } from "./smallErp";

export type { ErpLabel, ErpSystem, OtherErpHeader } from "./types";

const ISSUE = "issue 18: headers measured as not recognised";

/** Headers the issue measured as missed ("Recv qty" is in SYNONYMS). */
const MEASURED_LABELS: readonly ErpLabel[] = [
  { text: "Ln", field: "line", tier: "weak", system: "issue 18", source: ISSUE },
  { text: "Promised", field: "promisedDate", tier: "weak", system: "issue 18", source: ISSUE },
];

export const ERP_LABELS: readonly ErpLabel[] = [
  ...SAP_LABELS,
  ...ODOO_LABELS,
  ...ERPNEXT_LABELS,
  ...MICROSOFT_LABELS,
  ...ORACLE_LABELS,
  ...QUICKBOOKS_LABELS,
  ...CHINA_LABELS,
  ...SMALL_ERP_LABELS,
  ...MEASURED_LABELS,
];

/**
 * ERP headers that contain a dictionary term but are something else; they name no field and are
 * never matched partially.
 */
export const OTHER_ERP_HEADERS: readonly OtherErpHeader[] = [...SAP_OTHER_HEADERS, ...CHINA_OTHER_HEADERS, ...SMALL_ERP_OTHER_HEADERS];
