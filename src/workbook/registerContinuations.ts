/**
 * A register kept as one sheet per month or half-year (a common 跟单 habit: "2026-10", "11月", "H2"…) is
 * one register: every other sheet whose header row is the register's own header, cell for cell, continues
 * it. Only a register kept on a plain sheet has continuations: an Excel table is one register as the buyer
 * defined it (and the add-in's own "Register" table stays a one-sync read). One rule for the add-in and the headless runner (issue 18); the pipeline reads the sheets together,
 * and every problem still names its own sheet, row and column.
 *
 * "The same header" is strict on purpose: the same non-blank header texts in the same columns (compared
 * as normalizeHeader compares them). A sheet in another language, with an extra column or a different
 * order is another table, not a continuation; a backup copy of the register with the same header is
 * read too, and its lines then show up as duplicates naming both sheets — said, not hidden.
 */
import { normalizeHeader } from "../register/normalizeHeader";
import type { ColumnMapping } from "../register/savedMapping";
import { findHeaderRow, headerRowOf, isOwnSheet } from "./registerLocation";
import { sameName } from "./names";
import type { SheetBlock } from "./sheetBlock";

/** Sheets read as one register at most (ten years of monthly tabs, with room). */
export const MAX_CONTINUATION_SHEETS = 150;

/** The header as compared: each column's normalized text, blanks kept in place, trailing blanks dropped. */
export function headerSignature(row: readonly unknown[]): string {
  const cells = row.map((cell) => (typeof cell === "string" || typeof cell === "number" ? normalizeHeader(String(cell)) : ""));
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells.join("\u0001");
}

/**
 * The blocks among `candidates` (other sheets' used ranges or first tables, in workbook order) that
 * continue `register`: a header row among their first rows with the register's signature, on a sheet
 * that is neither the register's nor one the add-in writes. Each comes back with its header row first
 * (title rows above it dropped) so it parses like the register itself.
 */
export function continuationsOf<B extends SheetBlock>(register: SheetBlock, candidates: readonly B[], mapping: ColumnMapping = {}): B[] {
  if (register.tableName !== null) return [];
  const header = register.values[headerRowOf(register.values, false, mapping)];
  if (!header) return [];
  const signature = headerSignature(header);
  if (signature === "") return [];
  const found: B[] = [];
  for (const candidate of candidates) {
    if (found.length >= MAX_CONTINUATION_SHEETS) break;
    if (sameName(candidate.sheet, register.sheet) || isOwnSheet(candidate.sheet)) continue;
    const row = candidate.tableName !== null ? 0 : findHeaderRow(candidate.values, mapping);
    if (row < 0 || headerSignature(candidate.values[row] ?? []) !== signature) continue;
    found.push(
      row === 0
        ? candidate
        : {
            ...candidate,
            values: candidate.values.slice(row),
            firstRow: candidate.firstRow + row,
            uncachedFormulas: shifted(candidate, row),
          },
    );
  }
  return found;
}

/** True when a candidate's first rows hold the register's header: what an adapter reads in full. */
export function continuesRegister(
  registerHeader: readonly unknown[],
  candidateTop: readonly (readonly unknown[])[],
  mapping: ColumnMapping = {},
): boolean {
  const signature = headerSignature(registerHeader);
  if (signature === "") return false;
  const row = findHeaderRow(candidateTop, mapping);
  return row >= 0 && headerSignature(candidateTop[row]) === signature;
}

function shifted(block: SheetBlock, rows: number): SheetBlock["uncachedFormulas"] {
  return block.uncachedFormulas?.filter(([r]) => r >= rows).map(([r, c]) => [r - rows, c] as const);
}
