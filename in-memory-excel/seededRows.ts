/**
 * A sheet's rows as a seeded matrix (the playground's 20,000-line register): each row becomes its cells
 * the first time it is asked for (get, or any iteration), so seeding costs nothing and a read of the
 * values (store.ts readValues, through rawValues) takes them straight from the matrix. Everything else
 * sees the Map of cells it always saw: a row taken out (get) is kept as cells from then on; set and
 * delete behave as on a Map; iterating gives the seeded rows in ascending order, then the others as
 * they were added. Anything that iterates (the used range, inserting table rows, snapshots) makes every
 * row cells. Not to be cloned with structuredClone or read through Map.prototype directly: those see only
 * the rows already made cells.
 */
import type { Cell, CellValue } from "./store";

export class SeededRows extends Map<number, Cell[]> {
  /** The seeded rows still as values: index = row − first; null once taken out or replaced. */
  private raw: (readonly CellValue[] | null)[];
  private rawCount: number;
  /** Reused by peek: the reader reads it during its call only (store.ts readRowOf's picks). */
  private readonly scratch: Cell = { value: "", numberFormat: undefined };

  private readonly formats: readonly (readonly (string | null)[] | undefined)[] | undefined;

  /** `handOver`: the matrices are the sheet's from now on (no copy); the caller must not change them. */
  constructor(
    private readonly first: number,
    values: readonly (readonly CellValue[])[],
    formats?: readonly ((string | null)[] | undefined)[],
    handOver = false,
  ) {
    super();
    // Else the caller's matrices may change after: the seed is what they held. Rows of formats are often
    // one array repeated (a format per column): copied once each.
    this.raw = handOver ? values.slice() : values.map((row) => row.slice());
    const copies = new Map<readonly (string | null)[], (string | null)[]>();
    const copyOf = (row: (string | null)[]) => copies.get(row) ?? copies.set(row, row.slice()).get(row)!;
    this.formats = handOver ? formats : formats?.map((row) => row && copyOf(row));
    this.rawCount = values.length;
  }

  /** Whether row `r` is still a row of values (not yet cells). */
  isRaw(r: number): boolean {
    return this.raw[r - this.first] != null;
  }

  /** The cell at row `r` (still raw), column `c`, as a scratch Cell valid until the next peek; undefined past the row. */
  peek(r: number, c: number): Cell | undefined {
    const values = this.raw[r - this.first];
    if (!values || c >= values.length) return undefined;
    this.scratch.value = values[c];
    this.scratch.numberFormat = this.formats?.[r - this.first]?.[c] || undefined;
    return this.scratch;
  }

  /** A copy of row `r`'s values in columns [col, col + cols) ("" past the row's end); undefined once the row is cells. */
  rawValues(r: number, col: number, cols: number): CellValue[] | undefined {
    const values = this.raw[r - this.first];
    if (!values) return undefined;
    const copy = values.slice(col, col + cols);
    for (let c = 0; c < copy.length; c++) if (copy[c] == null) copy[c] = ""; // a hole in the seed is a blank cell
    while (copy.length < cols) copy.push("");
    return copy;
  }

  override get(r: number): Cell[] | undefined {
    return super.get(r) ?? this.takeOut(r);
  }

  override has(r: number): boolean {
    return this.isRaw(r) || super.has(r);
  }

  override set(r: number, cells: Cell[]): this {
    if (this.isRaw(r)) this.takeOut(r); // the row keeps its place in the order, as a Map's existing key does
    return super.set(r, cells);
  }

  override delete(r: number): boolean {
    if (this.isRaw(r)) this.takeOut(r);
    return super.delete(r);
  }

  override clear(): void {
    this.raw = [];
    this.rawCount = 0;
    super.clear();
  }

  override get size(): number {
    return super.size + this.rawCount;
  }

  override forEach(callback: (cells: Cell[], r: number, map: Map<number, Cell[]>) => void, thisArg?: unknown): void {
    this.takeOutAll();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[number, Cell[]]> {
    this.takeOutAll();
    return super.entries();
  }

  override keys(): MapIterator<number> {
    this.takeOutAll();
    return super.keys();
  }

  override values(): MapIterator<Cell[]> {
    this.takeOutAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[number, Cell[]]> {
    return this.entries();
  }

  /** Row `r`'s cells, made from its values (as the eager seed made them), now part of the Map. */
  private takeOut(r: number): Cell[] | undefined {
    const values = this.raw[r - this.first];
    if (!values) return undefined;
    this.raw[r - this.first] = null;
    this.rawCount--;
    const formats = this.formats?.[r - this.first];
    const cells = new Array<Cell>(values.length);
    for (let c = 0; c < values.length; c++) {
      const format = formats?.[c];
      cells[c] = format ? { value: values[c], numberFormat: format } : { value: values[c] };
    }
    super.set(r, cells); // (takeOutAll puts the rows taken out early back in row order)
    return cells;
  }

  /** Every row as cells, in the order the eager seed would have given the Map. */
  private takeOutAll(): void {
    if (this.rawCount === 0) return;
    const taken = new Map(super.entries());
    super.clear();
    for (let i = 0; i < this.raw.length; i++) {
      const r = this.first + i;
      if (this.raw[i]) this.takeOut(r);
      else if (taken.has(r)) super.set(r, taken.get(r)!);
      taken.delete(r);
    }
    for (const [r, cells] of taken) super.set(r, cells);
  }
}
