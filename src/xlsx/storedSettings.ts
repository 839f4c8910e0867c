/**
 * The add-in's settings saved in the file. Office keeps a document's add-in settings in
 * xl/webextensions/webextension*.xml as <we:property name="poFollowup" value="…"/>, the value being
 * the JSON serialisation of what the add-in stored (itself a JSON string). exceljs does not read
 * these parts, so they are read from the zip directly; anything unreadable means "defaults".
 */
import JSZip from "jszip";
import { columnIndex } from "../register/columnLetter";
import type ExcelJS from "exceljs";
import type { Serial } from "../model";
import { HOLIDAYS_NAME, holidaySerials } from "../excel/holidays";
import { excelValue } from "./cellValue";
import { EMPTY_STORED_SETTINGS, SETTINGS_KEY, parseStoredSettings, type StoredSettings } from "../excel/settingsStore";

const PROPERTY = /<we:property\b[^>]*?\bname="([^"]*)"[^>]*?\bvalue="([^"]*)"/g;

function xmlDecode(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" } as Record<string, string>)[name];
  });
}

/** The stored settings in one webextension part's XML, or null when the part has none. */
export function storedSettingsFromXml(xml: string): StoredSettings | null {
  for (const m of xml.matchAll(PROPERTY)) {
    if (xmlDecode(m[1]) !== SETTINGS_KEY) continue;
    const raw = xmlDecode(m[2]);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    return parseStoredSettings(value);
  }
  return null;
}

/** Parts of an .xlsx that exceljs does not keep when it writes a workbook back out. */
const UNKEPT_PARTS: readonly (readonly [RegExp, UnkeptContent])[] = [
  [/^xl\/charts\/chart\d*\.xml$/, "charts"],
  [/^xl\/pivotTables\//, "pivotTables"],
  [/^xl\/slicers\//, "slicers"],
  [/^xl\/vbaProject\.bin$/, "macros"],
];
export type UnkeptContent = "charts" | "pivotTables" | "slicers" | "macros";

/** What the workbook holds that a copy written by exceljs would lose (the input itself is never written). */
export async function unkeptContent(zipBytes: Buffer): Promise<UnkeptContent[]> {
  try {
    const zip = await JSZip.loadAsync(zipBytes);
    const names = Object.keys(zip.files);
    return UNKEPT_PARTS.filter(([pattern]) => names.some((name) => pattern.test(name))).map(([, kind]) => kind);
  } catch {
    return [];
  }
}

export async function readStoredSettings(zipBytes: Buffer): Promise<StoredSettings> {
  try {
    const zip = await JSZip.loadAsync(zipBytes);
    const parts = zip.file(/^xl\/webextensions\/webextension\d*\.xml$/);
    for (const part of parts) {
      const found = storedSettingsFromXml(await part.async("string"));
      if (found) return found;
    }
  } catch {
    // Not our business here: exceljs reports a broken zip.
  }
  return EMPTY_STORED_SETTINGS;
}

/** "'My sheet'!$A$2:$A$20" → sheet and corners (1-based); null for anything that is not a plain range. */
const REFERENCE = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** The used cells of one range reference, as values the add-in would read (at most the sheet's used rows). */
function referenceValues(workbook: ExcelJS.Workbook, reference: string, date1904: boolean): unknown[][] {
  const m = REFERENCE.exec(reference.trim());
  if (!m) return [];
  const sheet = workbook.getWorksheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  if (!sheet) return [];
  const [c1, r1] = [columnIndex(m[3]) + 1, Number(m[4])];
  const [c2, r2] = m[5] ? [columnIndex(m[5]) + 1, Number(m[6])] : [c1, r1];
  const lastRow = Math.min(Math.max(r1, r2), sheet.rowCount); // a name over a whole column stops at the last used row
  const rows: unknown[][] = [];
  for (let r = Math.min(r1, r2); r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const cells: unknown[] = [];
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
      // eslint-disable-next-line office-addins/load-object-before-read -- an exceljs cell, not an Office.js proxy
      cells.push(excelValue(row.getCell(c).value, date1904));
    }
    rows.push(cells);
  }
  return rows;
}

/**
 * Dates of the workbook-scope `Holidays` name (any case), 1900 system, as the add-in reads them
 * (src/excel/holidays.ts): cells that are no date are ignored, a name that is no range gives [].
 */
export function workbookHolidays(workbook: ExcelJS.Workbook, date1904: boolean): Serial[] {
  try {
    const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
    const named = model.find((d) => d.name.toLowerCase() === HOLIDAYS_NAME.toLowerCase());
    if (!named) return [];
    const values = named.ranges.flatMap((reference) => referenceValues(workbook, reference, date1904));
    // excelValue gives serials of the file's own system; holidaySerials brings them to 1900.
    return holidaySerials(values, date1904 ? "1904" : "1900");
  } catch {
    return []; // a damaged name is not worth failing the report for
  }
}
