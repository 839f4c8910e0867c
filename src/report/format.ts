import type { Lang } from "../i18n/i18n";
import { formatIsoDate } from "../dates/serial";
import { isNoData, type CellValue, type ColumnType } from "./model";
import { reportText } from "./labels";
import { decimalsFor } from "./decimals";

/**
 * Values of the report model as text, for the HTML and plain-text summaries and the chase letters.
 * Dates are ISO (2026-11-21) in every language: unambiguous between buyers and suppliers in
 * different countries, and the usual written form in Chinese and Japanese business mail too.
 * Numbers use the language's digit grouping (1,234.5 in en, zh-CN and ja alike).
 */
export interface FormatOptions {
  lang: Lang;
  currency?: string;
  /** Show + for positive numbers (changes). */
  signed?: boolean;
}

const LOCALES: Record<Lang, string> = { en: "en-US", "zh-CN": "zh-CN", ja: "ja-JP" };
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const id = `${lang}|${minDecimals}|${maxDecimals}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang] ?? "en-US", { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
    formatters.set(id, f);
  }
  return f;
}

export function formatNumber(value: number, lang: Lang, minDecimals: number, maxDecimals: number, signed = false): string {
  const text = numberFormat(lang, minDecimals, maxDecimals).format(value);
  // Rounded to zero shows no sign ("0", never "+0" or "-0").
  if (/^-?0([.,]0*)?$/.test(text)) return text.replace("-", "");
  return signed && value > 0 ? `+${text}` : text;
}

export function formatDate(serial: number): string {
  return formatIsoDate(serial);
}

/** 0.875 → "87.5%"; a signed change of a percent is in points: +0.05 → "+5.0 pp". */
export function formatPercent(fraction: number, lang: Lang, signed = false): string {
  const number = formatNumber(fraction * 100, lang, 1, 1, signed);
  return signed ? reportText(lang)("percentPoints", { value: number }) : `${number}%`;
}

/** "USD 1,234.50", "JPY 7,744,007", "KWD 3.750" (the currency's minor units); without a code just the number. */
export function formatMoney(amount: number, currency: string | undefined, lang: Lang, signed = false): string {
  const decimals = decimalsFor("money", [], currency) ?? 2;
  const number = formatNumber(amount, lang, decimals, decimals, signed);
  return currency ? `${currency} ${number}` : number;
}

export function formatCell(value: CellValue, type: ColumnType, options: FormatOptions): string {
  const { lang, signed = false } = options;
  if (value === null || value === undefined) return "";
  if (isNoData(value)) return reportText(lang)("noData");
  if (typeof value === "boolean") return reportText(lang)(value ? "yes" : "no");
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "";
  switch (type) {
    case "date":
      return formatDate(value);
    case "percent":
      return formatPercent(value, lang, signed);
    case "money":
      return formatMoney(value, options.currency, lang, signed);
    case "integer":
      return formatNumber(value, lang, 0, 0, signed);
    case "days":
    case "number": {
      const decimals = decimalsFor(type, [value]) ?? 0; // whole unless the value has a fraction
      return formatNumber(value, lang, decimals, decimals, signed);
    }
    default:
      return String(value);
  }
}
