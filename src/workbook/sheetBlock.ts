/** A block of cells as Excel's API returns them (a table's range, or a sheet's used range). */
export interface SheetBlock {
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
