/**
 * The Office.js side of the "Customer impact" sheet (issue 13): the table of src/report/customerImpactSheet
 * written to a sheet the add-in owns. A sheet of that name that the add-in did not create is the buyer's:
 * it is left alone and "Customer impact (2)" is used (planOwnSheet, as for the report sheet). ExcelApi 1.1
 * (values, formats, A1 addresses) and 1.4 (settings, for the ownership record); one read, one write, one
 * mark when the sheet is new.
 */
import type { CustomerImpactTable } from "../report/customerImpactSheet";
import { planOwnSheet } from "../workbook/ownedSheets";
import { columnLetter } from "../register/columnLetter";
import { cellInput, serialInput } from "./cellInput";
import { setNumberFormat } from "./numberFormats";
import { queueMarkOwned, queueNewSheetId, queueOwnedSheets } from "./report/ownedSheets";
import { runExcel, type ExcelBatch } from "./run";
import type { DateSystem } from "./types";

const HEADER_ROW = 4; // 1-based: title, note, blank, header
const DATE_FORMAT = "yyyy-mm-dd";

export interface ImpactSheetWritten {
  sheet: string;
  /** The same-named sheet that is not ours and was left alone; null when none. */
  clashWith: string | null;
  created: boolean;
}

export interface ImpactSheetOptions {
  dateSystem?: DateSystem;
  run?: <T>(batch: ExcelBatch<T>) => Promise<T>;
}

/** Writes the table; null when every name up to "(99)" is taken by sheets that are not ours (nothing written). */
export function writeCustomerImpactSheet(table: CustomerImpactTable, options: ImpactSheetOptions = {}): Promise<ImpactSheetWritten | null> {
  const run = options.run ?? runExcel;
  const dateSystem = options.dateSystem ?? "1900";
  return run(async (context) => {
    const ownership = queueOwnedSheets(context);
    await context.sync();
    const { owned, present } = ownership.read();
    const plan = planOwnSheet(
      table.sheetName,
      [...present].map(([id, name]) => ({ name, owned: owned.has(id) })),
    );
    if (!plan) return null;
    const sheets = context.workbook.worksheets;
    const sheet = plan.exists ? sheets.getItem(plan.name) : sheets.add(plan.name);
    const added = plan.exists ? null : queueNewSheetId(sheet);
    if (plan.exists) sheet.getRange().clear("All"); // ours: last run's table goes, whatever its size

    const width = table.columns.length;
    const last = columnLetter(width - 1);
    const pad = (row: (string | number)[]) => [...row, ...Array<string>(width - row.length).fill("")];
    const body =
      table.rows.length === 0
        ? [pad([table.emptyText])]
        : table.rows.map((row) => row.map((value, c) => cellOf(value, table.columns[c].type, dateSystem)));
    const values = [pad([table.title]), pad([table.note]), pad([]), table.columns.map((c) => cellInput(c.header)), ...body];
    sheet.getRange(`A1:${last}${values.length}`).values = values;
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange(`A${HEADER_ROW}:${last}${HEADER_ROW}`).format.font.bold = true;
    if (table.rows.length > 0)
      table.columns.forEach((column, c) => {
        if (column.type !== "date") return;
        const letter = columnLetter(c);
        const rows = table.rows.length;
        setNumberFormat(sheet.getRange(`${letter}${HEADER_ROW + 1}:${letter}${HEADER_ROW + rows}`), DATE_FORMAT); // one value per column
      });
    sheet.activate();
    await context.sync();
    if (added) {
      const id = added.read();
      queueMarkOwned(context, owned, [id], present, new Map([[id, plan.name]]));
      await context.sync();
    }
    return { sheet: plan.name, clashWith: plan.clashWith, created: !plan.exists };
  });
}

/** A cell as Office.js must receive it: dates in the workbook's date system, text guarded, blanks "". */
function cellOf(value: unknown, type: string, dateSystem: DateSystem): string | number | boolean {
  if (value === null || value === undefined || typeof value === "object") return "";
  if (type === "date" && typeof value === "number") return serialInput(value, dateSystem);
  return cellInput(value as string | number | boolean);
}
