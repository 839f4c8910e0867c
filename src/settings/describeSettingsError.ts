import type { Lang } from "../i18n/i18n";
import { translator } from "../i18n/i18n";
import { settingsCatalog } from "../i18n/catalogs/settings";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import type { SettingsError } from "./validateSettings";

/** A sentence for one validateSettings error, in the buyer's language. */
export function describeSettingsError(error: SettingsError, lang: Lang): string {
  const t = translator(settingsCatalog, lang);
  const blank = t("blank");
  return t(error.code, {
    field: t(error.field),
    value: showValue(error.value, blank),
    default: showDefault(error.field, blank),
    allowed: ALLOWED[error.field] ?? "",
  });
}

/** The choices of the settings that are a choice (validateSettings: notAChoice). */
const ALLOWED: Partial<Record<keyof Settings, string>> = { periodKind: "week, month", dateOrder: "DMY, MDY, YMD" };

/** The value as the buyer typed it: text in quotes, lists comma-separated, objects by their code. */
function showValue(value: unknown, blank: string): string {
  if (value === null || value === undefined || value === "") return blank;
  if (typeof value === "string") return `"${value}"`;
  if (Array.isArray(value)) return value.map((v) => showValue(v, blank)).join(", ");
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
