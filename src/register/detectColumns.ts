import type { FieldKey } from "../model";
import { LANGS } from "../i18n/i18n";
import { fieldsCatalog } from "../i18n/catalogs/fields";
import { FIELD_KEYS, REQUIRED_FIELDS, DUE_DATE_FIELDS } from "./fields";
import { normalizeHeader } from "./normalizeHeader";
import { ERP_LABELS, OPEN_QTY_HEADERS, OTHER_ERP_HEADERS, SYNONYMS } from "./synonyms";

export type MatchConfidence = "manual" | "exact" | "synonym" | "partial";

export interface ColumnMatch {
  field: FieldKey;
  /** 0-based index into the header row. */
  column: number;
  header: string;
  confidence: MatchConfidence;
  /** Set when the column holds the open (still to deliver) quantity and receivedQty is derived from it. */
  derivedFrom?: "openQty";
  /**
   * Set when no dictionary term names the header and the field was guessed from its words
   * ("Supplier ETA date", "需求到货日期", "Order Lines/Quantity"). Always confidence "partial", and it
   * never takes a column or a field that a dictionary match took.
   */
  guessed?: true;
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
  /** From the word-level fallback (headerTokens.ts): ranked after every dictionary match. */
  guessed: boolean;
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
  const tierStrength = { primary: Strength.Primary, synonym: Strength.Synonym, weak: Strength.Weak } as const;
  for (const label of ERP_LABELS) {
    const derived = label.field === "openQty";
    add(label.text, { field: derived ? "receivedQty" : (label.field as FieldKey), strength: tierStrength[label.tier], derived });
  }

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

/** Headers known to be something else (synonyms.ts OTHER_ERP_HEADERS). */
const OTHER_HEADERS = new Set(OTHER_ERP_HEADERS.map((h) => normalizeHeader(h.text)));

/** A money total ("Amount (Company Currency)") names its currency, but is not the currency column. */
const MONEY_TOTAL = /amount|value|total|金额|金額|价税合计|合計/;

/** Every way a header could name a field. */
function candidatesFor(header: string, column: number): Candidate[] {
  const key = normalizeHeader(header);
  if (key === "" || OTHER_HEADERS.has(key)) return [];
  const exact = exactTerms.get(key);
  if (exact) {
    return exact.map((t) => ({
      field: t.field,
      column,
      confidence: t.strength === Strength.Primary ? "exact" : "synonym",
      strength: t.strength,
      specificity: key.length,
      derived: t.derived,
      guessed: false,
    }));
  }
  const found: Candidate[] = [];
  for (const [term, t] of partialTerms) {
    if (t.field === "currency" && MONEY_TOTAL.test(key)) continue;
    if (key.includes(term)) {
      found.push({
        field: t.field,
        column,
        confidence: "partial",
        strength: t.strength,
        specificity: term.length,
        derived: t.derived,
        guessed: false,
      });
    }
  }
  if (found.length === 0) return guessedCandidates(header, column);
  // A contained term can be the wrong word of the header: "Supplier ETA date" contains "supplier",
  // "需求到货日期" contains "到货日期". When the header's words name another field, they decide, as a guess;
  // a word that rules a field out ("Planned Receipt Date" is no receipt yet) drops that partial match.
  const family = guessFromWords(header);
  if (family && !found.some((c) => c.field === family.field)) return guessOf(family.field, family.open === true, column, 0);
  return found.filter((c) => !ruledOutByWords(c.field, header));
}

function guessOf(field: FieldKey, derived: boolean, column: number, specificity: number): Candidate[] {
  return [{ field, column, confidence: "partial", strength: Strength.Fallback, specificity, derived, guessed: true }];
}

/**
 * The fallback for a header no dictionary term names: the last part of an export path
 * ("Order Lines/Quantity" → "Quantity"), else the word families of headerTokens.ts.
 */
function guessedCandidates(header: string, column: number): Candidate[] {
  const guess = (field: FieldKey, derived: boolean, specificity: number) => guessOf(field, derived, column, specificity);
  const slash = header.lastIndexOf("/");
  if (slash > 0) {
    const tail = normalizeHeader(header.slice(slash + 1));
    const terms = tail === "" ? undefined : exactTerms.get(tail);
    if (terms && terms.length > 0) {
      // The strongest reading of the last part; one field only, so one column never feeds two fields.
      const best = [...terms].sort((a, b) => Number(a.derived) - Number(b.derived) || b.strength - a.strength)[0];
      return guess(best.field, best.derived, tail.length);
    }
  }
  const family = guessFromWords(header);
  return family ? guess(family.field, family.open === true, 0) : [];
}

/**
 * Order of preference: every dictionary match before any word-level guess, then a direct column
 * before a derived one (a real "Received Qty" beats "Pending Qty"), then confidence, then tier, then
 * the more specific partial term, then the leftmost column.
 */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    Number(a.guessed) - Number(b.guessed) ||
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
    if (c.guessed) match.guessed = true;
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

/**
 * Word families for the fallback: a header is guessed as the field of the first family it fits. A
 * family fits when, for one of its patterns, every group has a word in the header (Latin words are
 * whole words, CJK terms are found inside the header) and no excluded word is there. The order goes
 * from the most specific (original promise) to the most generic (order + number).
 */
interface WordFamily {
  field: FieldKey;
  /** receivedQty read from an open-quantity column. */
  open?: boolean;
  patterns: readonly (readonly (readonly string[])[])[];
  not?: readonly string[];
}

const DATE = ["date", "dt", "day", "日期", "日", "时间", "期日", "年月日"];
const QTY = ["qty", "qnty", "quantity", "quantities", "pcs", "units", "数量", "数"];
const NUMBER = ["no", "nr", "num", "number", "ref", "reference", "id", "号", "编号", "单号", "号码", "番号"];
const OTHER_PARTY = ["sales", "so", "customer", "client", "销售", "客户", "受注", "得意先", "顧客"];
/** A header with a quantity word is a quantity ("Qty received to date"), never a date. */
const NOT_A_DATE = ["qty", "qnty", "quantity", "数量"];

const WORD_FAMILIES: readonly WordFamily[] = [
  {
    field: "committedDate",
    patterns: [
      [
        ["original", "orig", "first", "initial", "baseline", "首次", "原", "初次", "最初", "初回", "当初"],
        ["promised", "promise", "confirmed", "confirm", "committed", "commit", "承诺", "确认", "交期", "回答", "納期"],
      ],
    ],
    not: NOT_A_DATE,
  },
  {
    field: "promisedDate",
    patterns: [
      [
        ["promised", "promise", "confirmed", "committed", "commit", "acknowledged", "ack"],
        [...DATE, "delivery", "ship", "arrival"],
      ],
      [["eta"]],
      [
        ["承诺", "确认", "回复", "预计", "回答", "確定", "確約", "予定"],
        [...DATE, "交期", "到货", "交货", "納期"],
      ],
    ],
    not: NOT_A_DATE,
  },
  {
    field: "receivedDate",
    patterns: [
      [["received", "receipt", "recv", "rcvd", "recd", "gr", "grn", "arrived", "delivered", "actual", "act"], DATE],
      [["收货", "入库", "实际", "实收", "入荷", "受入", "検収", "着荷", "納品"], DATE],
    ],
    not: ["expected", "planned", "plan", "due", "预计", "计划", "予定", ...NOT_A_DATE],
  },
  {
    field: "requestedDate",
    patterns: [
      [
        ["need", "needed", "required", "require", "requested", "request", "req", "wanted", "want", "due", "delivery", "deliver", "dlv"],
        DATE,
      ],
      [["need", "needed", "required", "wanted", "deliver"], ["by"]],
      [["需求", "要求", "需要", "计划", "交货", "到货", "要货"], DATE],
      [
        ["希望", "要求", "指定", "必要", "納入"],
        [...DATE, "納期"],
      ],
    ],
    not: NOT_A_DATE,
  },
  {
    field: "orderDate",
    patterns: [
      [["order", "ordered", "po", "purchase", "purchasing", "document", "doc"], DATE],
      [["下单", "订单", "采购", "订货", "单据", "発注", "注文", "伝票"], DATE],
    ],
    // "PurchaseOrderResponseLastModificationDateTime" (Dynamics 365 F&O) is when a record changed.
    not: [...OTHER_PARTY, ...NOT_A_DATE, "modified", "modification", "changed", "updated"],
  },
  {
    field: "receivedQty",
    patterns: [
      [["received", "receipt", "recv", "rcvd", "recd", "delivered", "gr", "grn"], QTY],
      [["收货", "入库", "到货", "已收", "实收", "已交", "入荷", "受入", "検収", "納品", "納入"], QTY],
    ],
    not: ["未", "残"],
  },
  {
    field: "receivedQty",
    open: true,
    patterns: [
      [["open", "remaining", "outstanding", "pending", "balance", "backorder", "backordered", "undelivered"], QTY],
      [["未交", "未到", "未收", "欠交", "剩余", "未入", "未清", "残", "未納"], QTY],
    ],
  },
  {
    field: "orderedQty",
    patterns: [
      [["order", "ordered", "po", "purchase", "purchased"], QTY],
      [["采购", "订购", "订单", "下单", "订货", "発注", "注文"], QTY],
    ],
    not: OTHER_PARTY,
  },
  {
    // "Line amount", "Product line", "Credit line" are no line numbers: "line" needs a number word beside
    // it ("Ln" is only ever the line's number).
    field: "line",
    patterns: [
      [["ln"]],
      [["line"], NUMBER],
      [
        ["pos", "position"],
        ["no", "nr", "num", "number"],
      ],
      // "Item No." is SAP's line; "Item number" is the product in most ERPs (Dynamics 365 F&O ItemNumber).
      [["item"], ["no", "nr"]],
      [["行", "项次", "明細", "明细"], NUMBER],
    ],
  },
  {
    field: "poNumber",
    patterns: [
      [["po", "order", "purchase", "purch", "purchasing"], NUMBER],
      [["订单", "采购", "発注", "注文"], NUMBER],
    ],
    // "PurchaseOrderResponseLastModificationDateTime" contains "purchase order" but is a time.
    not: [...OTHER_PARTY, "date", "datetime", "time"],
  },
];

/** Latin words of a header ("NeedByDate" → need, by, date; "Rcv'd" → rcvd) and its CJK-folded form. */
function headerWords(header: string): { words: Set<string>; cjk: string } {
  const text = header
    .normalize("NFKC")
    .replace(/['’]/g, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2");
  const words = new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== ""),
  );
  return { words, cjk: normalizeHeader(header) };
}

// eslint-disable-next-line no-control-regex
const isLatin = (term: string) => /^[\x00-\x7f]+$/.test(term);

/** CJK terms are folded like the header ("確約" is found in "確約日", whose 確約 folds to 确约). */
function hasTerm(term: string, words: Set<string>, cjk: string): boolean {
  return isLatin(term) ? words.has(term) : cjk.includes(foldedTerm(term));
}

const FOLDED_TERMS = new Map<string, string>();
function foldedTerm(term: string): string {
  let folded = FOLDED_TERMS.get(term);
  if (folded === undefined) {
    folded = normalizeHeader(term);
    FOLDED_TERMS.set(term, folded);
  }
  return folded;
}

/** True when the header has a word that the field's families exclude. */
function ruledOutByWords(field: FieldKey, header: string): boolean {
  const { words, cjk } = headerWords(header);
  return WORD_FAMILIES.some((f) => f.field === field && !f.open && f.not?.some((t) => hasTerm(t, words, cjk)) === true);
}

/** The family a header fits, if any (see WORD_FAMILIES). */
function guessFromWords(header: string): { field: FieldKey; open?: boolean } | undefined {
  const { words, cjk } = headerWords(header);
  if (words.size === 0) return undefined;
  for (const family of WORD_FAMILIES) {
    if (family.not?.some((t) => hasTerm(t, words, cjk))) continue;
    if (family.patterns.some((groups) => groups.every((group) => group.some((t) => hasTerm(t, words, cjk))))) {
      return family.open ? { field: family.field, open: true } : { field: family.field };
    }
  }
  return undefined;
}
