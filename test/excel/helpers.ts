import { InMemoryWorkbook, asExcelContext, createContext, type WorkbookOptions } from "../../in-memory-excel";
import type { CellValue } from "../../in-memory-excel";
import type { Serial } from "../../src/model";
import { runPipeline } from "../../src/pipeline";
import { readSources } from "../../src/excel/readSources";
import type { ReadOptions, RegisterTarget } from "../../src/excel/readRegister";
import { isEmptyBlock } from "../../src/pipeline/runPipeline";

export const HEADER = ["PO number", "Line", "Supplier", "Order date", "Requested date", "Promised date", "Ordered qty", "Received qty", "Stage", "Delay reason", "Last chase", "Next chase", "Buyer's note"];

/** A register of `rows` lines on sheet "POs", table "Register" at A3 (two title rows above it). */
export function registerWorkbook(rows: number, options?: WorkbookOptions): InMemoryWorkbook {
  const workbook = InMemoryWorkbook.withSheets({ POs: [["Open purchase orders"], []] }, options);
  const values: CellValue[][] = [HEADER];
  const formats: (string | null)[][] = [HEADER.map(() => null)];
  for (let i = 0; i < rows; i++) {
    values.push([`PO${4500000 + i}`, String(10 * (1 + (i % 5))), `Supplier ${i % 40}`, 46000 + (i % 30), 46030 + (i % 60), i % 3 === 0 ? "" : 46040 + (i % 50), 100 + (i % 7), i % 4 === 0 ? 100 : 0, "Production", "", "", "", "keep"]);
    formats.push([null, null, null, "yyyy-mm-dd", "yyyy-mm-dd", "yyyy-mm-dd", null, null, null, null, "yyyy-mm-dd", "yyyy-mm-dd", null]);
  }
  workbook.seed("POs", "A3", values, formats);
  workbook.seedTable("POs", `A3:M${3 + rows}`, "Register");
  return workbook;
}

export function contextFor(workbook: InMemoryWorkbook) {
  const fake = createContext(workbook);
  return { fake, context: asExcelContext(fake) };
}

/** 2026-11-20: the day the Office.js adapter tests evaluate at. */
export const AS_OF = 46346;

/** The adapter's read (readSources) and the one pipeline over it at `asOf`, as every entry point does. */
export async function readModel(context: Excel.RequestContext, target: RegisterTarget = {}, asOf: Serial = AS_OF) {
  const read = await readSources(context, target);
  return { read, model: runPipeline(read.sources, { asOf }) };
}

/**
 * The register part of readSources in the shape the read tests assert on: found or not, empty or not,
 * the block with the workbook's date system and locale order, and the round trips.
 */
export async function readRegisterOf(context: Excel.RequestContext, target: RegisterTarget = {}, options: ReadOptions = {}) {
  const read = await readSources(context, target, options);
  const { register, dateSystem, localeDateOrder } = read.sources;
  if (!read.location || !register) return { ok: false as const, reason: "notFound" as const, report: read.report };
  if (isEmptyBlock(register.values)) return { ok: false as const, reason: "empty" as const, report: read.report };
  return { ok: true as const, source: { ...register, dateSystem, dateOrder: localeDateOrder }, location: read.location, report: read.report };
}
