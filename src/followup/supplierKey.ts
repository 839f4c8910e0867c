/**
 * Identity of a supplier for the per-supplier rules (minimum gap, chase-list groups): the name with
 * full-width/half-width forms unified (NFKC), spaces trimmed and collapsed, and case ignored, so
 * "ACME  Ltd" and "Acme Ltd" are one supplier. A blank name gives "".
 */
export function supplierKey(name: string | null | undefined): string {
  if (!name) return "";
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** supplierKey with a memo, for walking a whole register where the same names repeat. */
export function memoSupplierKey(): (name: string | null | undefined) => string {
  const memo = new Map<string, string>();
  return (name) => {
    if (!name) return "";
    let key = memo.get(name);
    if (key === undefined) memo.set(name, (key = supplierKey(name)));
    return key;
  };
}
