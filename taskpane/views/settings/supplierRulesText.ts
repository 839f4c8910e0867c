/**
 * The per-supplier rules and the letters' signature as typed in Settings, and the raw settings they
 * stand for; validateSettings (the engine) judges them with the rest of the form.
 */
import type { Settings } from "../../../src/settings/settings";
import type { LetterLang } from "../../../src/settings/supplierSettings";

export interface SupplierRuleText {
  name: string;
  letterLang: LetterLang | "";
  preDueExempt: boolean;
  /** Four numbers separated by commas or spaces; blank = the workbook's offsets. */
  offsets: string;
  minGap: string;
  transitDays: string;
}

export interface SupplierRulesText {
  buyerName: string;
  companyName: string;
  rules: SupplierRuleText[];
}

export const BLANK_RULE: SupplierRuleText = { name: "", letterLang: "", preDueExempt: false, offsets: "", minGap: "", transitDays: "" };

export function supplierRulesToText(s: Settings): SupplierRulesText {
  return {
    buyerName: s.buyerName ?? "",
    companyName: s.companyName ?? "",
    rules: (s.suppliers ?? []).map((r) => ({
      name: r.name,
      letterLang: r.letterLang ?? "",
      preDueExempt: r.preDueExempt === true,
      offsets: r.escalationOffsets ? r.escalationOffsets.join(", ") : "",
      minGap: r.minGap === undefined ? "" : String(r.minGap),
      transitDays: r.transitDays === undefined ? "" : String(r.transitDays),
    })),
  };
}

/** A number when the text is one, the text when not (the validator reports it), null when blank. */
function numberOrText(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** The raw keys to lay over the rest of the form's settings (null clears a stored name). */
export function supplierRulesToRaw(text: SupplierRulesText): Record<string, unknown> {
  return {
    buyerName: text.buyerName.trim() === "" ? null : text.buyerName,
    companyName: text.companyName.trim() === "" ? null : text.companyName,
    suppliers: text.rules
      // A row left wholly blank is dropped; one with values but no name is kept, for the validator to name.
      .filter((r) => r.name.trim() !== "" || r.letterLang !== "" || r.preDueExempt || r.offsets.trim() !== "" || r.minGap.trim() !== "" || r.transitDays.trim() !== "")
      .map((r) => ({
        name: r.name,
        letterLang: r.letterLang === "" ? null : r.letterLang,
        ...(r.preDueExempt ? { preDueExempt: true } : {}),
        // Commas, Chinese/Japanese commas or spaces between the four numbers.
        escalationOffsets: r.offsets.trim() === "" ? null : r.offsets.trim().split(/[\s,，、]+/).map(numberOrText),
        minGap: numberOrText(r.minGap),
        transitDays: numberOrText(r.transitDays),
      })),
  };
}
