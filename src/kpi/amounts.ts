import type { Known } from "../model";
import { currencyDecimals } from "../numbers/currencyDecimals";

/**
 * Money kept per currency code. Amounts in different currencies are never added together
 * (DESIGN.md "Open value"); a line without a currency is kept under "".
 */
export type CurrencyAmounts = Record<string, number>;

/** Registers repeat a handful of currency texts; remembering their keys saves a string per line. */
const keyMemo = new Map<string, string>();
const MEMO_LIMIT = 1000;

/** "usd " → "USD"; blank or unreadable → "". */
export function currencyKey(currency: Known<string>): string {
  if (typeof currency !== "string") return "";
  let key = keyMemo.get(currency);
  if (key === undefined) {
    key = currency.trim().toUpperCase();
    if (keyMemo.size < MEMO_LIMIT) keyMemo.set(currency, key);
  }
  return key;
}

/** Running sums per currency while walking lines (a Map: cheaper than an object with computed keys). */
export type AmountTally = Map<string, number>;

/** Adds a value to its currency; a missing or unreadable value adds nothing. Returns whether it added. */
export function addAmount(amounts: AmountTally | CurrencyAmounts, currency: Known<string>, value: Known<number>): boolean {
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  const key = currencyKey(currency);
  if (amounts instanceof Map) amounts.set(key, (amounts.get(key) ?? 0) + value);
  else amounts[key] = (amounts[key] ?? 0) + value;
  return true;
}

/** Adds every currency of `from` into `into`. */
export function mergeAmounts(into: CurrencyAmounts, from: CurrencyAmounts): void {
  for (const key of Object.keys(from)) into[key] = (into[key] ?? 0) + from[key];
}

/**
 * Rounded to 1/100 of the unit (1/1000 for the three-decimal dinars: ISO 4217 minor units) so that
 * float noise from long sums (0.1 + 0.2) does not show. Returns a new object with the currencies
 * sorted by code.
 */
export function roundAmounts(amounts: CurrencyAmounts | AmountTally): CurrencyAmounts {
  const entries = amounts instanceof Map ? [...amounts] : Object.entries(amounts);
  const out: CurrencyAmounts = {};
  for (const [key, value] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const scale = 10 ** Math.max(2, currencyDecimals(key));
    out[key] = Math.round(value * scale) / scale;
  }
  return out;
}
