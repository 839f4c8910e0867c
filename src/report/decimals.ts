import { currencyDecimals, DAY_DECIMALS, fractionDigitsOf, QUANTITY_DECIMALS } from "../numbers";
import type { ColumnType } from "./model";

/**
 * How many decimals report values of a type show, one rule for every renderer (sheet number formats,
 * summary text, the KPI sheet): money its currency's minor units (JPY 0, USD 2, KWD 3); quantities
 * and days only the fractions the values have (a column of whole days shows none, 12.5 kg one); other
 * types undefined (their format has no choice: percent 0.0 %, counts whole).
 */
export function decimalsFor(type: ColumnType, values: Iterable<unknown>, currency?: string | null): number | undefined {
  switch (type) {
    case "money":
      return currencyDecimals(currency);
    case "number":
      return fractionDigitsOf(values, QUANTITY_DECIMALS);
    case "days":
      return fractionDigitsOf(values, DAY_DECIMALS);
    default:
      return undefined;
  }
}

/** One column of a table's rows, without copying it. */
export function* columnValues(rows: readonly (readonly unknown[])[], index: number): Iterable<unknown> {
  for (const row of rows) yield row[index];
}
