/**
 * Sheet, table and defined names as Excel compares them: without regard to case, in any script
 * ("kpi" is the sheet "KPI", "ＲＥＧＩＳＴＥＲ" is not "Register"). One rule for both adapters.
 */
function fold(name: string): string {
  return name.normalize("NFC").toUpperCase();
}

export function sameName(a: string, b: string): boolean {
  return a === b || fold(a) === fold(b);
}

/** The name as the workbook spells it, or undefined. */
export function findName(names: readonly string[], wanted: string | null | undefined): string | undefined {
  if (!wanted) return undefined;
  return names.find((name) => sameName(name, wanted));
}
