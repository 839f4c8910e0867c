/** What the file adapter's read gives the CLI: the pipeline's sources and what a report copy needs (readWorkbook.ts, readCsv.ts). */
import type ExcelJS from "exceljs";
import type { WorkbookSources } from "../pipeline/sources";
import type { OwnedSheet, SheetOwnership } from "../workbook/ownedSheets";
import type { Grid } from "./grid";
import type { IndexedTable, UnkeptContent } from "./packageIndex";

export interface WorkbookRead {
  path: string;
  size: number;
  /** True when read as a stream (the runner's reader): `workbook` is then null. */
  streamed: boolean;
  workbook: ExcelJS.Workbook | null;
  /** What the pipeline reads: the same shape the add-in reads from Excel. */
  sources: WorkbookSources;
  /** The register's block as found (table, or used range with any title rows). */
  register: Grid;
  sheets: string[];
  tables: string[];
  /** The add-in's record of the sheets it created (ownership by name in a file). */
  owned: OwnedSheet[];
  /** Every sheet of the input and whether the add-in made it (src/workbook/ownedSheets.ts), from the package index. */
  ownership: SheetOwnership[];
  /** What a copy of this workbook written by exceljs would lose (charts, pivot tables, slicers, macros). */
  unkept: UnkeptContent[];
  /** The sheet holding the KpiHistory table, null when there is none. */
  historySheet: string | null;
  /**
   * A streamed read's copy of that sheet (its used cells and its tables), null otherwise: the report
   * workbook of a streamed read starts empty, and the KPI sheet must be redrawn over what it holds (the
   * history of earlier periods, a manager's own cells), not from nothing.
   */
  historySheetCells: HistorySheetCells | null;
}

export interface HistorySheetCells {
  used: Grid;
  tables: IndexedTable[];
}

export type ReadProgress = { kind: "reading"; size: number } | { kind: "read"; rows: number; where: string; ms: number };

export type ReadFailureCode =
  | "notFound"
  | "symlinkLoop"
  | "notReadable"
  | "notAFile"
  | "empty"
  | "encrypted"
  | "legacyXls"
  | "notXlsx"
  | "tooLarge"
  | "noRegister"
  | "tableNotFound"
  | "sheetNotFound";
