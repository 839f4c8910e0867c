/**
 * Quantiles of whole working-day slips. The empirical quantile is the inverse of the step CDF (the
 * smallest slip s with at least p of the slips ≤ s): always one of the observed slips, so the reason
 * shown to the buyer can point at a real line. Input arrays are sorted ascending.
 */

/** Smallest value v of `sorted[from…]` such that at least p of those values are ≤ v; undefined when empty. */
export function quantileFrom(sorted: readonly number[], from: number, p: number): number | undefined {
  const n = sorted.length - from;
  if (n <= 0) return undefined;
  const rank = Math.min(n, Math.max(1, Math.ceil(p * n - 1e-9)));
  return sorted[from + rank - 1];
}

/** Index of the first value ≥ floor in an ascending array (sorted.length when none). */
export function firstAtLeast(sorted: readonly number[], floor: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < floor) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Empirical-Bayes shrinkage of one supplier's quantile toward the all-supplier quantile: the
 * supplier's own figure weighs n / (n + k), where n is how many of its slips the quantile rests on.
 * With k = 5, a supplier with 5 slips counts half, with 20 slips 80 %. Rounded to whole working days.
 */
export function shrunkQuantile(own: number | undefined, ownCount: number, all: number, k: number): { slip: number; weight: number } {
  const weight = own === undefined || ownCount <= 0 ? 0 : ownCount / (ownCount + k);
  const mixed = weight * (own ?? 0) + (1 - weight) * all;
  return { slip: Math.round(mixed), weight };
}
