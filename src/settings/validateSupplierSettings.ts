/**
 * The per-supplier rules and the letters' signature as stored → usable values, repaired item by item
 * like the other settings: an unusable field of one supplier is dropped (that supplier follows the
 * workbook's rule for it) and reported with the supplier's name; the rest is kept. Never throws.
 * Two entries for one supplier are both kept; the engine's lookup uses the first (src/followup/supplierRules.ts).
 */
import type { Settings } from "./settings";
import { LETTER_LANGS, MAX_SUPPLIERS, MAX_TEXT_SETTING_LENGTH, type LetterLang, type SupplierSettings } from "./supplierSettings";

/** The checks validateSettings already makes, handed in (no import cycle): a problem code, or null when fine. */
export interface FieldChecks {
  days: (value: unknown) => string | null;
  offsets: (value: unknown) => string | null;
  toNumber: (value: unknown) => number | undefined;
}

type Report = (
  field: "suppliers" | "buyerName" | "companyName",
  code: "invalidSupplier" | "invalidText" | "tooMany",
  value: unknown,
) => void;

export function supplierRules(raw: unknown, report: Report, checks: FieldChecks): SupplierSettings[] {
  if (!Array.isArray(raw)) {
    report("suppliers", "invalidSupplier", raw);
    return [];
  }
  if (raw.length > MAX_SUPPLIERS) report("suppliers", "tooMany", raw.length);
  const result: SupplierSettings[] = [];
  for (const item of raw.slice(0, MAX_SUPPLIERS)) {
    const entry = isRecord(item) ? item : {};
    const name = typeof entry.name === "string" ? entry.name.trim() : "";
    if (name === "" || name.length > MAX_TEXT_SETTING_LENGTH) {
      report("suppliers", "invalidSupplier", name || item);
      continue;
    }
    const rule: SupplierSettings = { name };
    let faulty = false;
    if (entry.letterLang !== undefined && entry.letterLang !== null) {
      if (LETTER_LANGS.includes(entry.letterLang as LetterLang)) rule.letterLang = entry.letterLang as LetterLang;
      else faulty = true;
    }
    if (entry.preDueExempt !== undefined) {
      if (typeof entry.preDueExempt === "boolean") rule.preDueExempt = entry.preDueExempt;
      else faulty = true;
    }
    if (entry.escalationOffsets !== undefined && entry.escalationOffsets !== null) {
      if (checks.offsets(entry.escalationOffsets) === null)
        rule.escalationOffsets = (entry.escalationOffsets as unknown[]).map(checks.toNumber) as unknown as Settings["escalationOffsets"];
      else faulty = true;
    }
    for (const field of ["minGap", "transitDays"] as const) {
      const value = entry[field];
      if (value === undefined || value === null || value === "") continue;
      if (checks.days(value) === null) rule[field] = checks.toNumber(value);
      else faulty = true;
    }
    if (faulty) report("suppliers", "invalidSupplier", name);
    result.push(rule);
  }
  return result;
}

/** A name for the letters' signature: text up to MAX_TEXT_SETTING_LENGTH characters, trimmed. */
export function signatureText(raw: unknown, field: "buyerName" | "companyName", report: Report): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === "string" && raw.trim().length <= MAX_TEXT_SETTING_LENGTH) return raw.trim() || undefined;
  report(field, "invalidText", raw);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
