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
  REGISTER_SHEET_NAME,
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
  /** Parts not created because a sheet or table of that name exists (left untouched). */
  refused: { part: TemplatePart; reason: "sheetExists" | "tableExists"; name: string }[];
  syncs: number;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export async function createTemplate(context: Excel.RequestContext, options: CreateTemplateOptions = {}): Promise<CreateTemplateResult> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const parts = options.parts ?? ["register", "chaseLog"];
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const dates = queueDateSettingsProbe(context); // sample dates are 1900 serials; a 1904 workbook needs them shifted
  await context.sync();

  const result: CreateTemplateResult = { created: [], refused: [], unplacedHeaders: [], syncs: 1 };
  const names = { register: [REGISTER_SHEET_NAME, REGISTER_TABLE_NAME], chaseLog: [CHASE_SHEET_NAME, CHASE_TABLE_NAME] } as const;
  for (const part of parts) {
    const [sheet, table] = names[part];
    if (sheets.items.some((s) => same(s.name, sheet))) result.refused.push({ part, reason: "sheetExists", name: sheet });
    else if (tables.items.some((t) => same(t.name, table))) result.refused.push({ part, reason: "tableExists", name: table });
    else result.created.push(part);
  }
  if (result.created.length === 0) return result;

  context.workbook.application.suspendApiCalculationUntilNextSync();
  if (result.created.includes("register")) {
    const columns = registerTemplate(settings);
    const placed = options.sample ? placeRowsByHeader(options.sample, columns) : { rows: [], unplaced: [] };
    result.unplacedHeaders = placed.unplaced;
    queueRegister(context, columns, settings, placed.rows, dates.read().dateSystem);
  }
  if (result.created.includes("chaseLog")) queueChaseLog(context);
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
): void {
  const sheet = context.workbook.worksheets.add(REGISTER_SHEET_NAME);
  const width = columns.length;
  const dataRows = Math.max(sampleRows.length, 1); // Excel keeps one blank row in an empty table
  const body = sheet.getRangeByIndexes(1, 0, dataRows, width);
  body.numberFormat = Array.from({ length: dataRows }, () => columns.map((c) => c.numberFormat));
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

  columns.forEach((column, c) => {
    if (!column.choices) return;
    sheet.getRangeByIndexes(1, c, dataRows, 1).dataValidation.rule = { list: { inCellDropDown: true, source: column.choices.join(",") } };
  });
  const letterOf = (field: FieldKey) => columnLetter(columns.findIndex((c) => c.field === field));
  for (const rule of registerHighlightRules(letterOf, 2, settings)) {
    const format = body.conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.font;
  }
  sheet.freezePanes.freezeRows(1);
  sheet.getRangeByIndexes(0, 0, dataRows + 1, width).format.autofitColumns();
  sheet.activate();
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
