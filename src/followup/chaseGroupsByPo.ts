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
  const parts: PoChaseGroup[] = [];
  for (const po of poNumbersOf(group)) {
    const part = chaseGroupOfPo(group, po, asOf);
    if (part) parts.push({ po, group: part });
  }
  return parts;
}

/** The PO numbers of a group's lines, in the order they first appear (cheap: the pane lists them on every card); the first `limit` only. */
export function poNumbersOf(group: Pick<ChaseGroup, "lines">, limit = Infinity): string[] {
  const seen = new Set<string>();
  for (const status of group.lines) {
    if (seen.size >= limit) break;
    const po = poOf(status);
    if (po !== "") seen.add(po);
  }
  return [...seen];
}

/** Whether the group's lines name two PO numbers or more (a letter per PO is then worth offering): stops at the second. */
export function hasSeveralPos(group: Pick<ChaseGroup, "lines">): boolean {
  return poNumbersOf(group, 2).length > 1;
}

/** One PO's part of a supplier's group (chaseList over its lines), or null when no line has that PO number. */
export function chaseGroupOfPo(group: ChaseGroup, po: string, asOf: Serial): ChaseGroup | null {
  const [part] = chaseList(
    group.lines.filter((status) => poOf(status) === po),
    asOf,
  );
  return part ? { ...part, supplierEmail: part.supplierEmail ?? group.supplierEmail } : null;
}

function poOf(status: ChaseGroup["lines"][number]): string {
  return String(status.line.poNumber ?? "").trim();
}
