import type { Lang } from "../i18n/i18n";
import { translator } from "../i18n/i18n";
import { settingsCatalog } from "../i18n/catalogs/settings";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import {
  DATE_ORDERS,
  MAX_DELAY_REASONS,
  MAX_DELAY_REASON_LENGTH,
  MAX_HOLIDAYS,
  MAX_SETTING_DAYS,
  PERIOD_KINDS,
  type SettingsError,
} from "./validateSettings";

/**
 * Where a sentence is read. "stored": settings saved in the workbook, which the pipeline replaced by
 * their default (the sentence says so). "form": what the buyer is typing in Rules; nothing is saved or
 * used yet, so the sentence names only the problem (the box it marks carries the setting's label).
 */
export type SettingsErrorContext = "stored" | "form";

/** A sentence for one validateSettings error, in the buyer's language and in the units they type. */
export function describeSettingsError(error: SettingsError, lang: Lang, context: SettingsErrorContext = "stored"): string {
  const t = translator(settingsCatalog, lang);
  const blank = t("blank");
  return t(context === "form" ? `form_${error.code}` : error.code, {
    field: t(error.field),
    value: error.field === "qtyTolerance" ? showPercent(error.value, lang, blank) : showValue(error.value, blank),
    default: showDefault(error.field, lang, blank),
    allowed: (ALLOWED[error.field] ?? []).filter(Boolean).join(", "),
    limit: limitOf(error),
  });
}

/** A setting's label in the buyer's language (e.g. the legend of the escalation offsets). */
export function settingLabel(field: keyof Settings, lang: Lang): string {
  return translator(settingsCatalog, lang)(field);
}

/**
 * The quantity tolerance is stored as a fraction and typed as a percent: 1.5 reads "150 %". Rounded
 * to 6 decimals of a percent so binary fractions do not show (0.07 × 100 = 7.000000000000001).
 */
function showPercent(value: unknown, lang: Lang, blank: string): string {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : NaN;
  if (!Number.isFinite(n)) return showValue(value, blank);
  return percentText(Math.round(n * 100 * 1e6) / 1e6, lang);
}

/** "150 %" in English; Chinese and Japanese write the sign against the number ("150%"). */
function percentText(percent: number, lang: Lang): string {
  return lang === "en" ? `${percent} %` : `${percent}%`;
}

/** The choices of the settings that are a choice (validateSettings: notAChoice). */
const ALLOWED: Partial<Record<keyof Settings, readonly (string | null)[]>> = { periodKind: PERIOD_KINDS, dateOrder: DATE_ORDERS };

/** The bound a tooLarge / tooMany / delayReasonTooLong value went past. */
function limitOf(error: SettingsError): number {
  if (error.code === "delayReasonTooLong") return MAX_DELAY_REASON_LENGTH;
  if (error.code === "tooMany") return error.field === "holidays" ? MAX_HOLIDAYS : MAX_DELAY_REASONS;
  return MAX_SETTING_DAYS;
}

const SHOWN_CHARS = 60;
const SHOWN_ITEMS = 10;

/** The value as the buyer typed it: text in quotes, lists comma-separated, objects by their code. */
function showValue(value: unknown, blank: string): string {
  if (value === null || value === undefined || value === "") return blank;
  // A stored record can hold anything: a sentence shows at most the start of it.
  if (typeof value === "string") return `"${value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value}"`;
  if (Array.isArray(value))
    return value
      .slice(0, SHOWN_ITEMS)
      .map((v) => showValue(v, blank))
      .concat(value.length > SHOWN_ITEMS ? ["…"] : [])
      .join(", ");
  if (typeof value === "object") {
    const code = (value as { code?: unknown }).code;
    return code !== undefined ? showValue(code, blank) : JSON.stringify(value);
  }
  return String(value);
}

function showDefault(field: keyof Settings, lang: Lang, blank: string): string {
  const value = DEFAULT_SETTINGS[field];
  if (field === "qtyTolerance") return showPercent(value, lang, blank);
  if (field === "weekend") return value as string;
  if (field === "delayReasons" || field === "holidays") return "";
  return showValue(value, blank);
}
