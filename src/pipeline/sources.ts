/**
 * What an adapter reads out of a workbook, untouched: the one input of the pipeline. The Office.js
 * adapter (src/excel/readSources.ts) and the file adapter (src/xlsx) each fill this and nothing more;
 * every rule that turns it into lines, settings and models lives in src/workbook and src/pipeline.
 */
import type { DateOrder } from "../settings/settings";
import type { DateSystem } from "../register/cells";
import type { KpiHistoryRecord } from "../report/kpiHistory";
import type { SheetBlock } from "../workbook/sheetBlock";

/** A block of cells as Excel's API returns them: the workbook rules' own type (src/workbook/sheetBlock.ts). */
export type SourceBlock = SheetBlock;

export interface WorkbookSources {
  /** The register's table or sheet (chosen by src/workbook's chooseRegister); null when the workbook has none. */
  register: SourceBlock | null;
  /**
   * Other sheets that may continue the register (monthly tabs): each one's first table or used range,
   * in workbook order. The pipeline keeps those whose header is the register's
   * (src/workbook/registerContinuations.ts); an adapter may leave out sheets it already knows do not.
   */
  otherSheets?: readonly SourceBlock[];
  /** The Chases table (header first), or null. */
  chaseLog: SourceBlock | null;
  /** The raw value stored under SETTINGS_KEY (JSON text), undefined when nothing was saved. */
  settingsRecord: unknown;
  /** The cells of the workbook's `Holidays` name, or null without one. */
  holidays: readonly (readonly unknown[])[] | null;
  dateSystem: DateSystem;
  /** The day/month order of the workbook's locale (Excel's culture; the headless runner's locale). */
  localeDateOrder: DateOrder;
  /** The KpiHistory table's records, dates in the 1900 system ([] without one). */
  history: readonly KpiHistoryRecord[];
}

/**
 * The sources of a workbook that holds nothing but `register` (a CSV file, a demo): no chase log, no
 * saved settings, no holidays, 1900 dates, no KPI history. `rest` replaces any of those.
 */
export function registerOnlySources(register: SourceBlock | null, rest: Partial<WorkbookSources> = {}): WorkbookSources {
  return {
    register,
    chaseLog: null,
    settingsRecord: undefined,
    holidays: null,
    dateSystem: "1900",
    localeDateOrder: null,
    history: [],
    ...rest,
  };
}
