/**
 * The engine's inputs for the PO.* functions: the default settings and their calendar. Functions take
 * no settings argument beyond those in their signature, so they answer with DESIGN.md's defaults.
 */
import { DEFAULT_SETTINGS, type Settings } from "../src/settings/settings";
import { calendarFromSettings } from "../src/followup/calendarFromSettings";
import type { WorkCalendar } from "../src/dates/calendar";

export const SETTINGS: Settings = DEFAULT_SETTINGS;
/** One calendar object for every call, so the engine's working-day memos are shared between calls. */
export const CALENDAR: WorkCalendar = calendarFromSettings(DEFAULT_SETTINGS);
