/** Cell, font, width and print helpers shared by the report and KPI sheet writers (exceljs). */
import type { Cell, Worksheet } from "exceljs";
import type { PageSetup } from "../report/model";
import { headerFooterText, GENERAL_FORMAT, type FontPlan, type SheetValue } from "../report/layout";

/** A layout value as a file cell holds it: "" is an empty cell; text is stored as text, as it is. */
export function fileValue(input: SheetValue): string | number | boolean | null {
  return input === "" ? null : input;
}

export function setCell(cell: Cell, input: SheetValue, numberFormat: string): void {
  cell.value = fileValue(input);
  if (numberFormat !== GENERAL_FORMAT) cell.numFmt = numberFormat;
}

export function setFormat(cell: Cell, numberFormat: string): void {
  if (numberFormat !== GENERAL_FORMAT) cell.numFmt = numberFormat;
}

/** "#595959" → "FF595959" (exceljs colours are ARGB). */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

export function applyFont(cell: Cell, font: FontPlan): void {
  cell.font = {
    ...(cell.font ?? {}),
    ...(font.bold !== undefined ? { bold: font.bold } : {}),
    ...(font.italic !== undefined ? { italic: font.italic } : {}),
    ...(font.size !== undefined ? { size: font.size } : {}),
    ...(font.color !== undefined ? { color: { argb: argb(font.color) } } : {}),
  };
}

/** Office.js column widths are points; a file's are characters of the default font: (px − 5) / 7, px = pt × 4/3. */
export function widthInCharacters(points: number): number {
  return Math.round((((points * 4) / 3 - 5) / 7) * 100) / 100;
}

/** Landscape, one page wide and as tall as needed, title rows repeated, header and footer centred. */
export function applyPageSetup(sheet: Worksheet, setup: PageSetup, printTitleRows: [number, number] | null): void {
  sheet.pageSetup.orientation = setup.orientation;
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = setup.fitToPagesWide;
  sheet.pageSetup.fitToHeight = setup.fitToPagesTall ?? 0;
  if (printTitleRows) sheet.pageSetup.printTitlesRow = `${printTitleRows[0]}:${printTitleRows[1]}`;
  // A sheet loaded from a file without header/footer settings has none (exceljs leaves it null).
  sheet.headerFooter ??= {};
  sheet.headerFooter.oddHeader = `&C${headerFooterText(setup.headerText)}`;
  sheet.headerFooter.oddFooter = `&C${headerFooterText(setup.footerText)}`;
}

/** Excel renames duplicate table headers ("Qty", "Qty2"); a file must hold unique ones itself. */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    let name = h.trim() === "" ? `Column${i + 1}` : h;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${h}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
