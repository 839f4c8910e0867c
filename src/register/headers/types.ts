import type { FieldKey } from "../../model";

/**
 * One column label of an ERP's purchase-order line export, with the public source it was read from.
 * `field: "openQty"` marks an open (still to be delivered) quantity, read like OPEN_QTY_HEADERS.
 * Tiers as in SYNONYMS: "primary" = exact, "synonym" = synonym (and partial inside longer headers),
 * "weak" = only the whole header, beaten by any stronger match of the same field (for labels that
 * mean something else outside that system).
 *
 * Sources named "index id N" are public GitHub files found with the code search of this project's
 * research tools (file ids of that index); they are programs that read or write the system's own
 * export, so the header texts are the system's, not theirs. Where no primary source was found for a
 * system, it has no entry: nothing here is invented.
 */
export interface ErpLabel {
  text: string;
  field: FieldKey | "openQty";
  tier: "primary" | "synonym" | "weak";
  system: ErpSystem;
  source: string;
}

export type ErpSystem =
  | "SAP ECC/S4 (en)"
  | "SAP ECC/S4 (de)"
  | "SAP ECC/S4 (zh)"
  | "SAP ECC/S4 (ja)"
  | "SAP Business One"
  | "Odoo"
  | "Odoo (zh)"
  | "Odoo (ja)"
  | "ERPNext"
  | "Dynamics 365 Business Central"
  | "Dynamics 365 F&O"
  | "NetSuite"
  | "QuickBooks"
  | "Kingdee K/3 Cloud"
  | "Yonyou U8/NC"
  | "Oracle EBS/Fusion"
  | "Deltek Vision"
  | "Somax"
  | "Vision (wholesale)"
  | "issue 18";

/** A header that contains a dictionary term but is something else: it names no field. */
export interface OtherErpHeader {
  text: string;
  source: string;
}
