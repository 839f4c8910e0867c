/**
 * Excel.NamedItemCollection / NamedItem (workbook scope): names that refer to a range of cells, kept by
 * sheet id so a renamed sheet keeps its names, as in Excel. Names are case-insensitive. A name whose
 * formula is not a plain reference (a constant, a formula) has no range: getRangeOrNullObject is null.
 * API sets: names (1.1), getItemOrNullObject (1.4), add (1.4), getRangeOrNullObject (1.4), getRange (1.1).
 */
import { InMemoryExcelError } from "./errors";
import { nameTaken } from "./limits";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeCollection } from "./collection";
import { RangeProxy } from "./range";
import { Rect, parseA1, rectToAddress, splitSheet } from "./address";
import type { InMemoryWorkbook } from "./store";

/** A name as the document keeps it: a range (sheet id + rectangle), or any other formula text. */
export type NamedItemData = { name: string; sheetId: string; rect: Rect } | { name: string; formula: string };

/** The workbook's names, one map per document (kept outside the store class: additive). */
const namesByDocument = new WeakMap<InMemoryWorkbook, Map<string, NamedItemData>>();

export function namesOf(doc: InMemoryWorkbook): Map<string, NamedItemData> {
  let names = namesByDocument.get(doc);
  if (!names) namesByDocument.set(doc, (names = new Map()));
  return names;
}

/** "=Sheet!$A$2:$A$10" / "Sheet!A2" → a range name; anything else is kept as a formula. */
export function parseNameReference(doc: InMemoryWorkbook, name: string, reference: string): NamedItemData {
  const text = reference.replace(/^=/, "");
  const { sheet, local } = splitSheet(text);
  const rect = parseA1(local);
  const data = sheet !== null ? doc.findSheet(sheet) : undefined;
  return data && rect ? { name, sheetId: data.id, rect } : { name, formula: reference.startsWith("=") ? reference : `=${reference}` };
}

/** Seeds a workbook-scope name (test set-up, no sync): `defineName(workbook, "Holidays", "Hol!$A$2:$A$5")`. */
export function defineName(doc: InMemoryWorkbook, name: string, reference: string): void {
  namesOf(doc).set(name.toLowerCase(), parseNameReference(doc, name, reference));
}

const VALID_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class NamedItemProxy extends FakeClientObject<NamedItemData> {
  protected readonly scalarProperties = ["name", "type", "value", "formula", "visible"] as const;

  constructor(context: FakeRequestContext, resolve: () => NamedItemData | null) {
    super(context, resolve, "NamedItem");
  }

  protected readProperty(item: NamedItemData, property: string): unknown {
    const doc = this.context.document;
    const formula = "formula" in item ? item.formula : `=${rectToAddress(doc.sheetById(item.sheetId)?.name ?? "#REF!", item.rect)}`;
    switch (property) {
      case "name":
        return item.name;
      case "type":
        return "formula" in item ? "String" : "Range";
      case "value":
        return formula.slice(1);
      case "formula":
        return formula;
      default:
        return true;
    }
  }

  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): unknown {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }

  private rangeTarget(): { sheet: NonNullable<ReturnType<InMemoryWorkbook["sheetById"]>>; rect: Rect } | null {
    const item = this.resolveTarget();
    if (!item || "formula" in item) return null;
    const sheet = this.context.document.sheetById(item.sheetId);
    return sheet ? { sheet, rect: item.rect } : null;
  }

  /** The range the name refers to; the sync fails with InvalidOperation when it refers to no range. */
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const target = this.rangeTarget();
      if (!target) throw new InMemoryExcelError("InvalidOperation", "The name does not refer to a range.");
      return target;
    });
  }

  getRangeOrNullObject(): RangeProxy {
    const range = new RangeProxy(this.context, () => this.rangeTarget());
    range.checkExistsAtSync();
    return range;
  }
}

export class NamedItemCollectionProxy extends FakeCollection<NamedItemProxy> {
  constructor(context: FakeRequestContext) {
    super(context, "NamedItemCollection");
  }

  private find(name: string): NamedItemData | null {
    return namesOf(this.context.document).get(name.toLowerCase()) ?? null;
  }

  protected currentItems(): NamedItemProxy[] {
    return [...namesOf(this.context.document).values()].map((item) => new NamedItemProxy(this.context, () => this.find(item.name)));
  }

  /** Adds a name (reference: a Range or a formula text). An existing name fails the sync, as in Excel. */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    void comment;
    const text = typeof reference === "string" ? reference : null;
    this.context.enqueue(
      () => {
        const doc = this.context.document;
        if (!VALID_NAME.test(name)) throw new InMemoryExcelError("InvalidArgument", `The name '${name}' is not valid.`);
        if (this.find(name)) throw new InMemoryExcelError("ItemAlreadyExists", `The name '${name}' already exists.`);
        if (doc.findTable(name)) throw nameTaken("name", name);
        const item: NamedItemData =
          text !== null
            ? parseNameReference(doc, name, text)
            : ((target) => ({ name, sheetId: target.sheet.id, rect: target.rect }))(rangeOf(reference as RangeProxy));
        namesOf(doc).set(name.toLowerCase(), item);
      },
      { name },
    );
    return new NamedItemProxy(this.context, () => this.find(name));
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => {
      const found = this.find(name);
      if (!found) throw new InMemoryExcelError("ItemNotFound", `The name '${name}' doesn't exist.`);
      return found;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    const proxy = new NamedItemProxy(this.context, () => this.find(name));
    proxy.checkExistsAtSync();
    return proxy;
  }
}

/** The sheet and rectangle of a range proxy, at sync time. */
function rangeOf(range: RangeProxy): { sheet: { id: string }; rect: Rect } {
  const target = range.targetAtSync();
  if (!target) throw new InMemoryExcelError("InvalidArgument", "The range does not exist.");
  return target;
}
