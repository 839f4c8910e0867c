/**
 * Which line of a PO a row is, when the register has no line-number column (many ERP exports: Odoo's
 * purchase lines, ERPNext's analysis reports, hand-made sheets). The line is its item (else its
 * description): PO 4500001 / MAT-7. When the same PO and item come again, the later rows are
 * "MAT-7#2", "MAT-7#3"… — two deliveries of one item are two lines — unless every mapped cell of the
 * row is the same as the first one: a row pasted twice, which is reported as a duplicate.
 * The identity is the line's `line` value, so the chase log (PO + line) finds the line again.
 */
import type { Known } from "../model";

interface Seen {
  count: number;
  /** The first row's values as read (so "4500001" and 4500001 are the same PO). */
  first: readonly unknown[];
}

export class LineIdentities {
  private readonly seen = new Map<string, Seen>();

  /** The line identity of the row whose values as read are `read`; null when the PO has neither item nor description (its first row). */
  of(po: string, read: readonly unknown[], item: Known<unknown>, description: Known<unknown>): string | null {
    const base = typeof item === "string" ? item : typeof description === "string" ? description : null;
    const key = `${po}\u0000${base ?? ""}`;
    const seen = this.seen.get(key);
    if (!seen) {
      this.seen.set(key, { count: 1, first: read.slice() });
      return base;
    }
    if (sameValues(seen.first, read)) return base; // a repeated row: the caller reports the duplicate
    seen.count++;
    return `${base ?? ""}#${seen.count}`;
  }
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
