/**
 * Settings settled once for every entry point: the stored record validated (src/workbook), the
 * workbook's `Holidays` range merged in, and the date order decided by one rule.
 */
import type { Serial } from "../model";
import type { Settings } from "../settings/settings";
import type { SettingsError } from "../settings/validateSettings";
import { parseStoredSettings, type SettingsRecordProblem, type StoredSettings } from "../workbook/storedSettings";
import { holidaySerials, withHolidays } from "../workbook/holidays";
import { decideDateOrder } from "../workbook/dateOrder";
import type { WorkbookSources } from "./sources";

export interface SettledSettings {
  /** The rules in force: the saved settings, plus the Holidays range, with the date order decided. */
  settings: Settings;
  /** The record exactly as saved (validated), for a Settings form that saves it again without the range's dates. */
  stored: StoredSettings;
  /** Dates of the `Holidays` range (1900 system). */
  workbookHolidays: Serial[];
  /** Stored keys that were not usable (each replaced by its default). */
  problems: readonly SettingsError[];
  recordProblem: SettingsRecordProblem | null;
}

export function settleSettings(
  sources: Pick<WorkbookSources, "settingsRecord" | "holidays" | "dateSystem" | "localeDateOrder">,
): SettledSettings {
  const stored = parseStoredSettings(sources.settingsRecord);
  const workbookHolidays = holidaySerials(sources.holidays, sources.dateSystem);
  const merged = withHolidays(stored.settings, workbookHolidays);
  const dateOrder = decideDateOrder(stored.settings.dateOrder, sources.localeDateOrder);
  const settings = dateOrder === merged.dateOrder ? merged : { ...merged, dateOrder };
  return { settings, stored, workbookHolidays, problems: stored.problems, recordProblem: stored.recordProblem };
}
