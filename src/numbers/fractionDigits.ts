/**
 * Quantities and days show as whole numbers unless the data has fractions: 500 → 0 decimals,
 * 12.5 → 1, 0.125 → 3. Capped (3 for quantities, 1 for days), so a float like 1/3 does not spill.
 */

/** Binary floats carry noise (0.1 + 0.2 = 0.30000000000000004): closer than this to a whole is whole. */
const NOISE = 1e-9;

/** The fewest decimals, up to `max`, that show `value` without rounding a digit it has away. */
export function fractionDigits(value: number, max: number): number {
  if (!Number.isFinite(value)) return 0;
  let scaled = value;
  for (let digits = 0; digits < max; digits++, scaled *= 10) {
    if (Math.abs(scaled - Math.round(scaled)) <= NOISE * Math.max(1, Math.abs(scaled))) return digits;
  }
  return max;
}

/** The decimals a column needs: the most any of its numbers needs (text and blanks need none). */
export function fractionDigitsOf(values: Iterable<unknown>, max: number): number {
  let most = 0;
  for (const value of values) {
    if (typeof value !== "number") continue;
    most = Math.max(most, fractionDigits(value, max));
    if (most === max) break;
  }
  return most;
}

/** Decimals kept for quantities (grams of a kilogram) and for days (a mean of days late). */
export const QUANTITY_DECIMALS = 3;
export const DAY_DECIMALS = 1;
