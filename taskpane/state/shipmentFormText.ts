/** The chase form's shipment and receipt fields as typed, and reading them into a ShipmentDraft. */
import { SHIPMENT_CHANGE_FIELDS, isDateField, isNumberField } from "../../src/followup/applyChase";
import { readDateInput } from "./dateInput";
import type { ShipmentDraft } from "./services";

/** The engine's shipment fields, in its order; which are dates or quantities is the engine's too (isDateField, isNumberField). */
export const SHIPMENT_FIELDS = SHIPMENT_CHANGE_FIELDS;
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
  const read = shipment as Record<ShipmentField, number | string>;
  for (const field of SHIPMENT_FIELDS) {
    const typed = text?.[field] ?? "";
    const value = isDateField(field) ? readDateInput(typed) : isNumberField(field) ? readQtyInput(typed) : typed.trim() || null;
    if (value === undefined) errors[field] = isDateField(field) ? "date" : "qty";
    else if (value !== null) read[field] = value;
  }
  return Object.keys(errors).length > 0 ? { shipment: null, errors } : { shipment, errors: null };
}
