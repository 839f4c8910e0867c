/** Excel.Workbook: worksheets, tables, settings, application, functions, selection. */
import { InMemoryExcelError } from "./errors";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeCollection } from "./collection";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./table";
import { WorksheetCollectionProxy } from "./worksheet";
import { NamedItemCollectionProxy } from "./names";
import { serialFromYmd, DATE_SYSTEM_1904_OFFSET } from "../src/dates/serial";
import type { CalculationTypeName, SettingsChangedArgs } from "./store";

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;
  /** Workbook-scope names (names.ts). */
  readonly names: NamedItemCollectionProxy;
  readonly application: ApplicationProxy;
  readonly functions: FunctionsProxy;
  readonly onSelectionChanged: { add(handler: (args: { type: "SelectionChanged" }) => unknown): { remove(): void } };

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, null);
    this.settings = new SettingCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
    this.application = new ApplicationProxy(context);
    this.functions = new FunctionsProxy(context);
    this.onSelectionChanged = {
      add: (handler) => {
        context.enqueue(() => void context.document.selectionHandlers.add(handler));
        return { remove: () => context.enqueue(() => void context.document.selectionHandlers.delete(handler)) };
      },
    };
  }

  /** The selected range; A1 of the active sheet when nothing was selected yet. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const doc = this.context.document;
      if (doc.selection) {
        const sheet = doc.sheetById(doc.selection.sheetId);
        if (sheet) return { sheet, rect: doc.selection.rect };
      }
      const sheet = (doc.activeSheetId && doc.sheetById(doc.activeSheetId)) || doc.sheets[0];
      if (!sheet) throw new InMemoryExcelError("ItemNotFound", "The workbook has no worksheet.");
      return { sheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getActiveCell(): RangeProxy {
    return this.getSelectedRange().getCell(0, 0);
  }
}

// ---- settings -------------------------------------------------------------------------

interface SettingTarget {
  key: string;
}

export class SettingProxy extends FakeClientObject<SettingTarget> {
  protected readonly scalarProperties = ["key", "value"] as const;

  constructor(context: FakeRequestContext, resolve: () => SettingTarget | null) {
    super(context, resolve, "Setting");
  }

  protected readProperty({ key }: SettingTarget, name: string): unknown {
    return name === "key" ? key : clone(this.context.document.settings.get(key));
  }

  get key(): string { return this.get("key"); }
  get value(): unknown { return this.get("value"); }
  set value(value: unknown) {
    this.set("value", value, ({ key }) => {
      this.context.document.settings.set(key, clone(value));
      this.context.recordSettingsChange();
    });
  }

  delete(): void {
    this.act(({ key }) => {
      this.context.document.settings.delete(key);
      this.context.recordSettingsChange();
    });
  }
}

/** Settings values are stored as JSON (Office.js serializes them), so a round trip gives a copy. */
function clone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export class SettingCollectionProxy extends FakeCollection<SettingProxy> {
  /**
   * SettingCollection.onSettingsChanged (ExcelApi 1.4), "Occurs when the settings in the document are
   * changed" (https://learn.microsoft.com/javascript/api/excel/excel.settingcollection#excel-excel-settingcollection-onsettingschanged-member).
   * The handler is registered at the sync (as Office.js does); it fires once after each sync that added,
   * changed or deleted a setting, with `{ settings }` (Excel.SettingsChangedEventArgs) whose collection
   * belongs to a context of its own. Excel fires it for another user's save too; the fake has one user.
   */
  readonly onSettingsChanged: {
    add(handler: (args: SettingsChangedArgs) => unknown): { context: FakeRequestContext; remove(): void };
  };

  constructor(context: FakeRequestContext) {
    super(context, "SettingCollection");
    this.onSettingsChanged = {
      add: (handler) => {
        context.enqueue(() => void context.document.settingsHandlers.add(handler));
        return { context, remove: () => context.enqueue(() => void context.document.settingsHandlers.delete(handler)) };
      },
    };
  }

  protected currentItems(): SettingProxy[] {
    return [...this.context.document.settings.keys()].map((key) => new SettingProxy(this.context, () => ({ key })));
  }

  private find(key: string): SettingTarget | null {
    return this.context.document.settings.has(key) ? { key } : null;
  }

  /** Adds or replaces a setting. */
  add(key: string, value: unknown): SettingProxy {
    if (value === undefined) throw new InMemoryExcelError("InvalidArgument", "A setting value can't be undefined.");
    this.context.enqueue(() => {
      this.context.document.settings.set(key, clone(value));
      this.context.recordSettingsChange();
    }, { key, value });
    return new SettingProxy(this.context, () => this.find(key));
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this.context, () => {
      const found = this.find(key);
      if (!found) throw new InMemoryExcelError("ItemNotFound", `The setting '${key}' doesn't exist.`);
      return found;
    });
  }

  getItemOrNullObject(key: string): SettingProxy {
    const proxy = new SettingProxy(this.context, () => this.find(key));
    proxy.checkExistsAtSync();
    return proxy;
  }
}

// ---- application ----------------------------------------------------------------------

export class ApplicationProxy extends FakeClientObject<true> {
  protected readonly scalarProperties = ["calculationMode"] as const;
  readonly cultureInfo: { datetimeFormat: DatetimeFormatProxy };

  constructor(context: FakeRequestContext) {
    super(context, () => true, "Application");
    this.cultureInfo = { datetimeFormat: new DatetimeFormatProxy(context) };
  }

  protected readProperty(): unknown {
    return "Automatic";
  }

  get calculationMode(): string { return this.get("calculationMode"); }

  /** Recorded on the sync it applies to (SyncRecord.calculationSuspended). */
  suspendApiCalculationUntilNextSync(): void {
    this.context.suspendCalculation();
  }

  /**
   * Application.calculate(calculationType) (ExcelApi 1.1): "Recalculate all currently opened workbooks in
   * Excel" (https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculate-member(1)).
   * Applied at the sync and recorded in `workbook.calculations` (the fake evaluates no formula); a type
   * that is not an Excel.CalculationType fails the sync with InvalidArgument.
   */
  calculate(calculationType: CalculationTypeName): void {
    this.context.enqueue(() => {
      if (!CALCULATION_TYPES.includes(calculationType)) throw new InMemoryExcelError("InvalidArgument", `'${String(calculationType)}' is not a calculation type.`);
      this.context.document.calculations.push(calculationType);
    }, { calculate: calculationType });
  }
}

const CALCULATION_TYPES: readonly CalculationTypeName[] = ["Recalculate", "Full", "FullRebuild"];

export class DatetimeFormatProxy extends FakeClientObject<true> {
  protected readonly scalarProperties = ["shortDatePattern", "dateSeparator"] as const;

  constructor(context: FakeRequestContext) {
    super(context, () => true, "DatetimeFormatInfo");
  }

  protected readProperty(_: true, name: string): unknown {
    const pattern = this.context.document.shortDatePattern;
    return name === "shortDatePattern" ? pattern : (/[^dMy]/.exec(pattern)?.[0] ?? "/");
  }

  get shortDatePattern(): string { return this.get("shortDatePattern"); }
  get dateSeparator(): string { return this.get("dateSeparator"); }
}

// ---- worksheet functions (only DATE) ----------------------------------------------------

export class FunctionResultProxy extends FakeClientObject<{ value: number | string; error: string | null }> {
  protected readonly scalarProperties = ["value", "error"] as const;

  constructor(context: FakeRequestContext, compute: () => { value: number | string; error: string | null }) {
    super(context, compute, "FunctionResult");
  }

  protected readProperty(result: { value: number | string; error: string | null }, name: string): unknown {
    return name === "value" ? result.value : result.error;
  }

  get value(): number | string { return this.get("value"); }
  get error(): string | null { return this.get("error"); }
}

export class FunctionsProxy {
  constructor(private readonly context: FakeRequestContext) {}

  /** DATE(year, month, day) in the workbook's date system: the add-in probes the 1904 setting with it. */
  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(this.context, () => {
      const serial = serialFromYmd(year, month, day);
      if (serial === undefined) return { value: "#NUM!", error: "#NUM!" };
      const value = this.context.document.date1904 ? serial - DATE_SYSTEM_1904_OFFSET : serial;
      return value < 0 ? { value: "#NUM!", error: "#NUM!" } : { value, error: null };
    });
  }
}
