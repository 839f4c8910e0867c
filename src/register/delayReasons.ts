/**
 * Delay reasons as a person reads them and as the workbook keeps them. Cells keep the settings' code
 * (the team's own words, English for the defaults); the pane shows a default code in its language.
 * Reading goes the other way: a cell holding the code or any language's label of a configured code
 * means that code, so a reason typed in Japanese or Chinese is counted and shown like the English one.
 */
import { LANGS, translator, type Lang } from "../i18n/i18n";
import { delayReasonCatalog, type DelayReasonKey } from "../i18n/catalogs/delayReasons";
import { normalizeHeader } from "./normalizeHeader";

const DEFAULT_CODES = Object.keys(delayReasonCatalog.en) as DelayReasonKey[];
/** Normalized default code → its catalogue key (matched ignoring case, spacing and punctuation). */
const DEFAULT_KEY: ReadonlyMap<string, DelayReasonKey> = new Map(DEFAULT_CODES.map((code) => [normalizeHeader(code), code]));
/** Normalized label in any language (and the code itself) → the default code it stands for. */
const LABEL_KEY: ReadonlyMap<string, DelayReasonKey> = new Map(
  DEFAULT_CODES.flatMap((code) =>
    [code, ...LANGS.map((lang) => String(delayReasonCatalog[lang][code]))].map((label) => [normalizeHeader(label), code] as const),
  ),
);

/** The label of a code in `lang`: a default code is translated, the team's own codes are shown as written. */
export function delayReasonLabel(code: string, lang: Lang): string {
  const key = DEFAULT_KEY.get(normalizeHeader(code));
  return key === undefined ? code : translator(delayReasonCatalog, lang)(key);
}

/**
 * The configured code a cell's text stands for: the code itself (ignoring case and spaces at the
 * ends), else a default code's label in any of the three languages (ignoring case, spacing and
 * punctuation) when that code is configured; null when blank or not a configured code.
 */
export function delayReasonCode(text: string | null | undefined, codes: readonly string[]): string | null {
  const wanted = (text ?? "").trim().toLowerCase();
  if (wanted === "") return null;
  const exact = codes.find((code) => code.trim().toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const key = LABEL_KEY.get(normalizeHeader(wanted));
  if (key === undefined) return null;
  return codes.find((code) => DEFAULT_KEY.get(normalizeHeader(code)) === key) ?? null;
}
