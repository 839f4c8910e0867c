/** Display formats of the task pane: dates as ISO (unambiguous in every language), money per currency. */
import type { Known, Serial } from "../../src/model";
import type { Lang } from "../../src/i18n/i18n";
import { formatIsoDate } from "../../src/dates/serial";

/** "2026-11-20", or the blank/unknown text. */
export function showDate(serial: Known<Serial>, blank: string, unknown: string): string {
  if (serial === null) return blank;
  if (serial === undefined) return unknown;
  return formatIsoDate(serial);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, currency: string): Intl.NumberFormat {
  const key = `${lang}|${currency}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = currency ? new Intl.NumberFormat(lang, { style: "currency", currency, maximumFractionDigits: 0 }) : new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    } catch {
      format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }); // an unknown currency code: plain number
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** "¥12,400 · €3,100": one amount per currency, never summed across currencies. */
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
  // One formatter per language: Today formats a quantity on every line it shows.
  let format = quantityFormats.get(lang);
  if (!format) quantityFormats.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 })));
  return format.format(value);
}
