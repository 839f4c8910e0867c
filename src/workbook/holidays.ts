/**
 * The workbook's `Holidays` named range (DESIGN.md "Settings"): its dates are holidays on top of the
 * ones saved in the settings. Both adapters hand the range's raw cell values here.
 */
import type { Serial } from "../model";
import type { Settings } from "../settings/settings";
import { MAX_HOLIDAYS } from "../settings/validateSettings";
import { from1904, isValidSerial, serialFromYmd } from "../dates/serial";
import type { DateSystem } from "../register/cells";
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

/** Every date in the range's cells (any shape), 1900 system, each once, in order; at most MAX_HOLIDAYS. */
export function holidaySerials(values: readonly (readonly unknown[])[] | null | undefined, dateSystem: DateSystem): Serial[] {
  const found = new Set<Serial>();
  for (const row of values ?? []) {
    for (const value of row) {
      const serial = holidaySerial(value, dateSystem);
      if (serial !== undefined) found.add(serial);
      if (found.size >= MAX_HOLIDAYS) break;
    }
    if (found.size >= MAX_HOLIDAYS) break;
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
