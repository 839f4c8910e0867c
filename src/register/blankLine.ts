import type { FieldKey, PoLine } from "../model";
import { FIELD_KEYS } from "./fields";

const BLANK_FIELDS = Object.freeze(Object.fromEntries(FIELD_KEYS.map((key) => [key, null])) as Record<FieldKey, null>);

/**
 * A register line with every field blank (null) except those given: for lines built from a few
 * formula arguments (PO.* functions) and for tests. The key follows parseRegister's rule.
 */
export function blankLine(fields: Partial<PoLine> = {}): PoLine {
  const po = fields.poNumber ?? "";
  const key = fields.key ?? (fields.line ? `${po}/${fields.line}` : po);
  return { index: 0, sheetRow: 0, ...BLANK_FIELDS, ...fields, key };
}
