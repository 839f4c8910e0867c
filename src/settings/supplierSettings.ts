/**
 * Per-supplier rules (DESIGN.md "Per supplier"): the language of its letters, exemption from
 * pre-due reminders (trusted suppliers), its own escalation offsets, minimum gap and transit days.
 * Each field is optional: a supplier without one follows the workbook's rule.
 */
export type LetterLang = "en" | "zh-CN" | "ja";
export const LETTER_LANGS: readonly LetterLang[] = ["en", "zh-CN", "ja"];

export interface SupplierSettings {
  /** The supplier's name as the register writes it (matched ignoring case, width and extra spaces). */
  name: string;
  letterLang?: LetterLang;
  /** No reminder before the due date: the first letter is the level-1 reminder. */
  preDueExempt?: boolean;
  /** As Settings.escalationOffsets: [pre-due, level 1, level 2, level 3] working days from the due date. */
  escalationOffsets?: readonly [number, number, number, number];
  minGap?: number;
  /** Working days from shipment to arrival (for the predicted arrival). */
  transitDays?: number;
}

/** Bounds a stored record cannot go past (a buyer's supplier base; a name a person would type). */
export const MAX_SUPPLIERS = 1000;
export const MAX_TEXT_SETTING_LENGTH = 100;
