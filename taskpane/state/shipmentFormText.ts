/** The chase form's shipment and receipt fields as typed, and reading them into a ShipmentDraft. */
import { readDateInput } from "./dateInput";
import type { ShipmentDraft } from "./services";

export const SHIPMENT_DATE_FIELDS = ["shipDate", "eta"] as const;
export const SHIPMENT_TEXT_FIELDS = ["carrier", "tracking"] as const;
export const SHIPMENT_QTY_FIELDS = ["acceptedQty", "rejectedQty"] as const;
export const SHIPMENT_FIELDS = [...SHIPMENT_DATE_FIELDS, ...SHIPMENT_TEXT_FIELDS, ...SHIPMENT_QTY_FIELDS] as const;
export type ShipmentField = (typeof SHIPMENT_FIELDS)[number];

export function isShipmentField(field: string): field is ShipmentField {
  return (SHIPMENT_FIELDS as readonly string[]).includes(field);
}

export type ShipmentFormText = Partial<Record<ShipmentField, string>>;
/** "date": not a date; "qty": not a quantity of zero or more. */
export type ShipmentFieldErrors = Partial<Record<ShipmentField, "date" | "qty">>;

/** Reads "90", "1,200" or "12.5"; null when blank, undefined when not a quantity of zero or more. */
export function readQtyInput(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/[,，\s]/g, "");
  if (trimmed === "") return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The fields typed (blank ones are left out: the register keeps its value), or which could not be read. */
export function readShipmentForm(text: ShipmentFormText | undefined): { shipment: ShipmentDraft; errors: null } | { shipment: null; errors: ShipmentFieldErrors } {
  const shipment: ShipmentDraft = {};
  const errors: ShipmentFieldErrors = {};
  for (const field of SHIPMENT_DATE_FIELDS) {
    const value = readDateInput(text?.[field] ?? "");
    if (value === undefined) errors[field] = "date";
    else if (value !== null) shipment[field] = value;
  }
  for (const field of SHIPMENT_TEXT_FIELDS) {
    const value = (text?.[field] ?? "").trim();
    if (value !== "") shipment[field] = value;
  }
  for (const field of SHIPMENT_QTY_FIELDS) {
    const value = readQtyInput(text?.[field] ?? "");
    if (value === undefined) errors[field] = "qty";
    else if (value !== null) shipment[field] = value;
  }
  return Object.keys(errors).length > 0 ? { shipment: null, errors } : { shipment, errors: null };
}
