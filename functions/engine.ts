/**
 * The settings in force for the PO.* functions, and their working calendar: the workbook's own (its
 * PO Follow-up settings, with the dates of its `Holidays` range), once the shared runtime has read them
 * (src/excel/functionSettings.ts, started from commands/commands.ts); DESIGN.md's defaults until then.
 *
 * Every function reads `currentSettings()` / `currentCalendar()` once per call, never a constant captured
 * at import, so a change of settings applies from the next calculation. One calendar object per version
 * of the weekend and holidays: the engine's working-day memos (keyed by calendar) stay shared between
 * calls, and a change of tolerances or offsets keeps them.
 */
import { DEFAULT_SETTINGS, type Settings } from "../src/settings/settings";
import { calendarFromSettings } from "../src/followup/calendarFromSettings";
import type { WorkCalendar } from "../src/dates/calendar";

const DEFAULT_CALENDAR: WorkCalendar = calendarFromSettings(DEFAULT_SETTINGS);

let settings: Settings = DEFAULT_SETTINGS;
let calendar: WorkCalendar = DEFAULT_CALENDAR;

/** The settings the functions answer with. */
export function currentSettings(): Settings {
  return settings;
}

/** The working calendar of currentSettings() (weekend and holidays, the `Holidays` range's included). */
export function currentCalendar(): WorkCalendar {
  return calendar;
}

/**
 * Puts the workbook's settings in force (src/pipeline settleSettings' `settings`). Returns true when an
 * answer of some function may change, i.e. when Excel should recalculate them. The date order is left
 * out of that comparison: the functions read text dates without one (functions/cells.ts), so a
 * locale's day/month order alone never asks for a recalculation. The calendar object is kept unless
 * the weekend or the holidays changed.
 */
export function setSettings(next: Settings): boolean {
  const changed = rulesKey(next) !== rulesKey(settings);
  const calendarChanged = next.weekend !== settings.weekend || !sameDates(next.holidays, settings.holidays);
  settings = next;
  if (calendarChanged) {
    const isDefault = next.weekend === DEFAULT_SETTINGS.weekend && sameDates(next.holidays, DEFAULT_SETTINGS.holidays);
    calendar = isDefault ? DEFAULT_CALENDAR : calendarFromSettings(next);
  }
  return changed;
}

/** Back to DESIGN.md's defaults (a runtime that has not read a workbook; tests). */
export function resetSettings(): void {
  settings = DEFAULT_SETTINGS;
  calendar = DEFAULT_CALENDAR;
}

function rulesKey(s: Settings): string {
  return JSON.stringify({ ...s, dateOrder: null });
}

function sameDates(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
