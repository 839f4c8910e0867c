/** The middle of the runs (the upper middle of an even count): a benchmark's figure, robust to one noisy run. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
