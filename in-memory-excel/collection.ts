/** Loading `items` of a collection: Office.js fills one proxy per item, each with the requested properties loaded. */
import { propertyNotLoaded } from "./errors";
import type { FakeRequestContext } from "./context";

type LoadOption = string | string[] | { select?: string | string[] } | undefined;

/** "items/name, items/position" or "name" → ["name", "position"]; undefined = every scalar property. */
export function itemPropertyNames(option: LoadOption): string[] | undefined {
  if (option === undefined) return undefined;
  const raw = typeof option === "string" || Array.isArray(option) ? option : option.select;
  if (raw === undefined) return undefined;
  const list = (typeof raw === "string" ? raw.split(",") : raw).map((p) => p.trim()).filter((p) => p.length > 0);
  const names = list.filter((p) => p !== "items").map((p) => p.replace(/^items\//, ""));
  return names.length > 0 ? names : undefined;
}

export abstract class FakeCollection<Item extends { loadNow(names?: string[]): unknown }> {
  private loadedItems: Item[] | undefined;

  constructor(readonly context: FakeRequestContext, private readonly typeName: string) {}

  /** Proxies for the document objects that exist at sync time. */
  protected abstract currentItems(): Item[];

  get items(): Item[] {
    if (!this.loadedItems) throw propertyNotLoaded("items", this.typeName);
    return this.loadedItems;
  }

  load(option?: LoadOption): this {
    const names = itemPropertyNames(option);
    this.context.enqueue(() => {
      const items = this.currentItems();
      this.context.deferFill(() => (this.loadedItems = items));
      return items.map((item) => item.loadNow(names));
    }, { items: names ?? "*" });
    return this;
  }
}
