import type { Settings } from "../settings/settings";
import { DEFAULT_SETTINGS } from "../settings/settings";
import { isValidWeekend, makeCalendar, type WorkCalendar } from "../dates/calendar";

/**
 * The working calendar of the settings. Settings should have been validated (validateSettings);
 * an invalid weekend string still never throws here: it falls back to the default Mon–Fri week.
 */
export function calendarFromSettings(settings: Pick<Settings, "weekend" | "holidays">): WorkCalendar {
  const weekend = isValidWeekend(settings.weekend) ? settings.weekend : DEFAULT_SETTINGS.weekend;
  return makeCalendar(
    weekend,
    settings.holidays.filter((h) => Number.isFinite(h)),
  );
}
