/** The Today filters as the buyer picked them ("" = all), and the choices offered. */
import type { LineStatus } from "../../../src/followup/types";
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

/** Distinct non-blank values, as written first, sorted. */
export function distinctValues(statuses: readonly LineStatus[], pick: (s: LineStatus) => string | null | undefined): string[] {
  const seen = new Map<string, string>();
  for (const status of statuses) {
    const value = pick(status)?.trim();
    if (value && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
