/**
 * The first sheet row of each (PO, line) key of a register (parseRegister's duplicate check). Built to allocate little (every parse keeps 100,000
 * lines alive, so anything else that survives makes garbage collection dearer): a PO seen once
 * holds just its row and line text; a PO with more lines holds a short list, then a map.
 */
export class KeyRows {
  private readonly byPo = new Map<string, PoSeen>();
  // Registers are usually sorted by PO: the previous row's PO is checked before the map.
  private lastPo: string | null = null;
  private lastSeen: PoSeen | undefined = undefined;

  /** The first row that had this key (this row, when the key is new). */
  remember(po: string, line: string, row: number): number {
    const seen = po === this.lastPo ? this.lastSeen : this.byPo.get(po);
    let first: number | undefined;
    if (seen === undefined) {
      this.byPo.set(po, (this.lastSeen = new PoSeen(line, row)));
    } else {
      first = seen.firstRowOf(line);
      if (first === undefined) seen.add(line, row);
      this.lastSeen = seen;
    }
    this.lastPo = po;
    return first ?? row;
  }
}

const LIST_LIMIT = 8;

/** Lines seen of one PO: the first inline, a few more in a list, many in a map. */
class PoSeen {
  private more: (string | number)[] | null = null;
  private index: Map<string, number> | null = null;
  constructor(
    private readonly line: string,
    private readonly row: number,
  ) {}

  firstRowOf(line: string): number | undefined {
    if (line === this.line) return this.row;
    if (this.index !== null) return this.index.get(line);
    const more = this.more;
    if (more !== null) for (let i = 0; i < more.length; i += 2) if (more[i] === line) return more[i + 1] as number;
    return undefined;
  }

  add(line: string, row: number): void {
    if (this.index !== null) {
      this.index.set(line, row);
      return;
    }
    const more = (this.more ??= []);
    more.push(line, row); // pairs: line text, first row
    if (more.length > 2 * LIST_LIMIT) {
      this.index = new Map();
      for (let i = 0; i < more.length; i += 2) this.index.set(more[i] as string, more[i + 1] as number);
      this.more = null;
    }
  }
}
