/**
 * The order of day and month in text dates such as 03/04/2026, decided once for every entry point:
 * the order saved in the workbook's settings, else the one of the workbook's locale (Excel's culture,
 * or the headless runner's locale), else unknown (such dates are then reported as ambiguous).
 */
import type { DateOrder } from "../settings/settings";

export function decideDateOrder(saved: DateOrder, locale: DateOrder): DateOrder {
  return saved ?? locale ?? null;
}

/** "M/d/yyyy" → MDY, "dd.MM.yyyy" → DMY, "yyyy/M/d" → YMD; anything else → null (unknown). */
export function dateOrderFromPattern(pattern: string): DateOrder {
  const order = pattern.replace(/[^dMy]/g, "").replace(/(.)\1+/g, "$1");
  if (order === "MdY" || order === "Mdy") return "MDY";
  if (order === "dMy") return "DMY";
  if (order === "yMd") return "YMD";
  return null;
}
