import type { FieldKey } from "../../src/model";
import { LANGS } from "../../src/i18n/i18n";
import { DUE_DATE_FIELDS, FIELDS, FIELD_KEYS, REQUIRED_FIELDS, fieldKind, fieldLabel } from "../../src/register/fields";

test("the schema lists every PoLine field once", () => {
  // 26 fields + 7 for shipment and quality at receipt (ship date, ETA, port arrival, carrier, accepted/rejected/returned qty)
  // + the sales order's need date (customer impact).
  expect(new Set(FIELD_KEYS).size).toBe(34);
  expect(FIELD_KEYS).toHaveLength(34);
});

test("required: PO, supplier, ordered qty (and one of the two due dates, checked separately)", () => {
  expect(REQUIRED_FIELDS).toEqual(["poNumber", "supplier", "orderedQty"]);
  expect(DUE_DATE_FIELDS).toEqual(["requestedDate", "promisedDate"]);
});

test("kinds", () => {
  const kinds = Object.fromEntries(FIELDS.map((f) => [f.key, f.kind])) as Record<FieldKey, string>;
  expect(Object.keys(kinds).filter((k) => kinds[k as FieldKey] === "date")).toEqual([
    "orderDate",
    "requestedDate",
    "promisedDate",
    "committedDate",
    "receivedDate",
    "lastChaseDate",
    "nextChaseDate",
    "shipDate",
    "eta",
    "portArrivalDate",
    "soNeedDate",
  ]);
  expect(Object.keys(kinds).filter((k) => kinds[k as FieldKey] === "number")).toEqual([
    "orderedQty",
    "receivedQty",
    "unitPrice",
    "acceptedQty",
    "rejectedQty",
    "returnedQty",
  ]);
  expect(fieldKind("lifecycle")).toBe("lifecycle");
  expect(fieldKind("inspection")).toBe("inspection");
});

test("a label in every language, distinct within a language", () => {
  expect(fieldLabel("promisedDate", "en")).toBe("Promised date");
  expect(fieldLabel("promisedDate", "zh-CN")).toBe("承诺交期");
  expect(fieldLabel("promisedDate", "ja")).toBe("回答納期");
  for (const lang of LANGS) {
    const labels = FIELD_KEYS.map((k) => fieldLabel(k, lang));
    expect(new Set(labels).size).toBe(labels.length);
  }
});
