/**
 * How much a supplier's own slips count against every supplier's (empirical Bayes, Bühlmann
 * credibility): weight n / (n + k) with k = within-supplier variance / variance between suppliers'
 * means, both read from the history. Suppliers that differ a lot (a reliable one next to a chronic
 * slipper) give a small k: a few slips of its own already say much. Suppliers that look alike give a
 * large k: their own few slips are mostly noise. k is kept within [MIN_K, MAX_K]; with fewer than
 * two suppliers of at least two slips it cannot be estimated and DEFAULT_K stands.
 */
export const DEFAULT_K = 5;
export const MIN_K = 1;
export const MAX_K = 50;

/** k from each supplier's slips (any order). */
export function credibilityK(suppliers: Iterable<readonly number[]>): number {
  const means: number[] = [];
  const variances: number[] = [];
  const inverseSizes: number[] = [];
  for (const slips of suppliers) {
    const n = slips.length;
    if (n < 2) continue;
    const mean = slips.reduce((a, b) => a + b, 0) / n;
    means.push(mean);
    variances.push(slips.reduce((a, s) => a + (s - mean) ** 2, 0) / (n - 1));
    inverseSizes.push(1 / n);
  }
  const m = means.length;
  if (m < 2) return DEFAULT_K;
  const within = average(variances);
  const grand = average(means);
  // The spread of the means overstates the spread of the true means by the noise of each mean (within / n).
  const between = means.reduce((a, x) => a + (x - grand) ** 2, 0) / (m - 1) - within * average(inverseSizes);
  if (between <= 0) return MAX_K;
  return Math.min(MAX_K, Math.max(MIN_K, within / between));
}

function average(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
