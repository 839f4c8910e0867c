/** What the buyer types in a date field of the pane: ISO-like dates only (unambiguous in every language). */
import type { Serial } from "../../src/model";
import { serialFromYmd } from "../../src/dates/serial";

/** Reads "2026-11-20" (also 2026/11/20, 2026.11.20) typed in a date field: a serial, null when blank, undefined when not a date. */
export function readDateInput(text: string): Serial | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(trimmed);
  if (!match) return undefined;
  return serialFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}
