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

/** A sentence for one validateSettings error, in the buyer's language. */
export function describeSettingsError(error: SettingsError, lang: Lang): string {
  const t = translator(settingsCatalog, lang);
  const blank = t("blank");
  return t(error.code, {
    field: t(error.field),
    value: showValue(error.value, blank),
    default: showDefault(error.field, blank),
    allowed: (ALLOWED[error.field] ?? []).filter(Boolean).join(", "),
    limit: limitOf(error),
  });
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

function showDefault(field: keyof Settings, blank: string): string {
  const value = DEFAULT_SETTINGS[field];
  if (field === "qtyTolerance") return `${(value as number) * 100} %`;
  if (field === "weekend") return value as string;
  if (field === "delayReasons" || field === "holidays") return "";
  return showValue(value, blank);
}
