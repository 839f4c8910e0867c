/** Code-unit order (the same on every machine, whatever its locale), blanks last: for stable report and scorecard rows. */
export function compareText(a: string, b: string): number {
  if (a === "" || b === "") return (a === "" ? 1 : 0) - (b === "" ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}
