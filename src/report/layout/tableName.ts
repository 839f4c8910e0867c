/** "FU_2026W47_ToChase": unique per period and section, a valid Excel table name. */
export function reportTableName(periodLabel: string, sectionId: string, taken: ReadonlySet<string> = new Set()): string {
  const base = `FU_${periodLabel.replace(/[^A-Za-z0-9]/g, "")}_${sectionId.charAt(0).toUpperCase()}${sectionId.slice(1)}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}
