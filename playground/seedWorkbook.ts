/**
 * The playground's workbook: the sample register (with a few customer orders and a line of each shipment and quality
 * case) on sheet "Register" as table "Register", a Chinese-headed sheet, and an empty Chases table on sheet "Chase log" —
 * as a buyer's file would be.
 */
import type { Serial } from "../src/model";
import type { Lang } from "../src/i18n/i18n";
import { sampleRegister } from "../src/sample/sampleRegister";
import { sampleRegisterChinese } from "../src/sample/sampleRegisterChinese";
import { generateRegister } from "../src/sample/generateRegister";
import { detectColumns } from "../src/register/detectColumns";
import { fieldKind } from "../src/register/fields";
import { CHASE_LOG_COLUMNS, CHASE_SHEET_NAME, CHASE_TABLE_NAME, DATE_FORMAT, REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from "../src/register/template";
import { columnLetter } from "../src/register/columnLetter";
import { InMemoryWorkbook } from "../in-memory-excel/store";

export const CHINESE_SHEET_NAME = "采购跟踪";

export interface SeedOptions {
  asOf: Serial;
  /** Number of register lines; the hand-made sample (240 lines) unless a larger register is asked for. */
  lines?: number;
  lang: Lang;
}

/** Number formats for a values matrix: date columns (by detected field) as yyyy-mm-dd. */
function formatsOf(matrix: (string | number)[][]): (string | null)[][] {
  const detection = detectColumns(matrix[0] ?? []);
  const dateColumns = new Set(detection.matches.filter((m) => fieldKind(m.field) === "date").map((m) => m.column));
  const rowFormats = (matrix[0] ?? []).map((_, c) => (dateColumns.has(c) ? DATE_FORMAT : null));
  return matrix.map((_, r) => (r === 0 ? [] : rowFormats));
}

/** The sample's optional parts the playground shows (customer orders, shipments and quality); the browser tests' expectations use the same. */
export const PLAYGROUND_SAMPLE = { salesOrders: true, shipments: true } as const;

export function seedWorkbook({ asOf, lines, lang }: SeedOptions): InMemoryWorkbook {
  const workbook = new InMemoryWorkbook({ shortDatePattern: "yyyy-MM-dd", measurePayloads: false });
  const register =
    lines && lines > 240
      ? generateRegister(lines, 1, asOf)
      : sampleRegister({ asOf, lines: lines ?? 240, lang, ...PLAYGROUND_SAMPLE });
  workbook.addSheet(REGISTER_SHEET_NAME);
  workbook.seed(REGISTER_SHEET_NAME, "A1", register, formatsOf(register), { handOver: true }); // built for it, nobody else holds it
  workbook.seedTable(REGISTER_SHEET_NAME, `A1:${columnLetter(register[0].length - 1)}${register.length}`, REGISTER_TABLE_NAME);

  const chinese = sampleRegisterChinese({ asOf });
  workbook.addSheet(CHINESE_SHEET_NAME);
  workbook.seed(CHINESE_SHEET_NAME, "A1", chinese, formatsOf(chinese));

  workbook.addSheet(CHASE_SHEET_NAME);
  workbook.seed(CHASE_SHEET_NAME, "A1", [CHASE_LOG_COLUMNS.map((c) => c.header)], [CHASE_LOG_COLUMNS.map(() => null)]);
  workbook.seed(CHASE_SHEET_NAME, "A2", [CHASE_LOG_COLUMNS.map(() => "")], [CHASE_LOG_COLUMNS.map((c) => c.numberFormat)]);
  workbook.seedTable(CHASE_SHEET_NAME, `A1:${columnLetter(CHASE_LOG_COLUMNS.length - 1)}2`, CHASE_TABLE_NAME);

  workbook.activeSheetId = workbook.findSheet(REGISTER_SHEET_NAME)?.id ?? null;
  return workbook;
}
