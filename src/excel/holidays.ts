/**
 * The workbook's `Holidays` named range (DESIGN.md "Settings"): its dates are holidays on top of the
 * ones saved in the settings. Read in a sync the caller makes anyway (no round trip of its own).
 */
import type { Serial } from "../model";
import type { Settings } from "../settings/settings";
import { from1904, isValidSerial, serialFromYmd } from "../dates/serial";
import { supportsExcelApi } from "./platform";
import type { DateSystem } from "./types";

import { HOLIDAYS_NAME } from "../register/template";
export { HOLIDAYS_NAME };

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/**
 * One cell of the Holidays range → a 1900-system serial, or undefined when it is no date: blanks,
 * errors, booleans, numbers outside Excel's calendar and text other than yyyy-mm-dd are ignored.
 * A time of day is dropped (a holiday is a whole day).
 */
export function holidaySerial(value: unknown, dateSystem: DateSystem): Serial | undefined {
  if (typeof value === "number") {
    const serial = dateSystem === "1904" ? from1904(value) : value;
    return isValidSerial(serial) ? Math.floor(serial) : undefined;
  }
  if (typeof value !== "string") return undefined;
  const iso = ISO_DATE.exec(value);
  return iso ? serialFromYmd(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
}

/** Every date in the range's cells (any shape), 1900 system, each once, in order. */
export function holidaySerials(values: readonly (readonly unknown[])[], dateSystem: DateSystem): Serial[] {
  const found = new Set<Serial>();
  for (const row of values) {
    for (const value of row) {
      const serial = holidaySerial(value, dateSystem);
      if (serial !== undefined) found.add(serial);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** The settings with `extra` holidays added (union, each date once, in order); the same object when nothing is new. */
export function withHolidays<S extends Pick<Settings, "holidays">>(settings: S, extra: readonly Serial[]): S {
  const known = new Set(settings.holidays);
  if (extra.every((h) => known.has(h))) return settings;
  const holidays = [...new Set([...settings.holidays, ...extra])].sort((a, b) => a - b);
  return { ...settings, holidays };
}

export interface HolidaysProbe {
  /** Call after the sync that carried the probe; [] when the workbook has no usable Holidays range. */
  read(dateSystem: DateSystem): Serial[];
}

/**
 * Queues the read of the `Holidays` name's cells (only the used part, so a name over a whole column
 * costs no more than its filled cells). Null objects all the way: a workbook without the name, or a
 * name that is a constant rather than a range, must not fail the caller's sync.
 */
export function queueHolidays(context: Excel.RequestContext): HolidaysProbe {
  if (!supportsExcelApi("1.4")) return { read: () => [] };
  const used = context.workbook.names.getItemOrNullObject(HOLIDAYS_NAME).getRangeOrNullObject().getUsedRangeOrNullObject(true);
  used.load("values");
  return {
    read: (dateSystem) => {
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read -- deferred read: read() runs after the caller's sync
        if (used.isNullObject) return [];
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- deferred read: read() runs after the caller's sync
        return holidaySerials(used.values, dateSystem);
      } catch {
        return []; // not filled (a sync that failed): the settings' holidays still apply
      }
    },
  };
}
