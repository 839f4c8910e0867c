/**
 * Cells of an .xlsx as Excel's JavaScript API gives them (see cellValue.ts), from one of two readers:
 * one streaming pass over the wanted sheets' XML (sheetRows.ts) that keeps only the rows asked for in
 * advance — the runner's reader — or the whole workbook loaded by exceljs (kept as an independent
 * second reader: the contract suite holds the two to the same answers). Both answer the same two
 * questions, so the file adapter cannot tell them apart: the values of a rectangle, and a sheet's used range.
 */
import type ExcelJS from "exceljs";
import type { ExcelValue } from "./cellValue";
import { occupiedCells, readRect, usedGrid } from "./workbookTables";
import { trimGrid, withUncached, type Grid } from "./grid";
import type { Rect } from "./packageIndex";
import { boundedRect, dataExtent } from "./dataExtent";
import { sameName } from "../workbook/names";
import type { OpenedPackage } from "./packageIndex";
import { readSharedStrings } from "./sharedStrings";
import { readSheetRowCells, type RowCellsOptions } from "./sheetRows";
import { KeptSheet } from "./keptSheet";
import { availableWorkers, startRowWorkers } from "./rowSegments";
import { THREADS_ABOVE_BYTES } from "./threadSizes";
import { TooManyCellsError, XmlPartError } from "./xmlStream";

export interface CellSource {
  /**
   * Values of `rect` on `sheet` ("" for empty cells); null when the sheet does not exist. `uncached`
   * collects the sheet positions (1-based row, column) of formulas with no saved result.
   */
  rect(sheet: string, rect: Rect, uncached?: [number, number][]): ExcelValue[][] | null;
  /** The sheet's used range (values only, like getUsedRange(true)); null when the sheet does not exist. */
  used(sheet: string): Grid | null;
}

export function wholeCells(workbook: ExcelJS.Workbook, date1904: boolean): CellSource {
  const find = (name: string) => workbook.worksheets.find((s) => sameName(s.name, name));
  return {
    rect(sheet, rect, uncached) {
      const ws = find(sheet);
      if (!ws) return null;
      // A reference over whole columns (or a table ref claiming the sheet) stops at the data inside it.
      const read = boundedRect(rect, occupiedCells(ws, rect));
      return readRect(ws, read.top, read.left, read.bottom, read.right, date1904, uncached);
    },
    used(sheet) {
      const ws = find(sheet);
      return ws ? usedGrid(ws, date1904) : null;
    },
  };
}

/** What the streaming pass keeps of one sheet. */
export interface SheetWant {
  /** Keep every row (the sheet's used range is wanted). */
  used: boolean;
  /** Otherwise: keep the rows and columns of these rectangles. */
  rects: Rect[];
  /**
   * A register candidate: after `scanRows` rows, `keep(rows)` decides from those rows whether to go on
   * keeping the rest of the sheet (the header was found) or to drop it (not a register).
   */
  candidate?: { scanRows: number; keep(rows: readonly (readonly ExcelValue[])[]): boolean };
}

/**
 * The cells one read may keep, all sheets together: Excel's full sheet of a register 47 columns wide
 * (1,048,576 × 47 ≈ 49 million). More is refused (TooManyCellsError), not held in memory.
 */
export const MAX_KEPT_CELLS = 50_000_000;

/**
 * When the sheets are parsed on worker threads too: parts from `aboveBytes` up, cut into `segmentBytes`.
 * The runner takes the defaults; the contract suite sets all three to put every fixture through the threads.
 */
export interface ThreadOptions {
  aboveBytes?: number;
  segmentBytes?: number;
  /** Worker threads beside this one; default: one per other core (rowSegments.ts availableWorkers). */
  workers?: number;
}

/**
 * One pass over the wanted sheets of `pkg` (others are never inflated), keeping only what `wants`
 * names (sheet name, any case → want). Shared strings are read first, once.
 */
export async function streamCells(
  pkg: OpenedPackage,
  wants: ReadonlyMap<string, SheetWant>,
  limits: { cells?: number; strings?: number } = {},
  threads: ThreadOptions = {},
): Promise<CellSource> {
  const { index } = pkg;
  const wantOf = (name: string): SheetWant | undefined => {
    for (const [wanted, want] of wants) if (sameName(wanted, name)) return want;
    return undefined;
  };
  const wanted = index.sheets.filter((sheet) => wantOf(sheet.name));
  const large = (part: string) => pkg.partSize(part) >= (threads.aboveBytes ?? THREADS_ABOVE_BYTES);
  const workers = threads.workers ?? availableWorkers();
  // Started now, they load their code while this thread reads the shared strings; one set for every large sheet.
  const pool = workers > 0 && wanted.some((s) => large(s.part)) ? startRowWorkers(workers) : null;
  const kept = new Map<string, KeptSheet>();
  try {
    const stringsPart = wanted.length > 0 ? pkg.openPart(index.sharedStringsPart ?? "") : null;
    const strings = stringsPart ? await readSharedStrings(stringsPart, limits.strings, index.sharedStringsPart ?? undefined) : [];
    const budget = { limit: limits.cells ?? MAX_KEPT_CELLS, left: limits.cells ?? MAX_KEPT_CELLS };
    for (const { name, part } of wanted) {
      const stream = pkg.openPart(part);
      const parsing = { pool: large(part) ? (pool ?? undefined) : undefined, segmentBytes: threads.segmentBytes };
      if (stream) kept.set(name, await keepSheet(stream, wantOf(name)!, { strings, date1904: index.date1904, ...parsing }, name, budget));
    }
  } finally {
    await pool?.stop();
  }
  const find = (name: string) => {
    for (const [kname, sheet] of kept) if (sameName(kname, name)) return { name: kname, sheet };
    return undefined;
  };
  const exists = (name: string) => index.sheets.some((s) => sameName(s.name, name));
  return {
    rect(sheetName, rect, uncached) {
      const found = find(sheetName);
      if (!found) return exists(sheetName) ? [] : null; // a sheet with nothing kept
      const read = boundedRect(rect, found.sheet.occupied(rect));
      if (uncached)
        for (const [r, c] of found.sheet.uncached)
          if (r >= read.top && r <= read.bottom && c >= read.left && c <= read.right) uncached.push([r, c]);
      return found.sheet.denseRows(read.top, read.bottom, read.left, read.right);
    },
    used(sheetName) {
      const found = find(sheetName);
      if (!found) return exists(sheetName) ? { sheet: sheetName, tableName: null, values: [], firstRow: 1, firstColumn: 0 } : null;
      const extent = dataExtent(found.sheet.occupied());
      if (!extent) return { sheet: found.name, tableName: null, values: [], firstRow: 1, firstColumn: 0 };
      const values = found.sheet.denseRows(extent.top, extent.bottom, extent.left, extent.right);
      const grid = { sheet: found.name, tableName: null, values, firstRow: extent.top, firstColumn: extent.left - 1 };
      return withUncached(trimGrid(grid), found.sheet.uncached);
    },
  };
}

/** The rows of one sheet that `want` asks for; a register candidate's rows dropped when its head has no register header. */
async function keepSheet(
  stream: NodeJS.ReadableStream,
  want: SheetWant,
  parsing: Pick<RowCellsOptions, "date1904" | "pool" | "segmentBytes"> & { strings: readonly string[] },
  name: string,
  budget: { limit: number; left: number },
): Promise<KeptSheet> {
  const sheet = new KeptSheet(parsing.strings);
  const lastRow = want.used ? Infinity : Math.max(0, ...want.rects.map((r) => r.bottom));
  let candidate = want.candidate;
  let keepAll = want.used;
  const inWantedRows = (n: number) => keepAll || candidate !== undefined || inRects(n, want.rects);
  const decide = () => {
    const scanned = sheet.denseRows(1, candidate!.scanRows);
    if (candidate!.keep(trimGrid({ sheet: name, tableName: null, values: scanned, firstRow: 1, firstColumn: 0 }).values)) keepAll = true;
    else for (const n of sheet.rowNumbers()) if (!inRects(n, want.rects)) sheet.drop(n); // not a register
    if (!keepAll) sheet.uncached = sheet.uncached.filter(([r]) => inRects(r, want.rects));
    candidate = undefined;
  };
  try {
    await readSheetRowCells(stream, {
      ...parsing,
      wantsRow: (n) => {
        if (candidate && n > candidate.scanRows) decide();
        return inWantedRows(n);
      },
      onRow({ number, batch, start, end }) {
        budget.left -= sheet.keep(number, batch, start, end);
        if (budget.left < 0) throw new TooManyCellsError(name, budget.limit);
        // Past the last wanted row of a sheet read for some rectangles only: the rest is not needed.
        return keepAll || candidate !== undefined || number < lastRow;
      },
    });
  } catch (error) {
    // A damaged sheet is named: the buyer knows which tab to open and repair.
    if (error instanceof XmlPartError) throw error.within({ sheet: name });
    throw error;
  }
  if (candidate) decide(); // a sheet shorter than the scanned rows
  return sheet;
}

function inRects(row: number, rects: readonly Rect[]): boolean {
  return rects.some((r) => row >= r.top && row <= r.bottom);
}
