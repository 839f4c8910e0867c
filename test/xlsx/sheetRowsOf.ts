/**
 * For the sheet reader's tests: each row of a sheet part with its values, as Excel's API gives them. Built
 * on the reader's own pieces (readSheetRowCells, and rowBatch's holdsValue and valueOfCell: the rule the
 * kept sheets follow), so the tests check what the runner reads.
 */
import type { ExcelValue } from "../../src/xlsx/cellValue";
import { holdsValue, valueOfCell, UNCACHED } from "../../src/xlsx/rowBatch";
import { readSheetRowCells, type RowCellsOptions } from "../../src/xlsx/sheetRows";

export interface SheetRow {
  /** 1-based sheet row number. */
  number: number;
  /** 1-based columns of the cells holding a value, as written. */
  columns: number[];
  values: ExcelValue[];
  /** 1-based columns of formulas whose result the file does not hold. */
  uncached: number[];
}

export interface SheetRowsOptions extends Omit<RowCellsOptions, "onRow"> {
  strings: readonly string[];
  /** A wanted row; return false to stop reading the sheet. */
  onRow(row: SheetRow): boolean | void;
}

export function readSheetRows(stream: NodeJS.ReadableStream, options: SheetRowsOptions): Promise<void> {
  const { strings } = options;
  return readSheetRowCells(stream, {
    ...options,
    onRow({ number, batch, start, end }) {
      const row: SheetRow = { number, columns: [], values: [], uncached: [] };
      for (let cell = start; cell < end; cell++) {
        const [kind, value] = [batch.kinds[cell], batch.values[cell]];
        if (kind === UNCACHED) row.uncached.push(batch.columns[cell]);
        else if (holdsValue(kind, value, strings)) {
          row.columns.push(batch.columns[cell]);
          row.values.push(valueOfCell(kind, value, strings, batch.texts)!);
        }
      }
      return options.onRow(row);
    },
  });
}
