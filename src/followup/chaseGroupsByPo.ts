import type { Serial } from "../model";
import type { ChaseGroup } from "./types";
import { chaseList } from "./chaseList";

/** One PO of a supplier's chase group: its lines only, counted and ordered by the chase-list rule. */
export interface PoChaseGroup {
  po: string;
  group: ChaseGroup;
}

/**
 * A supplier's group split by PO number, for a letter about one PO ("Draft message" per PO): each
 * part is chaseList over that PO's lines, so its counts, value at risk and most urgent reason (the
 * letter's tone) are those of the PO alone. POs in the order they first appear in the group (most
 * urgent first); lines without a PO number stay in the supplier's letter only.
 */
export function chaseGroupsByPo(group: ChaseGroup, asOf: Serial): PoChaseGroup[] {
  const byPo = new Map<string, ChaseGroup["lines"]>();
  for (const status of group.lines) {
    const po = String(status.line.poNumber ?? "").trim();
    if (po === "") continue;
    const lines = byPo.get(po);
    if (lines) lines.push(status);
    else byPo.set(po, [status]);
  }
  const parts: PoChaseGroup[] = [];
  for (const [po, lines] of byPo) {
    const [part] = chaseList(lines, asOf);
    if (part) parts.push({ po, group: { ...part, supplierEmail: part.supplierEmail ?? group.supplierEmail } });
  }
  return parts;
}
