/** Excel.Range and the parts of it src/excel uses: values, numberFormat, formulas, format, validation, conditional formats. */
import { InMemoryExcelError } from "./errors";
import { checkCellsPerRead, checkListSource } from "./limits";
import { Rect, columnLetters, isInsideSheet, rectToAddress } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { WorksheetProxy } from "./worksheet";
import { formulaOf, numberFormatOf, valueOf, type ConditionalFormatData, type InMemoryWorkbook, type SheetData } from "./store";

export interface RangeTarget {
  sheet: SheetData;
  rect: Rect;
}

type Matrix = unknown[][];

const RANGE_PROPERTIES = ["values", "numberFormat", "formulas", "text", "address", "addressLocal", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount"] as const;

/**
 * Checks a values/numberFormat/formulas input against the range and returns a cell accessor. A single value
 * (not an array) applies to every cell of the range, as Office.js documents: "If you need to apply the same
 * value, the same number format, or the same formula to a range of cells, it's more efficient to specify a
 * single value instead of an array of values" (Performance optimization using the Excel JavaScript API,
 * "Update all cells in a range": https://learn.microsoft.com/office/dev/add-ins/excel/performance#update-all-cells-in-a-range).
 */
function matrixFor(input: unknown, rect: Rect, property: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input as Matrix;
  const fits = rows.length === rect.rows && rows.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!fits) {
    throw new InMemoryExcelError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}: ${rows.length}×${Array.isArray(rows[0]) ? rows[0].length : "?"} for ${rect.rows}×${rect.cols}).`,
    );
  }
  return (r, c) => rows[r][c];
}

export class RangeProxy extends FakeClientObject<RangeTarget> {
  protected readonly scalarProperties = RANGE_PROPERTIES;
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;
  /** The range's sheet (load its name to learn where the selection is). */
  readonly worksheet: WorksheetProxy;

  constructor(context: FakeRequestContext, resolve: () => RangeTarget | null) {
    super(context, resolve, "Range");
    this.format = new RangeFormatProxy(this, context, resolve);
    this.dataValidation = new DataValidationProxy(context, resolve);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(context, resolve);
    this.worksheet = new WorksheetProxy(context, () => resolve()?.sheet ?? null);
  }

  private get doc(): InMemoryWorkbook {
    return this.context.document;
  }

  protected readProperty({ sheet, rect }: RangeTarget, name: string): unknown {
    const doc = this.doc;
    if (name === "values" || name === "formulas" || name === "numberFormat" || name === "text") checkCellsPerRead(rect);
    switch (name) {
      case "values":
        return doc.readValues(sheet, rect);
      case "formulas":
        return doc.readGrid(sheet, rect, formulaOf);
      case "numberFormat":
        return doc.readGrid(sheet, rect, numberFormatOf);
      case "text":
        return doc.readGrid(sheet, rect, (cell) => String(valueOf(cell)));
      case "address":
        return rectToAddress(sheet.name, rect);
      case "addressLocal":
        return rectToAddress(sheet.name, rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "cellCount":
        return rect.rows * rect.cols;
    }
    return undefined;
  }

  get values(): unknown[][] { return this.get("values"); }
  set values(input: unknown[][]) {
    this.set("values", input, ({ sheet, rect }) => {
      const at = matrixFor(input, rect, "values");
      for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) this.doc.enterValue(sheet, rect.row + r, rect.col + c, at(r, c));
      this.context.recordWrite(sheet, rect);
    });
  }

  get formulas(): unknown[][] { return this.get("formulas"); }
  set formulas(input: unknown[][]) {
    this.set("formulas", input, ({ sheet, rect }) => {
      const at = matrixFor(input, rect, "formulas");
      for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) this.doc.enterValue(sheet, rect.row + r, rect.col + c, at(r, c));
      this.context.recordWrite(sheet, rect);
    });
  }

  get numberFormat(): string[][] { return this.get("numberFormat"); }
  /**
   * An r × c array (null leaves a cell's format) or one format for every cell (see matrixFor). The request
   * is measured like any write (the value as sent) and SyncRecord.numberFormatCells counts its entries:
   * r × c for an array, 1 for a single value (OfficeDev/office-js#5852: large 2-D format arrays are slow).
   */
  set numberFormat(input: string | (string | null)[][]) {
    const entries = Array.isArray(input) ? input.reduce((sum, row) => sum + (Array.isArray(row) ? row.length : 1), 0) : 1;
    this.set("numberFormat", input, ({ sheet, rect }) => {
      const at = matrixFor(input, rect, "numberFormat");
      for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) this.doc.setNumberFormat(sheet, rect.row + r, rect.col + c, at(r, c));
      this.context.recordWrite(sheet, rect);
    }, { numberFormatCells: entries });
  }

  get text(): string[][] { return this.get("text"); }
  get address(): string { return this.get("address"); }
  get addressLocal(): string { return this.get("addressLocal"); }
  get rowIndex(): number { return this.get("rowIndex"); }
  get columnIndex(): number { return this.get("columnIndex"); }
  get rowCount(): number { return this.get("rowCount"); }
  get columnCount(): number { return this.get("columnCount"); }
  get cellCount(): number { return this.get("cellCount"); }

  /** The document range behind this proxy, resolved now (call only inside a queued action, i.e. at sync time). */
  targetAtSync(): RangeTarget | null {
    return this.resolveTarget();
  }

  /**
   * range.clear(applyTo = "All") — ExcelApi 1.1. "Contents" empties values and formulas, "Formats" drops number
   * formats, cell formatting and the conditional formats inside the range, "All" does both. Tables stay (delete
   * them with table.delete()); column widths stay.
   */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    if (!["All", "Formats", "Contents"].includes(applyTo)) throw new InMemoryExcelError("InvalidArgument", `clear('${applyTo}') is not supported.`);
    this.act(({ sheet, rect }) => {
      const contents = applyTo !== "Formats";
      const formats = applyTo !== "Contents";
      for (const [r, cells] of sheet.rows) {
        if (r < rect.row || r >= rect.row + rect.rows) continue;
        cells.forEach((cell, c) => {
          if (!cell || c < rect.col || c >= rect.col + rect.cols) return;
          if (contents) {
            cell.value = "";
            delete cell.formula;
            delete cell.quotePrefix;
          }
          if (formats) {
            delete cell.numberFormat;
            delete cell.style;
          }
          if (cell.value === "" && cell.formula === undefined && cell.numberFormat === undefined && cell.style === undefined) delete cells[c];
        });
        if (cells.every((cell) => cell === undefined)) sheet.rows.delete(r);
      }
      if (formats) sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !inside(f.rect, rect));
      this.context.recordWrite(sheet, rect);
    }, { clear: applyTo });
  }

  /** A range derived from this one at sync time; out-of-sheet results throw InvalidArgument. */
  private derive(change: (rect: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const target = this.resolveTarget();
      if (target === null) return null;
      const rect = change(target.rect);
      if (!isInsideSheet(rect)) throw new InMemoryExcelError("InvalidArgument", "The range is outside the worksheet.");
      return { sheet: target.sheet, rect };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive((r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }
  getRow(row: number): RangeProxy {
    return this.derive((r) => ({ row: r.row + row, col: r.col, rows: 1, cols: r.cols }));
  }
  getColumn(column: number): RangeProxy {
    return this.derive((r) => ({ row: r.row, col: r.col + column, rows: r.rows, cols: 1 }));
  }
  getLastRow(): RangeProxy {
    return this.derive((r) => ({ row: r.row + r.rows - 1, col: r.col, rows: 1, cols: r.cols }));
  }
  /** `count` rows right under this range, same columns (ExcelApi 1.2). */
  getRowsBelow(count = 1): RangeProxy {
    return this.derive((r) => ({ row: r.row + r.rows, col: r.col, rows: count, cols: r.cols }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive((r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive((r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.derive((r) => ({ ...r, rows: numRows, cols: numColumns }));
  }
  /**
   * The rectangular intersection with another range of the same sheet (ExcelApi 1.1). No overlap fails
   * the sync with ItemNotFound, as documented; a range on another sheet with InvalidArgument. Only a
   * Range argument is supported here (Office.js also takes an address).
   */
  getIntersection(anotherRange: RangeProxy): RangeProxy {
    if (!(anotherRange instanceof RangeProxy)) throw new InMemoryExcelError("InvalidArgument", "getIntersection(address) is not in the in-memory Excel: pass a Range.");
    return new RangeProxy(this.context, () => {
      const target = this.resolveTarget();
      if (target === null) return null;
      const other = anotherRange.resolveTarget();
      if (other === null) return null;
      if (other.sheet !== target.sheet) throw new InMemoryExcelError("InvalidArgument", "The ranges are on different worksheets.");
      const a = target.rect;
      const b = other.rect;
      const row = Math.max(a.row, b.row);
      const col = Math.max(a.col, b.col);
      const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
      const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
      if (rows < 1 || cols < 1) throw new InMemoryExcelError("ItemNotFound", "The ranges do not intersect.");
      return { sheet: target.sheet, rect: { row, col, rows, cols } };
    });
  }

  /**
   * The used part of this range (ExcelApi 1.4): its intersection with the sheet's used range; a null
   * object when nothing in it is used (or this range is itself a null object).
   */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const range = new RangeProxy(this.context, () => {
      const target = this.resolveTarget();
      const used = target && this.context.document.usedRect(target.sheet, valuesOnly);
      if (!target || !used) return null;
      const a = target.rect;
      const row = Math.max(a.row, used.row);
      const col = Math.max(a.col, used.col);
      const rows = Math.min(a.row + a.rows, used.row + used.rows) - row;
      const cols = Math.min(a.col + a.cols, used.col + used.cols) - col;
      return rows < 1 || cols < 1 ? null : { sheet: target.sheet, rect: { row, col, rows, cols } };
    });
    range.checkExistsAtSync();
    return range;
  }

  /** Selects the range and activates its sheet; fires workbook.onSelectionChanged after the sync. */
  select(): void {
    this.act(({ sheet, rect }) => {
      this.doc.selection = { sheetId: sheet.id, rect };
      this.doc.activeSheetId = sheet.id;
      this.context.recordSelection();
    });
  }
}

/** range.format: fill, font, widths. Setters only; values land in the cells' `style` bag. */
export class RangeFormatProxy {
  readonly fill: { color: string; clear(): void };
  readonly font: { bold: boolean; italic: boolean; color: string; name: string; size: number };

  constructor(
    private readonly range: RangeProxy,
    private readonly context: FakeRequestContext,
    private readonly resolve: () => RangeTarget | null,
  ) {
    const styleSetter = (key: string) => ({
      set: (value: unknown) => this.setStyle(key, value),
      get: () => {
        throw new InMemoryExcelError("PropertyNotLoaded", `The in-memory Excel does not load format.${key}; inspect the document instead.`);
      },
    });
    this.fill = Object.defineProperties({} as { color: string; clear(): void }, {
      color: styleSetter("fill.color"),
      clear: { value: () => this.setStyle("fill.color", undefined) },
    });
    this.font = Object.defineProperties({} as { bold: boolean; italic: boolean; color: string; name: string; size: number }, {
      bold: styleSetter("font.bold"),
      italic: styleSetter("font.italic"),
      color: styleSetter("font.color"),
      name: styleSetter("font.name"),
      size: styleSetter("font.size"),
    });
  }

  private apply(apply: (target: RangeTarget) => void, payload: unknown): void {
    this.context.enqueue(() => {
      const target = this.resolve();
      if (target) apply(target);
    }, payload);
  }

  private setStyle(key: string, value: unknown): void {
    this.apply(({ sheet, rect }) => {
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const cell = this.context.document.touchCell(sheet, r, c);
          cell.style = { ...cell.style, [key]: value };
        }
      }
    }, { [key]: value });
  }

  set wrapText(value: boolean) { this.setStyle("wrapText", value); }
  set horizontalAlignment(value: string) { this.setStyle("horizontalAlignment", value); }
  set verticalAlignment(value: string) { this.setStyle("verticalAlignment", value); }

  set columnWidth(points: number) {
    this.apply(({ sheet, rect }) => {
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, points);
    }, { columnWidth: points });
  }

  /** Width from the longest text in each column (≈ 7 points per character + padding). */
  autofitColumns(): void {
    this.apply(({ sheet, rect }) => {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        let longest = 0;
        for (const cells of sheet.rows.values()) longest = Math.max(longest, String(cells[c]?.value ?? "").length);
        sheet.columnWidths.set(c, Math.max(48, longest * 7 + 10));
      }
    }, { autofitColumns: columnLetters(0) });
  }

  autofitRows(): void {
    this.apply(() => undefined, { autofitRows: true });
  }

  /** For symmetry with Excel.RangeFormat; the range itself. */
  get parentRange(): RangeProxy {
    return this.range;
  }
}

/** range.dataValidation: only `rule` (list, and any other rule stored as given), `clear()`. */
export class DataValidationProxy {
  constructor(private readonly context: FakeRequestContext, private readonly resolve: () => RangeTarget | null) {}

  set rule(rule: Record<string, unknown>) {
    this.context.enqueue(() => {
      const target = this.resolve();
      if (!target) return;
      const list = rule.list as { source?: unknown } | undefined;
      if (list && (typeof list.source !== "string" || list.source.length === 0)) {
        throw new InMemoryExcelError("InvalidArgument", "A list validation needs a non-empty source.");
      }
      if (list) checkListSource(list.source as string);
      const { sheet, rect } = target;
      sheet.dataValidations = sheet.dataValidations.filter((v) => !sameRect(v.rect, rect));
      sheet.dataValidations.push({ rect, rule });
    }, { rule });
  }

  clear(): void {
    this.context.enqueue(() => {
      const target = this.resolve();
      if (target) target.sheet.dataValidations = target.sheet.dataValidations.filter((v) => !sameRect(v.rect, target.rect));
    });
  }
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

const CONDITIONAL_FORMAT_TYPES = ["Custom", "CellValue", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText"];

/** range.conditionalFormats.add(type) → a conditional format whose rule and format are stored, not evaluated. */
export class ConditionalFormatCollectionProxy {
  constructor(private readonly context: FakeRequestContext, private readonly resolve: () => RangeTarget | null) {}

  add(type: string): ConditionalFormatProxy {
    const record: ConditionalFormatData = { id: 0, rect: { row: 0, col: 0, rows: 1, cols: 1 }, type, rule: {}, format: {} };
    this.context.enqueue(() => {
      if (!CONDITIONAL_FORMAT_TYPES.includes(type)) throw new InMemoryExcelError("InvalidArgument", `Conditional format type '${type}' is not valid.`);
      const target = this.resolve();
      if (!target) return;
      record.id = this.context.document.nextConditionalFormatId();
      record.rect = target.rect;
      target.sheet.conditionalFormats.push(record);
    }, { add: type });
    return new ConditionalFormatProxy(this.context, record);
  }

  /** ExcelApi 1.6: removes the conditional formats that lie inside this range (partly overlapping ones are kept). */
  clearAll(): void {
    this.context.enqueue(() => {
      const target = this.resolve();
      if (target) target.sheet.conditionalFormats = target.sheet.conditionalFormats.filter((f) => !inside(f.rect, target.rect));
    }, { clearAll: true });
  }
}

/** The typed sub-objects (custom, cellValue, dataBar, iconSet) share one record; setters queue changes to it. */
export class ConditionalFormatProxy {
  readonly custom: ConditionalSubProxy;
  readonly cellValue: ConditionalSubProxy;
  readonly dataBar: DataBarProxy;
  readonly iconSet: IconSetProxy;

  constructor(private readonly context: FakeRequestContext, private readonly record: ConditionalFormatData) {
    this.custom = new ConditionalSubProxy(context, record, "Custom");
    this.cellValue = new ConditionalSubProxy(context, record, "CellValue");
    this.dataBar = new DataBarProxy(context, record);
    this.iconSet = new IconSetProxy(context, record);
  }

  set stopIfTrue(value: boolean) {
    this.context.enqueue(() => {
      this.record.stopIfTrue = value;
    }, { stopIfTrue: value });
  }
}

class ConditionalSubProxy {
  readonly format: { fill: { color: string }; font: { color: string; bold: boolean; italic: boolean } };
  private readonly ruleProxy: { formula: string };

  constructor(private readonly context: FakeRequestContext, private readonly record: ConditionalFormatData, private readonly kind: string) {
    // custom.rule.formula = "=…" sets one member; cellValue.rule = { formula1, operator } sets the whole rule.
    this.ruleProxy = Object.defineProperty({} as { formula: string }, "formula", {
      set: (formula: string) => this.change(() => (record.rule = { ...record.rule, formula }), { formula }),
    });
    const formatKey = (key: string) => ({ set: (value: unknown) => this.change(() => (record.format = { ...record.format, [key]: value }), { [key]: value }) });
    this.format = {
      fill: Object.defineProperties({} as { color: string }, { color: formatKey("fill.color") }),
      font: Object.defineProperties({} as { color: string; bold: boolean; italic: boolean }, { color: formatKey("font.color"), bold: formatKey("font.bold"), italic: formatKey("font.italic") }),
    };
  }

  get rule(): { formula: string } {
    return this.ruleProxy;
  }
  set rule(rule: Record<string, unknown> | { formula: string }) {
    this.change(() => (this.record.rule = { ...rule }), { rule });
  }

  private change(apply: () => void, payload: unknown): void {
    this.context.enqueue(() => {
      if (this.record.type !== this.kind) throw new InMemoryExcelError("InvalidOperation", `This conditional format is ${this.record.type}, not ${this.kind}.`);
      apply();
    }, payload);
  }
}

/** Queues a change of a typed conditional format; fails at sync when the format is of another type. */
function changeTyped(context: FakeRequestContext, record: ConditionalFormatData, kind: string, key: string, value: unknown, check?: () => void): void {
  context.enqueue(() => {
    if (record.type !== kind) throw new InMemoryExcelError("InvalidOperation", `This conditional format is ${record.type}, not ${kind}.`);
    check?.();
    record.rule = { ...record.rule, [key]: value };
  }, { [key]: value });
}

const BOUND_RULE_TYPES = ["Automatic", "LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];

/** conditionalFormat.dataBar (ExcelApi 1.6): bounds, direction, bar colour; stored in the record's rule. */
export class DataBarProxy {
  readonly positiveFormat: { fillColor: string; gradientFill: boolean };

  constructor(private readonly context: FakeRequestContext, private readonly record: ConditionalFormatData) {
    const key = (name: string) => ({ set: (value: unknown) => changeTyped(context, record, "DataBar", `positiveFormat.${name}`, value) });
    this.positiveFormat = Object.defineProperties({} as { fillColor: string; gradientFill: boolean }, { fillColor: key("fillColor"), gradientFill: key("gradientFill") });
  }

  private bound(key: string, rule: { type: string; formula?: string }): void {
    changeTyped(this.context, this.record, "DataBar", key, { ...rule }, () => {
      if (!BOUND_RULE_TYPES.includes(rule.type)) throw new InMemoryExcelError("InvalidArgument", `Data bar rule type '${rule.type}' is not valid.`);
      if (["Number", "Percent", "Formula", "Percentile"].includes(rule.type) && (rule.formula === undefined || rule.formula === "")) {
        throw new InMemoryExcelError("InvalidArgument", `A ${rule.type} data bar bound needs a formula.`);
      }
    });
  }

  set lowerBoundRule(rule: { type: string; formula?: string }) { this.bound("lowerBoundRule", rule); }
  set upperBoundRule(rule: { type: string; formula?: string }) { this.bound("upperBoundRule", rule); }
  set barDirection(value: string) { changeTyped(this.context, this.record, "DataBar", "barDirection", value); }
  set showDataBarOnly(value: boolean) { changeTyped(this.context, this.record, "DataBar", "showDataBarOnly", value); }
}

/** Icon sets (Excel.IconSet string values) and how many icons each has. */
export const ICON_SETS: Record<string, number> = {
  ThreeArrows: 3, ThreeArrowsGray: 3, ThreeFlags: 3, ThreeTrafficLights1: 3, ThreeTrafficLights2: 3, ThreeSigns: 3,
  ThreeSymbols: 3, ThreeSymbols2: 3, ThreeStars: 3, ThreeTriangles: 3, FourArrows: 4, FourArrowsGray: 4,
  FourRedToBlack: 4, FourRating: 4, FourTrafficLights: 4, FiveArrows: 5, FiveArrowsGray: 5, FiveRating: 5,
  FiveQuarters: 5, FiveBoxes: 5,
};

export interface IconCriterion {
  type: string;
  operator: string;
  formula: string;
}

/**
 * conditionalFormat.iconSet (ExcelApi 1.6). criteria[0] is the lowest icon and may be `{}`; each other
 * criterion says from which value its icon applies: { type: "Number", operator: "GreaterThanOrEqual", formula: "=3" }.
 */
export class IconSetProxy {
  constructor(private readonly context: FakeRequestContext, private readonly record: ConditionalFormatData) {}

  set style(value: string) {
    changeTyped(this.context, this.record, "IconSet", "style", value, () => {
      if (!(value in ICON_SETS)) throw new InMemoryExcelError("InvalidArgument", `Icon set '${value}' is not valid.`);
    });
  }
  set reverseIconOrder(value: boolean) { changeTyped(this.context, this.record, "IconSet", "reverseIconOrder", value); }
  set showIconOnly(value: boolean) { changeTyped(this.context, this.record, "IconSet", "showIconOnly", value); }
  set criteria(value: (IconCriterion | Record<string, never>)[]) {
    changeTyped(this.context, this.record, "IconSet", "criteria", value.map((c) => ({ ...c })), () => {
      const icons = ICON_SETS[String(this.record.rule.style ?? "ThreeTrafficLights1")] ?? 3;
      if (!Array.isArray(value) || value.length !== icons) throw new InMemoryExcelError("InvalidArgument", `This icon set needs ${icons} criteria.`);
      value.slice(1).forEach((c) => {
        const criterion = c as Partial<IconCriterion>;
        if (!criterion.type || !["Number", "Percent", "Formula", "Percentile"].includes(criterion.type) || !["GreaterThan", "GreaterThanOrEqual"].includes(String(criterion.operator)) || !criterion.formula) {
          throw new InMemoryExcelError("InvalidArgument", "Each icon criterion needs a type, an operator (GreaterThan / GreaterThanOrEqual) and a formula.");
        }
      });
    });
  }
}
