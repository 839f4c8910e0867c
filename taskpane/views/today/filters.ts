/** The Today filters as the buyer picked them ("" = all), and the choices offered. */
import type { LineStatus } from "../../../src/followup/types";
import type { ChaseListFilter } from "../../../src/followup/chaseList";

export interface TodayFilters {
  buyer: string;
  supplier: string;
  /** "" or "1" | "2" | "3": that escalation level or above. */
  level: string;
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
