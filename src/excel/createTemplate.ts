/**
 * Creates the Register sheet + table and the "Chase log" sheet + Chases table from the template.
 * A sheet or table that already exists under one of those names is never touched: that part is
 * refused and reported; the other part is still created. 2 syncs (check, then create everything).
 */
import { columnLetter } from "../register/columnLetter";
import {
  CHASE_LOG_COLUMNS,
  CHASE_SHEET_NAME,
  CHASE_TABLE_NAME,
  HOLIDAYS_HEADER,
  HOLIDAYS_NAME,
  HOLIDAYS_ROOM,
  HOLIDAYS_SHEET_NAME,
  DATE_FORMAT,
  REGISTER_SHEET_NAME,
  holidayArrayConstant,
  REGISTER_TABLE_NAME,
  placeRowsByHeader,
  registerHighlightRules,
  registerTemplate,
  type TemplateCell,
  type TemplateColumn,
} from "../register/template";
import type { FieldKey } from "../model";
import { DEFAULT_SETTINGS, type Settings } from "../settings/settings";
import { cellInput, serialInput } from "./cellInput";
import { queueDateSettingsProbe } from "./dateSystem";
import { columnFormatWrites, queueFormatWrites, setNumberFormat } from "./numberFormats";
import { supportsExcelApi } from "./platform";
import type { DateSystem } from "./types";

export type TemplatePart = "register" | "chaseLog";

export interface CreateTemplateOptions {
  settings?: Settings;
  /**
   * Sample register rows with their header row first, in any column order (e.g. sampleRegister()): each
   * column is placed under the template column of the same field (placeRowsByHeader). Text is written as text.
   */
  sample?: readonly (readonly unknown[])[];
  /** Which parts to create (default both). */
  parts?: TemplatePart[];
}

export interface CreateTemplateResult {
  created: TemplatePart[];
  /** Sample headers that match no template column (their cells are not written). */
  unplacedHeaders: string[];
  /**
   * Parts not created because a sheet, table or defined name of that name exists (left untouched). Tables and
   * defined names share one namespace, so a name `Register` would fail the table mid-batch
   * (https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114).
   */
  refused: { part: TemplatePart; reason: "sheetExists" | "tableExists" | "nameExists"; name: string }[];
  /**
   * Where the highlights take their holidays from: an existing `Holidays` name ("existingName"), the
   * Holidays sheet and name the template added ("createdName"), the settings' dates written into the
   * formulas ("settingsInFormula": a Holidays sheet exists without the name, or names cannot be added),
   * or none. Absent when the register was not created.
   */
  holidays?: "existingName" | "createdName" | "settingsInFormula" | "none";
  syncs: number;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export async function createTemplate(context: Excel.RequestContext, options: CreateTemplateOptions = {}): Promise<CreateTemplateResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const parts = options.parts ?? ["register", "chaseLog"];
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const workbookNames = context.workbook.names.load("items/name");
  const dates = queueDateSettingsProbe(context); // sample dates are 1900 serials; a 1904 workbook needs them shifted
  await context.sync();

  const result: CreateTemplateResult = { created: [], refused: [], unplacedHeaders: [], syncs: 1 };
  const names = { register: [REGISTER_SHEET_NAME, REGISTER_TABLE_NAME], chaseLog: [CHASE_SHEET_NAME, CHASE_TABLE_NAME] } as const;
  for (const part of parts) {
    const [sheet, table] = names[part];
    if (sheets.items.some((s) => same(s.name, sheet))) result.refused.push({ part, reason: "sheetExists", name: sheet });
    else if (tables.items.some((t) => same(t.name, table))) result.refused.push({ part, reason: "tableExists", name: table });
    else if (workbookNames.items.some((n) => same(n.name, table))) result.refused.push({ part, reason: "nameExists", name: table });
    else result.created.push(part);
  }
  if (result.created.length === 0) return result;

  context.workbook.application.suspendApiCalculationUntilNextSync();
  let addHighlights: (() => void) | null = null;
  if (result.created.includes("register")) {
    const columns = registerTemplate(settings);
    const placed = options.sample ? placeRowsByHeader(options.sample, columns) : { rows: [], unplaced: [] };
    result.unplacedHeaders = placed.unplaced;
    const dateSystem = dates.read().dateSystem;
    const holidays = planHolidays(
      workbookNames.items.some((n) => same(n.name, HOLIDAYS_NAME)),
      sheets.items.some((s) => same(s.name, HOLIDAYS_SHEET_NAME)),
      settings.holidays.length > 0,
    );
    result.holidays = holidays;
    const argument =
      holidays === "settingsInFormula"
        ? holidayArrayConstant(settings.holidays.map((h) => serialInput(h, dateSystem)))
        : holidays === "none"
          ? null
          : HOLIDAYS_NAME;
    const listsSheetFree = !sheets.items.some((s) => same(s.name, LISTS_SHEET_NAME));
    const highlights = queueRegister(context, columns, settings, placed.rows, dateSystem, listsSheetFree);
    addHighlights = () => {
      // The Holidays sheet goes after the others, and its name exists before a formula uses it.
      if (holidays === "createdName") queueHolidaysSheet(context, settings, dateSystem);
      highlights(argument);
    };
  }
  if (result.created.includes("chaseLog")) queueChaseLog(context);
  addHighlights?.();
  await context.sync();
  result.syncs++;
  return result;
}

/** Writes formats first (Text columns keep "0045"), then header + rows, then the table and its rules. */
function queueRegister(
  context: Excel.RequestContext,
  columns: TemplateColumn[],
  settings: Settings,
  sampleRows: TemplateCell[][],
  dateSystem: DateSystem,
  listsSheetFree: boolean,
): (holidays: string | null) => void {
  const sheet = context.workbook.worksheets.add(REGISTER_SHEET_NAME);
  const width = columns.length;
  const dataRows = Math.max(sampleRows.length, 1); // Excel keeps one blank row in an empty table
  const body = sheet.getRangeByIndexes(1, 0, dataRows, width);
  // One format per run of columns, not dataRows × width entries (OfficeDev/office-js#5852; see numberFormats.ts).
  const formats = columnFormatWrites(
    columns.map((c) => c.numberFormat),
    dataRows,
  );
  queueFormatWrites(body, formats, dataRows, width);
  sheet.getRangeByIndexes(0, 0, 1, width).values = [columns.map((c) => c.header)];
  if (sampleRows.length > 0) {
    body.values = sampleRows.map((row) =>
      columns.map((column, c) => {
        const cell = row[c] ?? null;
        return column.kind === "date" && typeof cell === "number" ? serialInput(cell, dateSystem) : cellInput(cell);
      }),
    );
  }
  const table = sheet.tables.add(`A1:${columnLetter(width - 1)}${dataRows + 1}`, true);
  table.name = REGISTER_TABLE_NAME;
  table.style = "TableStyleMedium2";

  // Range.dataValidation is ExcelApi 1.8, above the manifest's 1.7: without it the columns simply have no dropdown
  // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-datavalidation-member).
  let listColumn = 0;
  columns.forEach((column, c) => {
    if (!column.choices || !supportsExcelApi("1.8")) return;
    const source = listSource(context, column.choices, listsSheetFree ? listColumn : null);
    if (source === null) return;
    if (source.startsWith("=")) listColumn++;
    sheet.getRangeByIndexes(1, c, dataRows, 1).dataValidation.rule = { list: { inCellDropDown: true, source } };
  });
  sheet.freezePanes.freezeRows(1);
  sheet.getRangeByIndexes(0, 0, dataRows + 1, width).format.autofitColumns();
  sheet.activate();
  const letterOf = (field: FieldKey) => columnLetter(columns.findIndex((c) => c.field === field));
  return (holidays) => {
    for (const rule of registerHighlightRules(letterOf, 2, settings, holidays)) {
      const format = body.conditionalFormats.add("Custom");
      format.custom.rule.formula = rule.formula;
      format.custom.format.fill.color = rule.fill;
      format.custom.format.font.color = rule.font;
    }
  };
}

/** Sheet for dropdown lists too long to type into a validation (one column per list, added only when needed). */
export const LISTS_SHEET_NAME = "Lists";
/**
 * A typed list source holds at most 255 characters (Create a drop-down list:
 * https://support.microsoft.com/office/create-a-drop-down-list-7693307a-59ef-400a-b769-c5402dce407b); a source
 * that is a range has no such limit (ListDataValidation.source, "a Range object or a string":
 * https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation#excel-excel-listdatavalidation-source-member).
 */
export const MAX_TYPED_LIST_CHARS = 255;

/**
 * The validation source for `choices`: typed when short enough, else written to column `listColumn` of the Lists
 * sheet (created on first use) and referenced. Null (no dropdown) when it is long and a Lists sheet of the
 * buyer's own exists; choices are written as text (cellInput) so "1/2" stays "1/2".
 */
export function listSource(context: Excel.RequestContext, choices: readonly string[], listColumn: number | null): string | null {
  const typed = choices.join(",");
  if (typed.length <= MAX_TYPED_LIST_CHARS) return typed;
  if (listColumn === null) return null;
  const worksheets = context.workbook.worksheets;
  const lists = listColumn === 0 ? worksheets.add(LISTS_SHEET_NAME) : worksheets.getItem(LISTS_SHEET_NAME);
  lists.getRangeByIndexes(0, listColumn, choices.length, 1).values = choices.map((choice) => [cellInput(choice)]);
  const letter = columnLetter(listColumn);
  return `='${LISTS_SHEET_NAME}'!$${letter}$1:$${letter}$${choices.length}`;
}

/**
 * Where the highlights' holidays come from. A buyer's own `Holidays` name is used as it is, never
 * replaced. Without one, the template adds a Holidays sheet and name (the place to type holidays that
 * both the highlights and the add-in honour) unless a sheet of that name is there already; then the
 * settings' dates go into the formulas themselves.
 */
export function planHolidays(
  hasName: boolean,
  hasSheet: boolean,
  settingsHaveHolidays: boolean,
): NonNullable<CreateTemplateResult["holidays"]> {
  if (hasName) return "existingName";
  if (!hasSheet && supportsExcelApi("1.4")) return "createdName";
  return settingsHaveHolidays ? "settingsInFormula" : "none";
}

/** Sheet "Holidays": a header, the settings' holidays below it, and the name over A2:A201. */
function queueHolidaysSheet(context: Excel.RequestContext, settings: Settings, dateSystem: DateSystem): void {
  const sheet = context.workbook.worksheets.add(HOLIDAYS_SHEET_NAME);
  const list = sheet.getRangeByIndexes(1, 0, HOLIDAYS_ROOM, 1);
  setNumberFormat(list, DATE_FORMAT); // one value for the whole column
  sheet.getRange("A1").values = [[HOLIDAYS_HEADER]];
  const dates = [...settings.holidays].sort((a, b) => a - b).slice(0, HOLIDAYS_ROOM);
  if (dates.length > 0) sheet.getRangeByIndexes(1, 0, dates.length, 1).values = dates.map((d) => [serialInput(d, dateSystem)]);
  context.workbook.names.add(HOLIDAYS_NAME, list);
  sheet.getRange("A1").format.autofitColumns();
}

function queueChaseLog(context: Excel.RequestContext): void {
  const sheet = context.workbook.worksheets.add(CHASE_SHEET_NAME);
  const width = CHASE_LOG_COLUMNS.length;
  sheet.getRangeByIndexes(1, 0, 1, width).numberFormat = [CHASE_LOG_COLUMNS.map((c) => c.numberFormat)];
  sheet.getRangeByIndexes(0, 0, 1, width).values = [CHASE_LOG_COLUMNS.map((c) => c.header)];
  const table = sheet.tables.add(`A1:${columnLetter(width - 1)}1`, true);
  table.name = CHASE_TABLE_NAME;
  table.style = "TableStyleLight9";
  sheet.freezePanes.freezeRows(1);
  sheet.getRangeByIndexes(0, 0, 1, width).format.autofitColumns();
}
