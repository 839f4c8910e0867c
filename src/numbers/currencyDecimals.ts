/**
 * How many decimals an amount shows: the currency's minor unit in ISO 4217 (yen and won have none,
 * dollars, euros and yuan two, the Gulf dinars three). Excel cells, the email summary, letters and the
 * task pane all read it here, so the same amount never shows ¥7,744,007 in one place and 7,744,007.00
 * in another. A code ISO 4217 does not list (RMB, a typo, a blank) shows two, the most common.
 */
const MINOR_UNITS: Record<string, number> = {};
const BY_MINOR_UNITS: [number, string][] = [
  [0, "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"],
  [3, "BHD IQD JOD KWD LYD OMR TND"],
  [4, "CLF UYW"],
];
for (const [units, codes] of BY_MINOR_UNITS) for (const code of codes.split(" ")) MINOR_UNITS[code] = units;

export const DEFAULT_CURRENCY_DECIMALS = 2;

/** " jpy " → 0, "USD" → 2, "KWD" → 3; unknown, blank or missing → 2. */
export function currencyDecimals(currency: string | null | undefined): number {
  if (typeof currency !== "string") return DEFAULT_CURRENCY_DECIMALS;
  return MINOR_UNITS[currency.trim().toUpperCase()] ?? DEFAULT_CURRENCY_DECIMALS;
}
