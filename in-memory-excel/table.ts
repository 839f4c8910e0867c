/** Excel.Table, its rows/columns and Excel.TableCollection (workbook.tables and worksheet.tables). */
import { InMemoryExcelError } from "./errors";
import { Rect, parseA1, splitSheet } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeCollection } from "./collection";
import { nameTaken } from "./limits";
import { namesOf } from "./names";
import { assertUnprotected } from "./protection";
import { RangeProxy } from "./range";
import { WorksheetProxy } from "./worksheet";
import { SheetData, TableChangedArgs, TableData, tableRect } from "./store";

const TABLE_PROPERTIES = ["name", "id", "showHeaders", "showTotals", "style"] as const;

export class TableProxy extends FakeClientObject<TableData> {
  protected readonly scalarProperties = TABLE_PROPERTIES;
  readonly rows: TableRowCollectionProxy;
  readonly columns: TableColumnCollectionProxy;
  readonly worksheet: WorksheetProxy;
  /**
   * table.onChanged (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-onchanged-member:
   * "Occurs when data in cells changes on a specific table"). Registered at the sync; fires asynchronously
   * after each sync of any client that wrote into the table (rows.add: "RowInserted", else "RangeEdited"),
   * with TableChangedEventArgs whose `source` is "Remote" when another client wrote. `remove()` takes effect
   * at the next sync of this context (Excel.run(result.context, …)).
   */
  readonly onChanged: { add(handler: (args: TableChangedArgs) => unknown): { remove(): void } };

  constructor(context: FakeRequestContext, resolve: () => TableData | null) {
    super(context, resolve, "Table");
    this.rows = new TableRowCollectionProxy(context, resolve);
    this.columns = new TableColumnCollectionProxy(context, resolve);
    this.worksheet = new WorksheetProxy(context, () => resolve()?.sheet ?? null);
    this.onChanged = {
      add: (handler) => {
        let tableId: number | null = null;
        this.act((table) => {
          const handlers = context.document.tableChangedHandlers.get(table.id) ?? new Set();
          handlers.add(handler);
          context.document.tableChangedHandlers.set(table.id, handlers);
          context.document.handlerClients.set(handler, context.client);
          tableId = table.id;
        });
        return {
          remove: () =>
            context.enqueue(() => {
              if (tableId !== null) context.document.tableChangedHandlers.get(tableId)?.delete(handler);
            }),
        };
      },
    };
  }

  protected readProperty(table: TableData, name: string): unknown {
    switch (name) {
      case "name":
        return table.name;
      case "id":
        return String(table.id);
      case "showHeaders":
        return table.showHeaders ?? true;
      case "showTotals":
        return false;
      case "style":
        return table.style;
    }
    return undefined;
  }

  get name(): string { return this.get("name"); }
  set name(name: string) {
    this.set("name", name, (table) => {
      if (namesOf(this.context.document).has(name.toLowerCase())) throw nameTaken("table", name); // one namespace (limits.ts)
      this.context.document.renameTable(table, name);
    });
  }
  get id(): string { return this.get("id"); }
  get showHeaders(): boolean { return this.get("showHeaders"); }
  /** ExcelApi 1.1. */
  set showHeaders(show: boolean) {
    this.set("showHeaders", show, (table) => void (table.showHeaders = show));
  }
  get showTotals(): boolean { return this.get("showTotals"); }
  get style(): string { return this.get("style"); }
  /** Built-in styles only: TableStyleLight1–21, TableStyleMedium1–28, TableStyleDark1–11. */
  set style(style: string) {
    this.set("style", style, (table) => {
      if (!/^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/.test(style)) {
        throw new InMemoryExcelError("InvalidArgument", `The table style '${style}' is not valid.`);
      }
      table.style = style;
    });
  }

  /** Deletes the table and its cells' contents, like ListObject.Delete (ExcelApi 1.1). */
  delete(): void {
    this.act((table) => this.context.document.deleteTable(table), { delete: true });
  }

  private rangeOf(part: (table: TableData) => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.resolveTarget();
      return table === null ? null : { sheet: table.sheet, rect: part(table) };
    });
  }

  getRange(): RangeProxy {
    return this.rangeOf(tableRect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.rangeOf((t) => ({ row: t.row, col: t.col, rows: 1, cols: t.cols }));
  }
  getDataBodyRange(): RangeProxy {
    return this.rangeOf((t) => ({ row: t.row + 1, col: t.col, rows: t.dataRows, cols: t.cols }));
  }
}

export class TableRowCollectionProxy extends FakeClientObject<TableData> {
  protected readonly scalarProperties = ["count"] as const;

  constructor(context: FakeRequestContext, resolve: () => TableData | null) {
    super(context, resolve, "TableRowCollection");
  }

  protected readProperty(table: TableData): unknown {
    return table.dataRows;
  }

  get count(): number { return this.get("count"); }

  /**
   * Inserts rows at `index` (0-based in the data body; null/undefined = after the last row). Cells
   * below the table, in its columns, move down; the new rows take the number formats of the row
   * above and the table's data validation and conditional formats grow with it, as in Excel.
   */
  add(index?: number | null, values?: unknown[][]): void {
    this.act((table) => {
      const doc = this.context.document;
      const rows = values ?? [new Array(table.cols).fill("")];
      if (!Array.isArray(rows) || rows.length === 0 || rows.some((r) => !Array.isArray(r) || r.length !== table.cols)) {
        throw new InMemoryExcelError("InvalidArgument", `Each row added to table '${table.name}' must have ${table.cols} values.`);
      }
      const at = index ?? table.dataRows;
      if (at < 0 || at > table.dataRows) throw new InMemoryExcelError("InvalidArgument", "The row index is outside the table.");
      const sheet = table.sheet;
      assertUnprotected(sheet); // before any row moves (protection.ts)
      const insertRow = table.row + 1 + at;
      const oldLast = table.row + table.dataRows;
      doc.shiftDown(sheet, insertRow, table.col, table.cols, rows.length);
      table.dataRows += rows.length;
      growRules(sheet, table, insertRow, oldLast, rows.length);
      const formatRow = insertRow - 1 > table.row ? insertRow - 1 : insertRow + rows.length;
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const inherited = doc.getCell(sheet, formatRow, table.col + c)?.numberFormat;
          if (inherited !== undefined) doc.setNumberFormat(sheet, insertRow + r, table.col + c, inherited);
          doc.enterValue(sheet, insertRow + r, table.col + c, value === null ? "" : value);
        }),
      );
      this.context.recordWrite(sheet, { row: insertRow, col: table.col, rows: rows.length, cols: table.cols }, "RowInserted");
    }, { add: values });
  }
}

/** Validation and conditional-format rectangles that cover the table's rows grow when rows are inserted inside or at the end. */
function growRules(sheet: SheetData, table: TableData, insertRow: number, oldLast: number, count: number): void {
  const grows = (rect: Rect) =>
    rect.col >= table.col && rect.col + rect.cols <= table.col + table.cols && rect.row <= insertRow && rect.row + rect.rows - 1 >= insertRow - 1 && rect.row + rect.rows - 1 <= oldLast && rect.row > table.row;
  for (const v of sheet.dataValidations) if (grows(v.rect)) v.rect = { ...v.rect, rows: v.rect.rows + count };
  for (const f of sheet.conditionalFormats) if (grows(f.rect)) f.rect = { ...f.rect, rows: f.rect.rows + count };
}

interface ColumnTarget {
  table: TableData;
  index: number;
}

export class TableColumnProxy extends FakeClientObject<ColumnTarget> {
  protected readonly scalarProperties = ["name", "index"] as const;

  constructor(context: FakeRequestContext, resolve: () => ColumnTarget | null) {
    super(context, resolve, "TableColumn");
  }

  protected readProperty({ table, index }: ColumnTarget, name: string): unknown {
    return name === "index" ? index : this.context.document.readValue(table.sheet, table.row, table.col + index);
  }

  get name(): string { return this.get("name"); }
  get index(): number { return this.get("index"); }

  private rangeOf(part: (t: TableData, col: number) => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const target = this.resolveTarget();
      return target === null ? null : { sheet: target.table.sheet, rect: part(target.table, target.table.col + target.index) };
    });
  }

  getRange(): RangeProxy {
    return this.rangeOf((t, col) => ({ row: t.row, col, rows: t.dataRows + 1, cols: 1 }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.rangeOf((t, col) => ({ row: t.row, col, rows: 1, cols: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.rangeOf((t, col) => ({ row: t.row + 1, col, rows: t.dataRows, cols: 1 }));
  }
}

export class TableColumnCollectionProxy extends FakeCollection<TableColumnProxy> {
  constructor(context: FakeRequestContext, private readonly resolveTable: () => TableData | null) {
    super(context, "TableColumnCollection");
  }

  protected currentItems(): TableColumnProxy[] {
    const table = this.resolveTable();
    if (!table) return [];
    return Array.from({ length: table.cols }, (_, index) => new TableColumnProxy(this.context, () => ({ table, index })));
  }

  private find(key: string | number): ColumnTarget | null {
    const table = this.resolveTable();
    if (!table) return null;
    if (typeof key === "number") return key >= 0 && key < table.cols ? { table, index: key } : null;
    for (let index = 0; index < table.cols; index++) {
      if (String(this.context.document.readValue(table.sheet, table.row, table.col + index)).toLowerCase() === key.toLowerCase()) return { table, index };
    }
    return null;
  }

  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.context, () => {
      const found = this.find(key);
      if (!found) throw new InMemoryExcelError("ItemNotFound", `The column '${key}' doesn't exist.`);
      return found;
    });
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    const proxy = new TableColumnProxy(this.context, () => this.find(key));
    proxy.checkExistsAtSync();
    return proxy;
  }
  /**
   * columns.add (ExcelApi 1.1; `name` 1.4), at the table's right end only (index null/undefined or
   * the column count). `values`: the header, then one cell per data row. As Excel inserts table cells,
   * cells right of the table in its rows move right, never under the new column.
   */
  add(index?: number | null, values?: unknown[][], name?: string): void {
    this.context.enqueue(() => {
      const table = this.resolveTable();
      if (!table) throw new InMemoryExcelError("ItemNotFound", "The table doesn't exist.");
      if (index !== null && index !== undefined && index !== table.cols) {
        throw new InMemoryExcelError("InvalidArgument", "The in-memory Excel only adds a column at the table's right end.");
      }
      const cells = values ?? [[name ?? ""], ...Array.from({ length: table.dataRows }, () => [""])];
      if (cells.length !== table.dataRows + 1 || cells.some((r) => !Array.isArray(r) || r.length !== 1)) {
        throw new InMemoryExcelError("InvalidArgument", `A column added to table '${table.name}' must have ${table.dataRows + 1} values.`);
      }
      const doc = this.context.document;
      const sheet = table.sheet;
      assertUnprotected(sheet);
      const col = table.col + table.cols;
      doc.shiftRight(sheet, table.row, table.dataRows + 1, col, 1);
      const header = name ?? String(cells[0][0] ?? "");
      doc.enterValue(sheet, table.row, col, header === "" ? `Column${table.cols + 1}` : header);
      cells.slice(1).forEach((r, k) => doc.enterValue(sheet, table.row + 1 + k, col, r[0] === null ? "" : r[0]));
      table.cols++;
      this.context.recordWrite(sheet, { row: table.row, col, rows: table.dataRows + 1, cols: 1 });
      return undefined;
    }, { addColumn: values ?? name });
  }
}

/** workbook.tables (sheet = null: addresses carry the sheet name) or worksheet.tables. */
export class TableCollectionProxy extends FakeCollection<TableProxy> {
  constructor(context: FakeRequestContext, private readonly resolveSheet: (() => SheetData | null) | null) {
    super(context, "TableCollection");
  }

  private inScope(): TableData[] {
    const sheet = this.resolveSheet ? this.resolveSheet() : undefined;
    if (sheet === null) return [];
    return this.context.document.tables.filter((t) => sheet === undefined || t.sheet === sheet);
  }

  protected currentItems(): TableProxy[] {
    return this.inScope().map((table) => new TableProxy(this.context, () => table));
  }

  private find(key: string): TableData | null {
    const lower = key.toLowerCase();
    return this.inScope().find((t) => t.name.toLowerCase() === lower) ?? null;
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this.context, () => {
      const table = this.find(key);
      if (!table) throw new InMemoryExcelError("ItemNotFound", `The requested table '${key}' doesn't exist.`);
      return table;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    const proxy = new TableProxy(this.context, () => this.find(key));
    proxy.checkExistsAtSync();
    return proxy;
  }

  /** Creates a table over `address` ("Sheet!A1:D1" on workbook.tables). Only hasHeaders = true is supported. */
  add(address: string, hasHeaders: boolean): TableProxy {
    let created: TableData | null = null;
    this.context.enqueue(() => {
      const doc = this.context.document;
      const { sheet: sheetName, local } = splitSheet(address);
      const sheet = this.resolveSheet ? this.resolveSheet() : sheetName ? doc.findSheet(sheetName) : doc.sheetById(doc.activeSheetId ?? "");
      if (!sheet) throw new InMemoryExcelError("ItemNotFound", `The worksheet of '${address}' doesn't exist.`);
      const rect = parseA1(local);
      if (!rect) throw new InMemoryExcelError("InvalidArgument", `The address '${address}' is not valid.`);
      created = doc.addTable(sheet, rect, hasHeaders);
      this.context.recordWrite(sheet, tableRect(created));
    }, { add: address, hasHeaders });
    return new TableProxy(this.context, () => {
      if (!created) throw new InMemoryExcelError("InvalidReference", "The table was not created.");
      return created;
    });
  }
}
