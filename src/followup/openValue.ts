import type { Known } from "../model";
import { knownNumber } from "./known";

/**
 * Open value = open quantity × unit price, in the line's own currency (never converted or summed
 * across currencies here). No price gives null; an unknown quantity or price gives unknown.
 */
export function openValue(openQuantity: number | undefined, unitPrice: Known<number>): Known<number> {
  const price = knownNumber(unitPrice);
  if (price === null) return null;
  if (price === undefined || openQuantity === undefined) return undefined;
  return openQuantity * price;
}
