/** The proxy base class: loaded/set properties, null objects, queued actions. */
import { InMemoryExcelError, propertyNotLoaded } from "./errors";
import type { ActionCounts, FakeRequestContext } from "./context";

type LoadOption = string | string[] | { select?: string | string[] } | undefined;

function propertyNames(option: LoadOption, scalarProperties: readonly string[]): string[] {
  if (option === undefined) return [...scalarProperties];
  const raw = typeof option === "string" || Array.isArray(option) ? option : (option.select ?? scalarProperties);
  const list = typeof raw === "string" ? raw.split(",") : raw;
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Base of every proxy. Loaded/set property values live in `props`; reading one that is not there
 * throws PropertyNotLoaded, exactly when Office.js would.
 */
export abstract class FakeClientObject<Target> {
  protected readonly props: Record<string, unknown> = {};
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    /** Finds the document object at sync time; null = null object; throws ItemNotFound for getItem() misses. */
    protected readonly resolveTarget: () => Target | null,
    private readonly typeName: string,
  ) {}

  /** Properties loaded by load() without arguments. */
  protected abstract readonly scalarProperties: readonly string[];
  /** Reads one property from the document object (at sync time). */
  protected abstract readProperty(target: Target, name: string): unknown;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject", this.typeName);
    return this.nullState;
  }

  /** Called by *OrNullObject factories: the null check rides along with the next sync. */
  checkExistsAtSync(): void {
    this.context.enqueue(() => {
      const isNull = this.resolveTarget() === null;
      this.context.deferFill(() => (this.nullState = isNull));
    });
  }

  load(option?: LoadOption): this {
    const names = propertyNames(option, this.scalarProperties);
    this.context.enqueue(() => this.loadNow(names), names);
    return this;
  }

  /** Runs a load immediately (inside a sync); used by load() and by collection loads. */
  loadNow(requested?: string[]): unknown {
    {
      const names = requested ?? [...this.scalarProperties];
      const target = this.resolveTarget();
      if (target === null) {
        this.context.deferFill(() => (this.nullState = true));
        return undefined;
      }
      const data: Record<string, unknown> = {};
      for (const name of names) {
        if (!this.scalarProperties.includes(name)) throw new InMemoryExcelError("InvalidArgument", `Cannot load '${name}' on ${this.typeName} (not in the in-memory Excel).`);
        data[name] = this.readProperty(target, name);
      }
      this.context.deferFill(() => {
        this.nullState = false;
        Object.assign(this.props, data);
      });
      return data;
    }
  }

  protected get<T>(name: string): T {
    if (!(name in this.props)) throw propertyNotLoaded(name, this.typeName);
    return this.props[name] as T;
  }

  /** Sets a property: visible on this proxy at once (as in Office.js), applied to the document at sync. */
  protected set(name: string, value: unknown, apply: (target: Target) => void, sent?: ActionCounts): void {
    this.props[name] = value;
    this.act((target) => apply(target), { [name]: value }, sent);
  }

  /** Queues a method call / write against the resolved target; ignored on a null object. */
  protected act(apply: (target: Target) => unknown, payload?: unknown, sent?: ActionCounts): void {
    this.context.enqueue(() => {
      const target = this.resolveTarget();
      if (target === null) return undefined;
      return apply(target);
    }, payload, sent);
  }

  toJSON(): Record<string, unknown> {
    return { ...this.props };
  }
}
