/**
 * What an adapter reads out of a workbook, untouched: the one input of the pipeline. The Office.js
 * adapter (src/excel/readSources.ts) and the file adapter (src/xlsx) each fill this and nothing more;
 * every rule that turns it into lines, settings and models lives in src/workbook and src/pipeline.
 */
import type { DateOrder } from "../settings/settings";
import type { DateSystem } from "../register/cells";
import type { KpiHistoryRecord } from "../report/kpiHistory";

/** A block of cells as Excel's API returns them (a table's range, or a sheet's used range). */
export interface SourceBlock {
  sheet: string;
  /** The Excel table the block is, or null for a sheet's used range (whose header may sit under title rows). */
  tableName: string | null;
  values: readonly (readonly unknown[])[];
  /** 1-based sheet row of values[0]. */
  firstRow: number;
  /** 0-based sheet column of values[r][0]. */
  firstColumn: number;
  /**
   * Cells (0-based [row, column] within values) holding a formula with no saved result: a file written
   * by a program rather than by Excel. Their value reads as blank; the pipeline notes each one. Excel's
   * own API always gives a formula's result, so the Office.js adapter never has any.
   */
  uncachedFormulas?: readonly (readonly [number, number])[];
}

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
