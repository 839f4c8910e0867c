import type { FieldKey } from "../model";
import { LANGS } from "../i18n/i18n";
import { fieldsCatalog } from "../i18n/catalogs/fields";
import { FIELD_KEYS, REQUIRED_FIELDS, DUE_DATE_FIELDS } from "./fields";
import { normalizeHeader } from "./normalizeHeader";
import { OPEN_QTY_HEADERS, SYNONYMS } from "./synonyms";

export type MatchConfidence = "manual" | "exact" | "synonym" | "partial";

export interface ColumnMatch {
  field: FieldKey;
  /** 0-based index into the header row. */
  column: number;
  header: string;
  confidence: MatchConfidence;
  /** Set when the column holds the open (still to deliver) quantity and receivedQty is derived from it. */
  derivedFrom?: "openQty";
}

export interface Detection {
  columns: Partial<Record<FieldKey, number>>;
  matches: ColumnMatch[];
  /** Required fields without a column; when neither requestedDate nor promisedDate is found, both are listed. */
  missingRequired: FieldKey[];
  /** Columns with a non-blank header that no field uses. */
  unmapped: { column: number; header: string }[];
  /** True when receivedQty is computed as orderedQty − the open-quantity column (SAP, ERPNext). */
  receivedQtyFromOpenQty: boolean;
}

export type ColumnOverride = Partial<Record<FieldKey, number | null>>;

/** How strongly a header term names its field (higher wins). See synonyms.ts for the tiers. */
const enum Strength {
  Fallback = 0,
  Weak = 1,
  Synonym = 2,
  Primary = 3,
}

interface Term {
  field: FieldKey;
  strength: Strength;
  derived: boolean;
}

interface Candidate {
  field: FieldKey;
  column: number;
  confidence: MatchConfidence;
  strength: Strength;
  /** Length of the matched term for partial matches: a longer term inside the header is more specific. */
  specificity: number;
  derived: boolean;
}

const CONFIDENCE_RANK: Record<MatchConfidence, number> = { manual: 3, exact: 2, synonym: 1, partial: 0 };

/** Lookup tables built once: normalized term → terms, and the terms long enough to be searched inside headers. */
const { exactTerms, partialTerms } = buildTermTables();

function buildTermTables(): { exactTerms: Map<string, Term[]>; partialTerms: [string, Term][] } {
  const exact = new Map<string, Term[]>();
  const add = (text: string, term: Term) => {
    const key = normalizeHeader(text);
    if (key === "") return;
    const list = exact.get(key) ?? [];
    // One entry per field: keep the strongest tier a term is listed under.
    const same = list.find((t) => t.field === term.field && t.derived === term.derived);
    if (same) same.strength = Math.max(same.strength, term.strength);
    else list.push({ ...term });
    exact.set(key, list);
  };
  for (const field of FIELD_KEYS) {
    const set = SYNONYMS[field];
    // The key itself ("poNumber", "orderedQty") names its field; one-word keys are left to the lists, so
    // that "Item" stays as ambiguous as it is (see synonyms.ts).
    if (/[A-Z]/.test(field)) add(field, { field, strength: Strength.Primary, derived: false });
    for (const lang of LANGS) add(String(fieldsCatalog[lang][field]), { field, strength: Strength.Primary, derived: false });
    for (const text of set.primary) add(text, { field, strength: Strength.Primary, derived: false });
    for (const text of set.synonyms) add(text, { field, strength: Strength.Synonym, derived: false });
    for (const text of set.weak ?? []) add(text, { field, strength: Strength.Weak, derived: false });
    for (const text of set.fallback ?? []) add(text, { field, strength: Strength.Fallback, derived: false });
  }
  for (const text of OPEN_QTY_HEADERS) add(text, { field: "receivedQty", strength: Strength.Synonym, derived: true });

  const partial: [string, Term][] = [];
  for (const [key, terms] of exact) {
    if (!isLongEnoughForPartial(key)) continue;
    for (const term of terms) if (term.strength >= Strength.Synonym) partial.push([key, term]);
  }
  return { exactTerms: exact, partialTerms: partial };
}

/** Short terms ("po", "eta", "line") would be found inside unrelated headers; CJK terms carry more per character. */
function isLongEnoughForPartial(key: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(key) ? key.length >= 2 : key.length >= 5;
}

/** The text of a header cell as shown to the buyer. */
export function headerText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/** Every way a header could name a field. */
function candidatesFor(header: string, column: number): Candidate[] {
  const key = normalizeHeader(header);
  if (key === "") return [];
  const exact = exactTerms.get(key);
  if (exact) {
    return exact.map((t) => ({
      field: t.field,
      column,
      confidence: t.strength === Strength.Primary ? "exact" : "synonym",
      strength: t.strength,
      specificity: key.length,
      derived: t.derived,
    }));
  }
  const found: Candidate[] = [];
  for (const [term, t] of partialTerms) {
    if (key.includes(term)) {
      found.push({ field: t.field, column, confidence: "partial", strength: t.strength, specificity: term.length, derived: t.derived });
    }
  }
  return found;
}

/**
 * Order of preference: a direct column before a derived one (a real "Received Qty" beats "Pending
 * Qty"), then confidence, then tier, then the more specific partial term, then the leftmost column.
 */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    Number(a.derived) - Number(b.derived) ||
    CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] ||
    b.strength - a.strength ||
    b.specificity - a.specificity ||
    a.column - b.column ||
    FIELD_KEYS.indexOf(a.field) - FIELD_KEYS.indexOf(b.field)
  );
}

/**
 * Maps header cells to register fields. Each column serves at most one field and each field reads
 * at most one column. An override maps a field to a column index (always wins) or to null (the
 * field stays unmapped).
 */
export function detectColumns(headers: readonly unknown[], override?: ColumnOverride): Detection {
  const texts = Array.from(headers, headerText);
  const columns: Partial<Record<FieldKey, number>> = {};
  const byField = new Map<FieldKey, ColumnMatch>();
  const usedColumns = new Set<number>();
  const excluded = new Set<FieldKey>();

  // Manual mappings first, in field order; a column already claimed by an earlier field is ignored.
  for (const field of FIELD_KEYS) {
    if (!override || !(field in override)) continue;
    const column = override[field];
    excluded.add(field);
    if (column === null || column === undefined || !Number.isInteger(column) || column < 0) continue;
    if (usedColumns.has(column)) continue;
    usedColumns.add(column);
    byField.set(field, { field, column, header: texts[column] ?? "", confidence: "manual" });
  }

  const candidates: Candidate[] = [];
  texts.forEach((text, column) => {
    if (!usedColumns.has(column)) candidates.push(...candidatesFor(text, column));
  });
  candidates.sort(compareCandidates);
  for (const c of candidates) {
    if (excluded.has(c.field) || byField.has(c.field) || usedColumns.has(c.column)) continue;
    usedColumns.add(c.column);
    const match: ColumnMatch = { field: c.field, column: c.column, header: texts[c.column], confidence: c.confidence };
    if (c.derived) match.derivedFrom = "openQty";
    byField.set(c.field, match);
  }

  const matches = FIELD_KEYS.flatMap((field) => {
    const match = byField.get(field);
    return match ? [match] : [];
  });
  for (const m of matches) columns[m.field] = m.column;

  return {
    columns,
    matches,
    missingRequired: missingRequiredFields(columns),
    unmapped: texts.flatMap((header, column) => (header !== "" && !usedColumns.has(column) ? [{ column, header }] : [])),
    receivedQtyFromOpenQty: byField.get("receivedQty")?.derivedFrom === "openQty",
  };
}

function missingRequiredFields(columns: Partial<Record<FieldKey, number>>): FieldKey[] {
  const missing = REQUIRED_FIELDS.filter((f) => columns[f] === undefined);
  if (DUE_DATE_FIELDS.every((f) => columns[f] === undefined)) missing.push(...DUE_DATE_FIELDS);
  return missing;
}
