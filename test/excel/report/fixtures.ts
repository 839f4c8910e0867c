import { InMemoryWorkbook, type CellValue } from "../../../in-memory-excel";
import { sampleRegister, sampleChaseLog, generateRegister, GENERATED_AS_OF } from "../../../src/sample";
import { chaseEntryToRow, chaseLogHeaders } from "../../../src/register/chaseLog";
import { serialFromYmd } from "../../../src/dates/serial";
import type { Serial } from "../../../src/model";

/** Friday 20 November 2026, ISO week 2026-W47. */
export const AS_OF = serialFromYmd(2026, 11, 20) as Serial;
export const GENERATED_AT = "2026-11-20 09:30";

/**
 * A buyer's workbook: a cover sheet with a formula pointing at the report, the sample register
 * (table Register) and its chase log (table Chases), as createTemplate would lay them out.
 */
export function sampleWorkbook(options: { lines?: number; values?: CellValue[][]; withLog?: boolean } = {}): InMemoryWorkbook {
  const values = options.values ?? sampleRegister({ asOf: AS_OF, lines: options.lines ?? 240 });
  const workbook = InMemoryWorkbook.withSheets({ Cover: [["Purchasing dashboard"], ["=COUNTA('Follow-up 2026-W47'!A:A)"]], Register: [] });
  workbook.seed("Register", "A1", values as CellValue[][]);
  workbook.seedTable("Register", `A1:${letters(values[0].length - 1)}${values.length}`, "Register");
  if (options.withLog ?? true) {
    const log = [chaseLogHeaders("en"), ...sampleChaseLog({ asOf: AS_OF, lines: options.lines ?? 240 }).map((e) => chaseEntryToRow(e))];
    workbook.addSheet("Chase log");
    workbook.seed("Chase log", "A1", log);
    workbook.seedTable("Chase log", `A1:${letters(log[0].length - 1)}${log.length}`, "Chases");
  }
  return workbook;
}

/** A generated register of n lines (benchmarks, the sync-count test). */
export function largeWorkbook(n: number): InMemoryWorkbook {
  return sampleWorkbook({ values: generateRegister(n, 1, GENERATED_AS_OF), withLog: false });
}

function letters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
