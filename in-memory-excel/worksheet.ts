/** Excel.Worksheet and Excel.WorksheetCollection (getItem, getItemOrNullObject, add, getActiveWorksheet, items). */
import { InMemoryExcelError } from "./errors";
import { Rect, isInsideSheet, parseA1, splitSheet } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeCollection } from "./collection";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./table";
import { ChartCollectionProxy } from "./chart";
import { PageLayoutProxy } from "./pageLayout";
import { WorksheetProtectionProxy } from "./protection";
import type { SheetData, WorksheetChangedArgs } from "./store";

const WORKSHEET_PROPERTIES = ["name", "id", "position", "visibility"] as const;

export class WorksheetProxy extends FakeClientObject<SheetData> {
  protected readonly scalarProperties = WORKSHEET_PROPERTIES;
  readonly tables: TableCollectionProxy;
  /** ExcelApi 1.1 (see chart.ts). */
  readonly charts: ChartCollectionProxy;
  /** ExcelApi 1.9 (see pageLayout.ts). */
  readonly pageLayout: PageLayoutProxy;
  /** ExcelApi 1.2 (see protection.ts). */
  readonly protection: WorksheetProtectionProxy;
  readonly freezePanes: { freezeRows(count?: number): void; freezeColumns(count?: number): void; unfreeze(): void };
  readonly onChanged: { add(handler: (args: WorksheetChangedArgs) => unknown): { remove(): void } };

  constructor(context: FakeRequestContext, resolve: () => SheetData | null) {
    super(context, resolve, "Worksheet");
    this.tables = new TableCollectionProxy(context, resolve);
    this.charts = new ChartCollectionProxy(context, resolve);
    this.pageLayout = new PageLayoutProxy(context, resolve);
    this.protection = new WorksheetProtectionProxy(context, resolve);
    this.freezePanes = {
      freezeRows: (count = 1) => this.act((sheet) => void (sheet.frozenRows = count), { freezeRows: count }),
      freezeColumns: (count = 1) => this.act((sheet) => void (sheet.frozenColumns = count), { freezeColumns: count }),
      unfreeze: () => this.act((sheet) => void ((sheet.frozenRows = 0), (sheet.frozenColumns = 0)), { unfreeze: true }),
    };
    this.onChanged = {
      add: (handler) => {
        let registered: { sheetId: string } | null = null;
        this.act((sheet) => {
          const handlers = context.document.changedHandlers.get(sheet.id) ?? new Set();
          handlers.add(handler);
          context.document.changedHandlers.set(sheet.id, handlers);
          context.document.handlerClients.set(handler, context.client);
          registered = { sheetId: sheet.id };
        });
        return {
          remove: () =>
            context.enqueue(() => {
              if (registered) context.document.changedHandlers.get(registered.sheetId)?.delete(handler);
            }),
        };
      },
    };
  }

  protected readProperty(sheet: SheetData, name: string): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.context.document.sheets.indexOf(sheet);
      case "visibility":
        return "Visible";
    }
    return undefined;
  }

  get name(): string { return this.get("name"); }
  get id(): string { return this.get("id"); }
  get position(): number { return this.get("position"); }
  /** Moves the sheet to this 0-based position (ExcelApi 1.1). */
  set position(position: number) {
    this.set("position", position, (sheet) => this.context.document.moveSheet(sheet, position));
  }
  get visibility(): string { return this.get("visibility"); }

  private rangeAt(rect: () => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.resolveTarget();
      return sheet === null ? null : { sheet, rect: rect() };
    });
  }

  /** getRange() without an address is the whole sheet. */
  getRange(address?: string): RangeProxy {
    return this.rangeAt(() => {
      if (address === undefined) return { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };
      const rect = parseA1(splitSheet(address).local);
      if (!rect) throw new InMemoryExcelError("InvalidArgument", `The address '${address}' is not valid.`);
      return rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.rangeAt(() => {
      const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      if (!isInsideSheet(rect)) throw new InMemoryExcelError("InvalidArgument", "The range is outside the worksheet.");
      return rect;
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** An empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.rangeAt(() => this.context.document.usedRect(this.resolveTarget()!, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const range = new RangeProxy(this.context, () => {
      const sheet = this.resolveTarget();
      const rect = sheet && this.context.document.usedRect(sheet, valuesOnly);
      return sheet && rect ? { sheet, rect } : null;
    });
    range.checkExistsAtSync();
    return range;
  }

  /**
   * Deletes the sheet with its tables and charts (ExcelApi 1.1). Excel refuses to delete the last
   * visible sheet. Formulas elsewhere that pointed at it would show #REF! in Excel (the fake does not evaluate).
   */
  delete(): void {
    this.act((sheet) => this.context.document.deleteSheet(sheet), { delete: true });
  }

  activate(): void {
    this.act((sheet) => void (this.context.document.activeSheetId = sheet.id));
  }
}

export class WorksheetCollectionProxy extends FakeCollection<WorksheetProxy> {
  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection");
  }

  protected currentItems(): WorksheetProxy[] {
    return this.context.document.sheets.map((sheet) => new WorksheetProxy(this.context, () => sheet));
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheet = this.context.document.findSheet(key) ?? this.context.document.sheetById(key);
      if (!sheet) throw new InMemoryExcelError("ItemNotFound", `The requested worksheet '${key}' doesn't exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.context, () => this.context.document.findSheet(key) ?? this.context.document.sheetById(key) ?? null);
    proxy.checkExistsAtSync();
    return proxy;
  }

  /** Adds a sheet at the end; an existing name fails the sync with ItemAlreadyExists. */
  add(name?: string): WorksheetProxy {
    let created: SheetData | null = null;
    this.context.enqueue(() => {
      created = this.context.document.addSheet(name ?? this.context.document.nextDefaultSheetName());
    }, { add: name ?? null });
    return new WorksheetProxy(this.context, () => {
      if (!created) throw new InMemoryExcelError("InvalidReference", "The worksheet was not created.");
      return created;
    });
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const doc = this.context.document;
      const sheet = (doc.activeSheetId && doc.sheetById(doc.activeSheetId)) || doc.sheets[0];
      if (!sheet) throw new InMemoryExcelError("ItemNotFound", "The workbook has no worksheet.");
      return sheet;
    });
  }
}
