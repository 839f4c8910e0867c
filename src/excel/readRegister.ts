/**
 * Reading the register: header + values + number formats.
 *
 * Round trips (counted by test/excel/readRegister.test.ts):
 * 1. find it: table and sheet names, saved settings;
 * 2. measure it: address and size, the first 50 rows to estimate bytes per row, date system and date order;
 * 3. read it: ONE sync for up to 100,000 rows when the estimate fits the payload budget (unlimited on
 *    desktop, 4 MB on Excel on the web); otherwise ⌈rows / rows-per-chunk⌉ syncs.
 * A picked sheet that holds a table costs one more measuring sync (the table is measured instead).
 */
import { CHASE_TABLE_NAME } from "../register/template";
import type { ExcelRegisterSource } from "./types";
import { queueDateSettingsProbe } from "./dateSystem";
import { ReadOptions, ReadReport, queueMeasure, readBlocks, Measured } from "./blockReader";
import { RegisterLocation, RegisterTarget, chooseRegister, queueInventory, registerRange } from "./locateRegister";

export type { RegisterTarget, RegisterLocation } from "./locateRegister";
export type { ReadOptions } from "./blockReader";

export type ReadRegisterResult =
  | { ok: true; source: ExcelRegisterSource; location: RegisterLocation; report: ReadReport }
  | { ok: false; reason: "notFound" | "empty"; report: ReadReport };

export interface MeasuredRegister {
  location: RegisterLocation;
  measured: Measured;
  dates: Pick<ExcelRegisterSource, "dateSystem" | "dateOrder">;
}

/** Steps 1 and 2, plus any extra measurements the caller queues in `alsoMeasure` (e.g. the chase log). */
export async function locateAndMeasure(
  context: Excel.RequestContext,
  target: RegisterTarget,
  withFormats: boolean,
  alsoMeasure?: (tables: string[]) => void,
): Promise<{ register: MeasuredRegister | null; syncs: number }> {
  const inventory = queueInventory(context);
  await context.sync();
  const found = inventory.read();
  let location = chooseRegister(found, target);
  alsoMeasure?.(found.tables);
  if (!location) {
    await context.sync(); // let the extra measurements complete
    return { register: null, syncs: 2 };
  }
  const probe = queueDateSettingsProbe(context);
  let measure = queueMeasure(registerRange(context, location), withFormats);
  const sheetTables = location.kind === "sheet" ? context.workbook.worksheets.getItem(location.sheet).tables.load("items/name") : null;
  await context.sync();
  let syncs = 2;
  const ownTable = sheetTables?.items.map((t) => t.name).find((name) => name.toLowerCase() !== CHASE_TABLE_NAME.toLowerCase());
  if (ownTable) {
    location = { kind: "table", table: ownTable };
    measure = queueMeasure(registerRange(context, location), withFormats);
    await context.sync();
    syncs++;
  }
  return { register: { location, measured: measure.read(), dates: probe.read() }, syncs };
}

export function toSource(register: MeasuredRegister, values: unknown[][], numberFormats: string[][] | undefined): ExcelRegisterSource {
  const { location, measured, dates } = register;
  const source: ExcelRegisterSource = {
    sheet: measured.block.sheet,
    tableName: location.kind === "table" ? location.table : null,
    values,
    firstRow: measured.block.rowIndex + 1,
    firstColumn: measured.block.columnIndex,
    ...dates,
  };
  if (numberFormats) source.numberFormats = numberFormats;
  return source;
}

function isEmptyBlock(values: unknown[][]): boolean {
  return values.every((row) => row.every((v) => v === "" || v === null));
}

export async function readRegister(context: Excel.RequestContext, target: RegisterTarget = {}, options: ReadOptions = {}): Promise<ReadRegisterResult> {
  const withFormats = options.numberFormats ?? true;
  const located = await locateAndMeasure(context, target, withFormats);
  if (!located.register) return { ok: false, reason: "notFound", report: { syncs: located.syncs, bytes: 0 } };
  const { data, report } = await readBlocks(context, [located.register.measured], options);
  report.syncs += located.syncs;
  if (isEmptyBlock(data[0].values)) return { ok: false, reason: "empty", report };
  return { ok: true, source: toSource(located.register, data[0].values, data[0].numberFormats), location: located.register.location, report };
}
