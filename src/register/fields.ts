import type { FieldKey } from "../model";
import { translator, type Lang } from "../i18n/i18n";
import { fieldsCatalog } from "../i18n/catalogs/fields";

/** How a field's cells are read (see cells.ts). */
export type FieldKind = "text" | "number" | "date" | "lifecycle" | "inspection";

export interface FieldSpec {
  key: FieldKey;
  kind: FieldKind;
  /** A line cannot be followed up without it (DESIGN.md "Register fields"). */
  required: boolean;
}

/** Every canonical field, in the order of DESIGN.md (required first within each group). */
export const FIELDS: readonly FieldSpec[] = [
  { key: "poNumber", kind: "text", required: true },
  { key: "line", kind: "text", required: false },
  { key: "supplier", kind: "text", required: true },
  { key: "item", kind: "text", required: false },
  { key: "description", kind: "text", required: false },
  { key: "buyer", kind: "text", required: false },
  { key: "supplierEmail", kind: "text", required: false },
  { key: "orderDate", kind: "date", required: false },
  { key: "requestedDate", kind: "date", required: false },
  { key: "promisedDate", kind: "date", required: false },
  { key: "committedDate", kind: "date", required: false },
  { key: "orderedQty", kind: "number", required: true },
  { key: "receivedQty", kind: "number", required: false },
  { key: "receivedDate", kind: "date", required: false },
  { key: "unitPrice", kind: "number", required: false },
  { key: "currency", kind: "text", required: false },
  { key: "lifecycle", kind: "lifecycle", required: false },
  { key: "stage", kind: "text", required: false },
  { key: "tracking", kind: "text", required: false },
  { key: "delayReason", kind: "text", required: false },
  { key: "lastChaseDate", kind: "date", required: false },
  { key: "nextChaseDate", kind: "date", required: false },
  { key: "inspection", kind: "inspection", required: false },
  { key: "salesOrder", kind: "text", required: false },
  { key: "customer", kind: "text", required: false },
  { key: "notes", kind: "text", required: false },
  // Shipment and quality at receipt (DESIGN.md "Beyond the promised date").
  { key: "shipDate", kind: "date", required: false },
  { key: "eta", kind: "date", required: false },
  { key: "portArrivalDate", kind: "date", required: false },
  { key: "carrier", kind: "text", required: false },
  { key: "acceptedQty", kind: "number", required: false },
  { key: "rejectedQty", kind: "number", required: false },
  { key: "returnedQty", kind: "number", required: false },
  // Customer impact: the sales order's need date.
  { key: "soNeedDate", kind: "date", required: false },
];

export const FIELD_KEYS: readonly FieldKey[] = FIELDS.map((f) => f.key);

/** Columns the register must have. */
export const REQUIRED_FIELDS: readonly FieldKey[] = FIELDS.filter((f) => f.required).map((f) => f.key);

/** The register needs at least one of these two columns (the due date comes from them). */
export const DUE_DATE_FIELDS: readonly ["requestedDate", "promisedDate"] = ["requestedDate", "promisedDate"];

const KIND_BY_KEY = new Map<FieldKey, FieldKind>(FIELDS.map((f) => [f.key, f.kind]));

export function fieldKind(key: FieldKey): FieldKind {
  return KIND_BY_KEY.get(key) ?? "text";
}

/** Short label of a field in the user's language, e.g. "Promised date", "承诺交期", "回答納期". */
export function fieldLabel(key: FieldKey, lang: Lang): string {
  return translator(fieldsCatalog, lang)(key);
}

/** Enumeration comma of each language: "Supplier, Promised date", "供应商、承诺交期", "仕入先、回答納期". */
const LIST_SEPARATOR: Record<Lang, string> = { en: ", ", "zh-CN": "、", ja: "、" };

/** Field labels as a list in a sentence, in the user's language. */
export function fieldList(keys: readonly FieldKey[], lang: Lang): string {
  return keys.map((key) => fieldLabel(key, lang)).join(LIST_SEPARATOR[lang]);
}
