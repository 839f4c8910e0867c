/**
 * The "document" behind the fake: sheets with a sparse grid, tables, validations, conditional formats,
 * settings and the selection. Proxies never touch it directly; they queue actions that the request
 * context runs against it at sync(). Tests and the playground may read (and seed) it directly.
 * Browser-safe: no Node APIs.
 */
import { InMemoryExcelError } from "./errors";
import { assertUnprotected } from "./protection";
import { reinterpretText } from "./limits";
import { Rect, parseA1, rectToA1, rectToAddress, splitSheet } from "./address";
import { SeededRows } from "./seededRows";

export type CellValue = string | number | boolean;

export interface Cell {
  value: CellValue;
  /** "=SUM(A1:A3)" when the cell holds a formula. */
  formula?: string;
  numberFormat?: string;
  /** Text entered with a leading apostrophe (Excel keeps the flag, not the apostrophe). */
  quotePrefix?: boolean;
  /** Cell formatting set through range.format (fill color, font, alignment…), flattened "fill.color" keys. */
  style?: Record<string, unknown>;
}

export interface TableData {
  id: number;
  name: string;
  sheet: SheetData;
  /** 0-based header row */
  row: number;
  col: number;
  cols: number;
  /** Number of data rows under the header (Excel keeps at least one). */
  dataRows: number;
  style: string | null;
  /** Header row shown (default true). */
  showHeaders?: boolean;
}

export interface DataValidationData {
  rect: Rect;
  rule: Record<string, unknown>;
}

export interface ConditionalFormatData {
  id: number;
  rect: Rect;
  /** Excel.ConditionalFormatType value: "Custom", "CellValue", "DataBar", … */
  type: string;
  /** custom: { formula }, cellValue: { formula1, formula2?, operator } */
  rule: Record<string, unknown>;
  /** flattened "fill.color", "font.color", "font.bold" */
  format: Record<string, unknown>;
  stopIfTrue?: boolean;
}

export interface SheetData {
  id: string;
  name: string;
  /** rows.get(r)[c] */
  rows: Map<number, Cell[]>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  dataValidations: DataValidationData[];
  conditionalFormats: ConditionalFormatData[];
  /** Generic bag for features added later (page setup, charts…): keyed by feature name. */
  extras: Record<string, unknown>;
}

export interface CellsWrittenEvent {
  sheet: string;
  address: string;
  rect: Rect;
}

/** Excel.DataChangeType values the fake raises (ExcelApi 1.7): a write, or rows.add. */
export type DataChangeTypeName = "RangeEdited" | "RowInserted";

/**
 * Excel.EventSource (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/excel.eventsource):
 * "Local" for a change made in this client's session, "Remote" for another client's (co-authoring).
 */
export type EventSourceName = "Local" | "Remote";

export interface WorksheetChangedArgs {
  type: "WorksheetChanged";
  changeType: DataChangeTypeName;
  source: EventSourceName;
  worksheetId: string;
  address: string;
}

/** Excel.TableChangedEventArgs (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs). */
export interface TableChangedArgs {
  type: "TableChanged";
  changeType: DataChangeTypeName;
  source: EventSourceName;
  tableId: string;
  worksheetId: string;
  /** The changed part of the table (the written rectangle cut to the table), as a local A1 address. */
  address: string;
}

/** A write applied by a sync, for the change events raised after it: by which client, what kind. */
export interface AppliedWrite {
  sheet: SheetData;
  rect: Rect;
  changeType: DataChangeTypeName;
  client: string;
}

/** Excel.SettingsChangedEventArgs: `settings` is the document's SettingCollection (in a context of its own). */
export interface SettingsChangedArgs {
  settings: unknown;
}

/** Excel.CalculationType values. */
export type CalculationTypeName = "Recalculate" | "Full" | "FullRebuild";

export interface SyncRecord {
  /** JSON bytes of the queued writes (request payload); NaN when not measured (WorkbookOptions.measurePayloads). */
  requestBytes: number;
  /** JSON bytes of the loaded values (response payload); NaN when not measured. */
  responseBytes: number;
  actions: number;
  calculationSuspended: boolean;
  /**
   * Number-format entries this request carried: an r × c array counts r × c (nulls too: they are sent), a
   * single value 1 however many cells it covers. Shows whether a writer sends per-cell format arrays
   * (OfficeDev/office-js#5852: slow on large ranges) or one format per column.
   */
  numberFormatCells: number;
}

export interface WorkbookOptions {
  /** Excel on the web rejects requests/responses above 5 MB; set this to make the fake do the same. */
  payloadLimitBytes?: number;
  date1904?: boolean;
  /** Application.cultureInfo.datetimeFormat.shortDatePattern, e.g. "M/d/yyyy" or "dd/MM/yyyy". */
  shortDatePattern?: string;
  /**
   * Loads queued in a sync that fails are not filled (reading them still throws PropertyNotLoaded), as
   * real Office.js may behave: it drops the whole response of a failed request. Off by default.
   */
  failedSyncFillsNothing?: boolean;
  /**
   * Measure every request and response (SyncRecord bytes), on by default. The playground turns it off:
   * it emulates desktop Excel (no payload limit), and measuring 20,000 rows is the fake's own work, not
   * the add-in's. With a payload limit set, payloads are always measured.
   */
  measurePayloads?: boolean;
}

/** What Range.values, Range.formulas and Range.numberFormat return for a cell (undefined: never written). */
export const valueOf = (cell: Cell | undefined): CellValue => cell?.value ?? "";
export const formulaOf = (cell: Cell | undefined): CellValue => cell?.formula ?? cell?.value ?? "";
export const numberFormatOf = (cell: Cell | undefined): string => cell?.numberFormat ?? "General";

let globalSyncs = 0;
/** Every sync() of every fake context since the module loaded. */
export function globalSyncCount(): number {
  return globalSyncs;
}
export function countGlobalSync(): void {
  globalSyncs++;
}

const NUMERIC_TEXT = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

export class InMemoryWorkbook {
  readonly sheets: SheetData[] = [];
  readonly tables: TableData[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  payloadLimitBytes: number | undefined;
  /** See WorkbookOptions.measurePayloads. */
  measurePayloads: boolean;
  date1904: boolean;
  /** See WorkbookOptions.failedSyncFillsNothing. */
  failedSyncFillsNothing: boolean;
  shortDatePattern: string;
  syncCount = 0;
  readonly syncLog: SyncRecord[] = [];
  /** Error for the next sync to throw, set by failNextSync(). */
  pendingFailure: Error | null = null;
  private nextIds = { sheet: 1, table: 1, cf: 1 };
  private cellListeners = new Set<(event: CellsWrittenEvent) => void>();

  constructor(options: WorkbookOptions = {}) {
    this.payloadLimitBytes = options.payloadLimitBytes;
    this.measurePayloads = options.measurePayloads ?? true;
    this.date1904 = options.date1904 ?? false;
    this.failedSyncFillsNothing = options.failedSyncFillsNothing ?? false;
    this.shortDatePattern = options.shortDatePattern ?? "M/d/yyyy";
  }

  /** A workbook seeded with sheets of values (row-major matrices starting at A1). */
  static withSheets(sheets: Record<string, CellValue[][]>, options?: WorkbookOptions): InMemoryWorkbook {
    const workbook = new InMemoryWorkbook(options);
    for (const [name, values] of Object.entries(sheets)) {
      workbook.addSheet(name);
      if (values.length > 0) workbook.seed(name, "A1", values);
    }
    return workbook;
  }

  /** Makes the next sync() of any context on this workbook reject with `error`, applying nothing. */
  failNextSync(error: Error = new InMemoryExcelError("GeneralException", "Simulated failure")): void {
    this.pendingFailure = error;
  }

  /** Playground hook: called after every applied write with the written rectangle. Returns an unsubscribe function. */
  onCellsWritten(listener: (event: CellsWrittenEvent) => void): () => void {
    this.cellListeners.add(listener);
    return () => this.cellListeners.delete(listener);
  }

  /** worksheet.onChanged handlers per sheet id, workbook.onSelectionChanged handlers. */
  readonly changedHandlers = new Map<string, Set<(args: WorksheetChangedArgs) => unknown>>();
  readonly selectionHandlers = new Set<(args: { type: "SelectionChanged" }) => unknown>();
  /** settings.onSettingsChanged handlers (ExcelApi 1.4); the args carry a SettingCollection of a fresh context. */
  readonly settingsHandlers = new Set<(args: SettingsChangedArgs) => unknown>();
  /**
   * Every application.calculate(type) applied, in order ("Recalculate", "Full", "FullRebuild"; ExcelApi 1.1).
   * The fake evaluates no formula: this is the record of what Excel was asked to recalculate.
   */
  readonly calculations: CalculationTypeName[] = [];

  /** table.onChanged handlers per table id (ExcelApi 1.7). */
  readonly tableChangedHandlers = new Map<number, Set<(args: TableChangedArgs) => unknown>>();
  /**
   * The client (FakeRequestContext.client) that registered each change handler: a handler hears its own
   * client's writes as source "Local" and every other client's as "Remote".
   */
  readonly handlerClients = new WeakMap<object, string>();

  private sourceFor(handler: object, writer: string): EventSourceName {
    return (this.handlerClients.get(handler) ?? writer) === writer ? "Local" : "Remote";
  }

  /** worksheet.onChanged for the sheet, and table.onChanged for each table the write touches. */
  fireWorksheetChanged(
    sheet: SheetData,
    rect: Rect,
    write: Pick<AppliedWrite, "changeType" | "client"> = { changeType: "RangeEdited", client: DEFAULT_CLIENT },
  ): void {
    for (const handler of this.changedHandlers.get(sheet.id) ?? []) {
      const source = this.sourceFor(handler, write.client);
      void handler({ type: "WorksheetChanged", changeType: write.changeType, source, worksheetId: sheet.id, address: rectToA1(rect) });
    }
    for (const table of this.tables) {
      const handlers = this.tableChangedHandlers.get(table.id);
      if (table.sheet !== sheet || !handlers || !rectsOverlapTable(table, rect)) continue;
      const t = tableRect(table);
      const row = Math.max(t.row, rect.row);
      const col = Math.max(t.col, rect.col);
      const part = {
        row,
        col,
        rows: Math.min(t.row + t.rows, rect.row + rect.rows) - row,
        cols: Math.min(t.col + t.cols, rect.col + rect.cols) - col,
      };
      for (const handler of handlers) {
        const args: TableChangedArgs = {
          type: "TableChanged",
          changeType: write.changeType,
          source: this.sourceFor(handler, write.client),
          tableId: String(table.id),
          worksheetId: sheet.id,
          address: rectToA1(part),
        };
        void handler(args);
      }
    }
  }

  fireSelectionChanged(): void {
    for (const handler of this.selectionHandlers) void handler({ type: "SelectionChanged" });
  }

  fireSettingsChanged(args: SettingsChangedArgs): void {
    for (const handler of this.settingsHandlers) void handler(args);
  }

  notifyWritten(sheet: SheetData, rect: Rect): void {
    const event = { sheet: sheet.name, address: rectToAddress(sheet.name, rect), rect };
    for (const listener of this.cellListeners) listener(event);
  }

  // ---- sheets --------------------------------------------------------------------------

  findSheet(name: string): SheetData | undefined {
    const lower = name.toLowerCase(); // sheet names are case-insensitive in Excel
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): SheetData {
    if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name)) {
      throw new InMemoryExcelError("InvalidArgument", `The worksheet name '${name}' is not valid.`);
    }
    if (this.findSheet(name)) throw new InMemoryExcelError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    const sheet: SheetData = {
      id: `{sheet-${this.nextIds.sheet++}}`,
      name,
      rows: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      frozenColumns: 0,
      dataValidations: [],
      conditionalFormats: [],
      extras: {},
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Removes a sheet with its tables and charts; the last visible sheet can't go (as in Excel). */
  deleteSheet(sheet: SheetData): void {
    if (this.sheets.length <= 1)
      throw new InMemoryExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new InMemoryExcelError("ItemNotFound", "The worksheet doesn't exist.");
    this.sheets.splice(index, 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    this.changedHandlers.delete(sheet.id);
    if (this.selection?.sheetId === sheet.id) this.selection = null;
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[Math.min(index, this.sheets.length - 1)].id;
  }

  /** Moves a sheet to a 0-based position (clamped to the last one, as Excel does). */
  moveSheet(sheet: SheetData, position: number): void {
    if (!Number.isInteger(position) || position < 0)
      throw new InMemoryExcelError("InvalidArgument", "The position must be a whole number ≥ 0.");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    this.sheets.splice(Math.min(position, this.sheets.length), 0, sheet);
  }

  /** Removes a table and empties its cells (values, formulas and number formats), like ListObject.Delete. */
  deleteTable(table: TableData): void {
    const index = this.tables.indexOf(table);
    if (index >= 0) this.tables.splice(index, 1);
    const rect = tableRect(table);
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const cells = table.sheet.rows.get(r);
      if (cells) for (let c = rect.col; c < rect.col + rect.cols; c++) delete cells[c];
    }
  }

  nextDefaultSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.findSheet(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  // ---- cells ---------------------------------------------------------------------------

  getCell(sheet: SheetData, row: number, col: number): Cell | undefined {
    return sheet.rows.get(row)?.[col];
  }

  /** The cell, created on demand. */
  touchCell(sheet: SheetData, row: number, col: number): Cell {
    let cells = sheet.rows.get(row);
    if (!cells) sheet.rows.set(row, (cells = []));
    let cell = cells[col];
    if (!cell) cell = cells[col] = { value: "" };
    return cell;
  }

  /**
   * Writes one input the way Excel does when a value is entered (Range.values / Range.formulas):
   * "'text" → text without the apostrophe; "=…" → formula unless the cell is formatted as Text ("@");
   * "+x", "-x", "@x" that are not numbers → formula too (Excel's entry parser); numeric text → number.
   * null leaves the cell unchanged (Office.js semantics for null in a values matrix).
   */
  enterValue(sheet: SheetData, row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    assertUnprotected(sheet);
    const cell = this.touchCell(sheet, row, col);
    delete cell.formula;
    delete cell.quotePrefix;
    if (typeof input === "number" || typeof input === "boolean") {
      if (typeof input === "number" && !Number.isFinite(input)) throw new InMemoryExcelError("InvalidArgument", "Numbers must be finite.");
      cell.value = input;
      return;
    }
    if (typeof input !== "string") throw new InMemoryExcelError("InvalidArgument", `Cannot write a value of type ${typeof input}.`);
    if (input.startsWith("'")) {
      cell.value = input.slice(1);
      cell.quotePrefix = true;
      return;
    }
    if (cell.numberFormat === "@") {
      cell.value = input; // Text format: stored as typed, formulas included
      return;
    }
    if (NUMERIC_TEXT.test(input)) {
      cell.value = Number(input);
      return;
    }
    const reinterpreted = reinterpretText(input); // "$1,200", "(5)", "1 1/2", "Jan 5", "#N/A" (limits.ts)
    if (reinterpreted !== undefined) {
      cell.value = reinterpreted;
      return;
    }
    if (input.length > 1 && input.startsWith("=")) {
      cell.formula = input;
      cell.value = "#FORMULA!"; // the fake does not evaluate formulas
      return;
    }
    if (input.length > 1 && /^[+\-@]/.test(input)) {
      cell.formula = `=${input}`;
      cell.value = "#NAME?";
      return;
    }
    cell.value = input;
  }

  setNumberFormat(sheet: SheetData, row: number, col: number, format: unknown): void {
    if (format === null || format === undefined) return;
    if (typeof format !== "string") throw new InMemoryExcelError("InvalidArgument", "Number formats must be strings.");
    assertUnprotected(sheet);
    this.touchCell(sheet, row, col).numberFormat = format;
  }

  /** What Range.values returns for a cell. */
  readValue(sheet: SheetData, row: number, col: number): CellValue {
    return valueOf(this.getCell(sheet, row, col));
  }

  readFormula(sheet: SheetData, row: number, col: number): CellValue {
    return formulaOf(this.getCell(sheet, row, col));
  }

  readNumberFormat(sheet: SheetData, row: number, col: number): string {
    return numberFormatOf(this.getCell(sheet, row, col));
  }

  /**
   * One property of every cell of `rect`, row by row: each row's cells are looked up once, not once per cell.
   * `pick` reads the cell during its call only: a seeded row's cell is one scratch object (SeededRows.peek).
   */
  readGrid<T>(sheet: SheetData, rect: Rect, pick: (cell: Cell | undefined) => T): T[][] {
    const out: T[][] = new Array(rect.rows);
    for (let r = 0; r < rect.rows; r++) out[r] = this.readRowOf(sheet, rect.row + r, rect.col, rect.cols, pick);
    return out;
  }

  /** Range.values of `rect`: readGrid with valueOf, a seeded row's values taken as one slice (SeededRows.rawValues). */
  readValues(sheet: SheetData, rect: Rect): CellValue[][] {
    const seeded = sheet.rows instanceof SeededRows ? sheet.rows : null;
    const out: CellValue[][] = new Array(rect.rows);
    for (let r = 0; r < rect.rows; r++)
      out[r] = seeded?.rawValues(rect.row + r, rect.col, rect.cols) ?? this.readRowOf(sheet, rect.row + r, rect.col, rect.cols, valueOf);
    return out;
  }

  private readRowOf<T>(sheet: SheetData, row: number, col: number, cols: number, pick: (cell: Cell | undefined) => T): T[] {
    const out: T[] = new Array(cols);
    const seeded = sheet.rows instanceof SeededRows && sheet.rows.isRaw(row) ? sheet.rows : null;
    if (seeded) {
      for (let c = 0; c < cols; c++) out[c] = pick(seeded.peek(row, col + c));
    } else {
      const cells = sheet.rows.get(row);
      for (let c = 0; c < cols; c++) out[c] = pick(cells?.[col + c]);
    }
    return out;
  }

  /** Bounding rectangle of cells with a value (valuesOnly) or with anything set; undefined for an empty sheet. */
  usedRect(sheet: SheetData, valuesOnly: boolean): Rect | undefined {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [r, cells] of sheet.rows) {
      cells.forEach((cell, c) => {
        if (!cell) return;
        const used =
          cell.value !== "" || cell.formula !== undefined || (!valuesOnly && (cell.numberFormat !== undefined || cell.style !== undefined));
        if (!used) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    }
    if (bottom < 0) return undefined;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Moves the cells of columns [col, col+cols) at or below `fromRow` down by `count` rows (table row insertion). */
  shiftDown(sheet: SheetData, fromRow: number, col: number, cols: number, count: number): void {
    const rowsBelow = [...sheet.rows.keys()].filter((r) => r >= fromRow).sort((a, b) => b - a);
    for (const r of rowsBelow) {
      const source = sheet.rows.get(r)!;
      for (let c = col; c < col + cols; c++) {
        const cell = source[c];
        if (!cell) continue;
        delete source[c];
        let target = sheet.rows.get(r + count);
        if (!target) sheet.rows.set(r + count, (target = []));
        target[c] = cell;
      }
    }
  }

  /** Moves the cells at or right of `fromCol`, in rows [row, row+rows), right by `count` columns (table column insertion). */
  shiftRight(sheet: SheetData, row: number, rows: number, fromCol: number, count: number): void {
    for (let r = row; r < row + rows; r++) {
      const cells = sheet.rows.get(r);
      if (!cells) continue;
      for (let c = cells.length - 1; c >= fromCol; c--) {
        if (!cells[c]) continue;
        cells[c + count] = cells[c];
        delete cells[c];
      }
    }
  }

  // ---- tables --------------------------------------------------------------------------

  findTable(name: string): TableData | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  /** Creates a table like Tables.add(address, hasHeaders = true). */
  addTable(sheet: SheetData, rect: Rect, hasHeaders: boolean): TableData {
    if (!hasHeaders) throw new InMemoryExcelError("InvalidArgument", "The in-memory Excel only supports tables.add(address, true).");
    if (this.tables.some((t) => t.sheet === sheet && rectsOverlapTable(t, rect))) {
      throw new InMemoryExcelError("InvalidArgument", "A table can't overlap another table.");
    }
    const seen = new Set<string>();
    for (let c = 0; c < rect.cols; c++) {
      // Excel turns the header row into unique text; blanks become Column1, Column2…
      let header = String(this.readValue(sheet, rect.row, rect.col + c));
      if (header === "") header = `Column${c + 1}`;
      let unique = header;
      for (let k = 2; seen.has(unique.toLowerCase()); k++) unique = `${header}${k}`;
      seen.add(unique.toLowerCase());
      const cell = this.touchCell(sheet, rect.row, rect.col + c);
      cell.value = unique;
      delete cell.formula;
    }
    let name = `Table${this.nextIds.table++}`;
    while (this.findTable(name)) name = `Table${this.nextIds.table++}`;
    // A header-only range gets one empty data row, as in Excel.
    const table: TableData = {
      id: this.nextIds.table,
      name,
      sheet,
      row: rect.row,
      col: rect.col,
      cols: rect.cols,
      dataRows: Math.max(rect.rows - 1, 1),
      style: "TableStyleMedium2",
    };
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableData, name: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new InMemoryExcelError("InvalidArgument", `The table name '${name}' is not valid.`);
    }
    const other = this.findTable(name);
    if (other && other !== table) throw new InMemoryExcelError("ItemAlreadyExists", `A table named '${name}' already exists.`);
    table.name = name;
  }

  nextConditionalFormatId(): number {
    return this.nextIds.cf++;
  }

  // ---- helpers for tests and the playground (no sync involved) -------------------------

  /**
   * Writes values straight into the document, e.g. to build a test workbook. `handOver`: the matrices become
   * the sheet's, not copied (the playground's 20,000 generated lines: ~15 ms and 8 MB less); the caller must not
   * change them after.
   */
  seed(sheetName: string, topLeft: string, values: CellValue[][], numberFormats?: (string | null)[][], { handOver = false } = {}): void {
    const sheet = this.requireSheet(sheetName);
    const start = parseA1(topLeft);
    if (!start) throw new InMemoryExcelError("InvalidArgument", `Bad address ${topLeft}`);
    if (sheet.rows.size === 0 && start.col === 0) {
      // An empty sheet filled from column A (a 20,000-line demo register): its rows become cells when first
      // asked for, and a read of values takes them from the matrix (seededRows.ts).
      sheet.rows = new SeededRows(start.row, values, numberFormats, handOver);
      return;
    }
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.touchCell(sheet, start.row + r, start.col + c);
        cell.value = value;
        const format = numberFormats?.[r]?.[c];
        if (format) cell.numberFormat = format;
      }),
    );
  }

  /** Seeds a table over an existing header + data block and names it. */
  seedTable(sheetName: string, address: string, name: string): TableData {
    const rect = parseA1(splitSheet(address).local);
    if (!rect) throw new InMemoryExcelError("InvalidArgument", `Bad address ${address}`);
    const table = this.addTable(this.requireSheet(sheetName), rect, true);
    this.renameTable(table, name);
    return table;
  }

  requireSheet(name: string): SheetData {
    const sheet = this.findSheet(name);
    if (!sheet) throw new InMemoryExcelError("ItemNotFound", `No worksheet named '${name}'.`);
    return sheet;
  }

  /** Cell by "Sheet!A1" or (sheet, "A1"), for assertions. */
  cellAt(sheetName: string, a1: string): Cell | undefined {
    const rect = parseA1(a1);
    if (!rect) return undefined;
    return this.getCell(this.requireSheet(sheetName), rect.row, rect.col);
  }

  valuesAt(sheetName: string, a1: string): CellValue[][] {
    const sheet = this.requireSheet(sheetName);
    const rect = parseA1(a1)!;
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => this.readValue(sheet, rect.row + r, rect.col + c)),
    );
  }

  /**
   * Every non-empty cell of every sheet as "Sheet!A1" → serialized cell, for before/after diffs
   * ("nothing outside the add-in's tables was written").
   */
  cellSnapshot(): Map<string, string> {
    const snapshot = new Map<string, string>();
    for (const sheet of this.sheets) {
      for (const [r, cells] of sheet.rows) {
        cells.forEach((cell, c) => {
          if (cell) snapshot.set(rectToAddress(sheet.name, { row: r, col: c, rows: 1, cols: 1 }), JSON.stringify(cell));
        });
      }
    }
    return snapshot;
  }
}

/** The client of contexts created without one (one Excel session: the pane, the playground, the tests). */
export const DEFAULT_CLIENT = "local";

function rectsOverlapTable(table: TableData, rect: Rect): boolean {
  const t = { row: table.row, col: table.col, rows: table.dataRows + 1, cols: table.cols };
  return t.row < rect.row + rect.rows && rect.row < t.row + t.rows && t.col < rect.col + rect.cols && rect.col < t.col + t.cols;
}

/**
 * Everything Excel keeps for one sheet — cells, column widths, frozen panes, validations, conditional formats,
 * extras (charts, page layout) and the tables on it — as one JSON string: equal strings mean an untouched sheet.
 */
export function sheetFingerprint(workbook: InMemoryWorkbook, sheetName: string): string {
  const sheet = workbook.requireSheet(sheetName);
  const rows = [...sheet.rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, cells]) => [r, cells.map((cell, c) => (cell ? [c, cell] : null)).filter(Boolean)]);
  const tables = workbook.tables.filter((t) => t.sheet === sheet).map(({ sheet: _, ...rest }) => rest);
  return JSON.stringify({
    name: sheet.name,
    position: workbook.sheets.indexOf(sheet),
    rows,
    columnWidths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    frozen: [sheet.frozenRows, sheet.frozenColumns],
    dataValidations: sheet.dataValidations,
    conditionalFormats: sheet.conditionalFormats,
    // An empty list is what a read leaves (chartsOf creates it on first look): the same as none.
    extras: Object.fromEntries(Object.entries(sheet.extras).filter(([, v]) => !(Array.isArray(v) && v.length === 0))),
    tables,
  });
}

/** Addresses that changed between two snapshots (added, removed or different). */
export function diffSnapshots(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed: string[] = [];
  for (const [key, value] of after) if (before.get(key) !== value) changed.push(key);
  for (const key of before.keys()) if (!after.has(key)) changed.push(key);
  return changed.sort();
}

export function tableRect(table: TableData): Rect {
  return { row: table.row, col: table.col, rows: table.dataRows + 1, cols: table.cols };
}
