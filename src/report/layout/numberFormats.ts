/**
 * Excel number formats for the report's column types. Codes are the invariant (en-US) ones Office.js
 * expects in Range.numberFormat; Excel shows them in the user's locale.
 */
import type { ColumnType } from "../model";

import { DATE_FORMAT } from "../../register/template";

/** ISO dates, as in the register template: unambiguous for colleagues and suppliers in other countries. */
export { DATE_FORMAT };
export const GENERAL_FORMAT = "General";

const PLAIN: Record<ColumnType, string> = {
  text: GENERAL_FORMAT,
  integer: "#,##0",
  number: "#,##0.00",
  money: "#,##0.00",
  percent: "0.0%",
  date: DATE_FORMAT,
  days: "0.0",
};

/** Changes show their sign: +5, -3, 0. A change of a percent is in points (0.05 → +5.0%). */
const SIGNED: Record<ColumnType, string> = {
  text: GENERAL_FORMAT,
  integer: "+#,##0;-#,##0;0",
  number: "+#,##0.00;-#,##0.00;0.00",
  money: "+#,##0.00;-#,##0.00;0.00",
  percent: "+0.0%;-0.0%;0.0%",
  date: DATE_FORMAT,
  days: "+0.0;-0.0;0.0",
};

/**
 * `decimals`: how many places a money, quantity or days cell shows (its currency's minor units, or the
 * fractions its data has: see src/numbers); without it the type's default above.
 */
export function numberFormatFor(type: ColumnType, signed = false, decimals?: number): string {
  if (decimals !== undefined && (type === "money" || type === "number" || type === "days")) return decimalFormat(decimals, signed);
  return (signed ? SIGNED : PLAIN)[type];
}

/** 0 → "#,##0", 2 → "#,##0.00"; signed: "+#,##0.00;-#,##0.00;0.00". */
export function decimalFormat(decimals: number, signed = false): string {
  const places = Math.max(0, Math.min(Math.floor(decimals), 6));
  const plain = places === 0 ? "#,##0" : `#,##0.${"0".repeat(places)}`;
  return signed ? `+${plain};-${plain};${plain.slice("#,##".length)}` : plain;
}
