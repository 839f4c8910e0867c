import type { DateOrder } from "../settings/settings";

export type DateSystem = "1900" | "1904";

/**
 * What src/excel hands to parseRegister (structurally a RegisterSource of src/register/parseRegister.ts,
 * plus the table name and the number formats of the same cells).
 */
export interface ExcelRegisterSource {
  sheet: string;
  /** null when the register is the used range of a sheet rather than a table. */
  tableName: string | null;
  /** Values exactly as Excel returns them, header row first. */
  values: unknown[][];
  /** Number formats of the same cells (same shape as values), e.g. "yyyy-mm-dd" marks a date column. */
  numberFormats?: string[][];
  /** 1-based sheet row of the header. */
  firstRow: number;
  /** 0-based sheet column of values[r][0]. */
  firstColumn: number;
  dateSystem: DateSystem;
  dateOrder: DateOrder;
}

/** Where a block of cells sits on a sheet (0-based, like Range.rowIndex / columnIndex). */
export interface Block {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Round trips and bytes spent by one operation (for tests, the bench and progress messages). */
export interface RoundTrips {
  syncs: number;
  /** Estimated JSON bytes loaded. */
  bytes: number;
}
