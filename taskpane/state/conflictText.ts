/**
 * What the buyer reads when another buyer's write got there first: which cells, what the pane read and
 * what they hold now (DESIGN.md "Many buyers, one workbook"). Wording only; writeChase finds the cells.
 * A chunk of its own, fetched while a chase is saved (excelServices.ts): its strings stay out of the start-up bundle.
 */
import type { Lang } from "../../src/i18n/i18n";
import { translator } from "../../src/i18n/i18n";
import { conflictsCatalog } from "../../src/i18n/catalogs/conflicts";
import { fieldsCatalog } from "../../src/i18n/catalogs/fields";
import { formatIsoDate, from1904 } from "../../src/dates/serial";
import type { CellConflict } from "../../src/excel/writeChase";
import { isDateField } from "../../src/followup/applyChase";

const LIST_SEPARATOR: Record<Lang, string> = { en: "; ", "zh-CN": "；", ja: "、" };

function shownValue(field: CellConflict["field"], value: unknown, dateSystem: "1900" | "1904", lang: Lang): string {
  if (value === "" || value === null || value === undefined) return translator(conflictsCatalog, lang)("blankValue");
  if (isDateField(field) && typeof value === "number")
    return formatIsoDate(dateSystem === "1904" ? from1904(Math.floor(value)) : Math.floor(value));
  return String(value);
}

/** "Promised date in row 5 (was 2026-11-13, now 2026-11-20); …" in the buyer's language. */
export function describeConflicts(cells: readonly CellConflict[], dateSystem: "1900" | "1904", lang: Lang): string {
  const t = translator(conflictsCatalog, lang);
  const field = translator(fieldsCatalog, lang);
  return cells
    .map((cell) => {
      // Named with its sheet: a register may span monthly sheets.
      return t("cellChange", {
        field: field(cell.field),
        row: cell.row,
        sheet: cell.sheet,
        was: shownValue(cell.field, cell.expected, dateSystem, lang),
        now: shownValue(cell.field, cell.found, dateSystem, lang),
      });
    })
    .join(LIST_SEPARATOR[lang]);
}

/** The refusal: nothing saved, these cells changed. */
export function refusedText(cells: readonly CellConflict[], dateSystem: "1900" | "1904", lang: Lang): string {
  return translator(conflictsCatalog, lang)("refusedChanged", { changes: describeConflicts(cells, dateSystem, lang) });
}

/** Saved, but these cells changed between the check and the write (another buyer's batch in between). */
export function savedOverText(cells: readonly CellConflict[], dateSystem: "1900" | "1904", lang: Lang): string {
  return translator(conflictsCatalog, lang)("savedOverOther", { changes: describeConflicts(cells, dateSystem, lang) });
}
