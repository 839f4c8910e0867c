/**
 * The workbook's date system and the user's date order.
 *
 * Office.js has no documented property for the 1904 date system (not in @types/office-js 1.0.612; the
 * ExcelApi 1.16 `use1904DateSystem` the brief mentions is not there), so we ask Excel itself:
 * DATE(1904,1,2) evaluated through workbook.functions (ExcelApi 1.2, no cell is written) is 1 in the
 * 1904 system and 1463 in the 1900 system. The date order comes from the short date pattern of
 * Application.cultureInfo.datetimeFormat (ExcelApi 1.12).
 */
import type { DateOrder } from "../settings/settings";
import type { DateSystem } from "./types";
import { supportsExcelApi } from "./platform";
import { dateOrderFromPattern } from "../workbook/dateOrder";

export interface DateSettingsProbe {
  /** Call after the sync that carried the probe. */
  read(): { dateSystem: DateSystem; dateOrder: DateOrder };
}

/** Queues the probe on the context; costs no extra sync. */
export function queueDateSettingsProbe(context: Excel.RequestContext): DateSettingsProbe {
  const date = supportsExcelApi("1.2") ? context.workbook.functions.date(1904, 1, 2).load("value") : null;
  // cultureInfo is ExcelApi 1.11 but its datetimeFormat is 1.12: a 1.11 host (Windows 2002–2007) fails the whole
  // sync on it (https://learn.microsoft.com/javascript/api/excel/excel.cultureinfo#excel-excel-cultureinfo-datetimeformat-member).
  const culture = supportsExcelApi("1.12") ? context.workbook.application.cultureInfo.datetimeFormat.load("shortDatePattern") : null;
  return {
    read: () => ({
      dateSystem: date && date.value === 1 ? "1904" : "1900",
      dateOrder: culture ? dateOrderFromPattern(culture.shortDatePattern) : null,
    }),
  };
}

export { dateOrderFromPattern };
