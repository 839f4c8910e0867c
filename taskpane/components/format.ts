/** Display formats of the task pane: dates as ISO (unambiguous in every language), money per currency. */
import type { Known, Serial } from "../../src/model";
import type { Lang } from "../../src/i18n/i18n";
import { formatIsoDate } from "../../src/dates/serial";
import { currencyDecimals } from "../../src/numbers/currencyDecimals";
import { QUANTITY_DECIMALS } from "../../src/numbers/fractionDigits";

/** "2026-11-20", or the blank/unknown text. */
export function showDate(serial: Known<Serial>, blank: string, unknown: string): string {
  if (serial === null) return blank;
  if (serial === undefined) return unknown;
  return formatIsoDate(serial);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** The currency's symbol or code, with its own minor units (JPY 0, USD 2, KWD 3: src/numbers). */
function formatter(lang: Lang, currency: string): Intl.NumberFormat {
  const key = `${lang}|${currency}`;
  let format = numberFormats.get(key);
  if (!format) {
    const decimals = currencyDecimals(currency);
    const places = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    try {
      format = currency ? new Intl.NumberFormat(lang, { style: "currency", currency, ...places }) : new Intl.NumberFormat(lang, places);
    } catch {
      format = new Intl.NumberFormat(lang, places); // not a well-formed currency code: plain number, code beside it
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** "€3,100.50 · ¥12,400" (EUR, JPY): one amount per currency, never summed across currencies. */
export function showMoney(byCurrency: Record<string, number>, lang: Lang): string {
  return Object.entries(byCurrency)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, value]) => {
      const text = formatter(lang, currency).format(value);
      return currency && !/[^\d\s.,-]/.test(text) ? `${text} ${currency}` : text;
    })
    .join(" · ");
}

const quantityFormats = new Map<Lang, Intl.NumberFormat>();

export function showNumber(value: Known<number>, lang: Lang, blank: string, unknown: string): string {
  if (value === null) return blank;
  if (value === undefined) return unknown;
  // Whole unless the value has a fraction (src/numbers), as on the report sheet.
  // One formatter per language: Today formats a quantity on every line it shows.
  let format = quantityFormats.get(lang);
  if (!format) quantityFormats.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: QUANTITY_DECIMALS })));
  return format.format(value);
}
