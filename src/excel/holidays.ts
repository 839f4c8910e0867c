/**
 * Reads the cells of the workbook's `Holidays` name in a sync the caller makes anyway (no round trip of
 * its own). What the cells mean is src/workbook/holidays.ts's business.
 */
import { supportsExcelApi } from "./platform";
import { HOLIDAYS_NAME, holidaySerial, holidaySerials, withHolidays } from "../workbook/holidays";

export { HOLIDAYS_NAME, holidaySerial, holidaySerials, withHolidays };

export interface HolidaysProbe {
  /** Call after the sync that carried the probe: the range's values, or null without a usable Holidays range. */
  read(): unknown[][] | null;
}

/**
 * Queues the read of the `Holidays` name's cells (only the used part, so a name over a whole column
 * costs no more than its filled cells). Null objects all the way: a workbook without the name, or a
 * name that is a constant rather than a range, must not fail the caller's sync.
 */
export function queueHolidays(context: Excel.RequestContext): HolidaysProbe {
  if (!supportsExcelApi("1.4")) return { read: () => null };
  const used = context.workbook.names.getItemOrNullObject(HOLIDAYS_NAME).getRangeOrNullObject().getUsedRangeOrNullObject(true);
  used.load("values");
  return {
    read: () => {
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read -- deferred read: read() runs after the caller's sync
        if (used.isNullObject) return null;
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
        return used.values;
      } catch {
        return null; // not filled (a sync that failed): the settings' holidays still apply
      }
    },
  };
}
