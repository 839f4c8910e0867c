/** The Today filters as the buyer picked them ("" = all), and the choices offered. */
import type { PoLine } from "../../../src/model";
import type { ChaseListFilter } from "../../../src/followup/chaseList";

/** Escalation levels of the filter: 1 and 2 mean "this level and above", 3 is the top. */
export const FILTER_LEVELS = ["1", "2", "3"] as const;
export type FilterLevel = (typeof FILTER_LEVELS)[number];

export interface TodayFilters {
  buyer: string;
  supplier: string;
  /** "" (all) or that escalation level and above. */
  level: FilterLevel | "";
}

export const NO_FILTERS: TodayFilters = { buyer: "", supplier: "", level: "" };

export function toChaseListFilter(filters: TodayFilters): ChaseListFilter {
  const result: ChaseListFilter = {};
  if (filters.buyer) result.buyer = filters.buyer;
  if (filters.supplier) result.supplier = filters.supplier;
  if (filters.level) result.minLevel = Number(filters.level);
  return result;
}

/** The choices of the buyer and supplier filters: every non-blank name on the register. */
interface FilterChoices {
  buyers: string[];
  suppliers: string[];
}

/** Distinct non-blank buyers and suppliers (as first written, sorted), in one walk over the lines. */
export function filterChoices(lines: readonly Pick<PoLine, "buyer" | "supplier">[]): FilterChoices {
  const buyers = new Distinct();
  const suppliers = new Distinct();
  for (const line of lines) {
    buyers.add(line.buyer);
    suppliers.add(line.supplier);
  }
  return { buyers: buyers.sorted(), suppliers: suppliers.sorted() };
}

/**
 * Values compared trimmed and case-insensitively, kept as first written. The same few names repeat on
 * thousands of lines: each distinct raw text is trimmed and lower-cased once.
 */
class Distinct {
  private readonly seenRaw = new Set<string>();
  private readonly byKey = new Map<string, string>();
  /** The lines of one PO follow each other and share their buyer and supplier. */
  private last: string | null = null;

  add(raw: string | null | undefined): void {
    if (!raw || raw === this.last) return;
    this.last = raw;
    if (this.seenRaw.has(raw)) return;
    this.seenRaw.add(raw);
    const value = raw.trim();
    const key = value.toLowerCase();
    if (value && !this.byKey.has(key)) this.byKey.set(key, value);
  }

  sorted(): string[] {
    return [...this.byKey.values()].sort((a, b) => a.localeCompare(b));
  }
}
