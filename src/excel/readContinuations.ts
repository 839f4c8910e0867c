/**
 * Monthly tabs through Office.js: the other sheets that continue the register (the rule is
 * src/workbook/registerContinuations.ts), read in full.
 *
 * Round trips: none when the workbook has no other sheet that could; else ONE sync for the first
 * HEADER_SCAN_ROWS rows (as wide as the register's header, plus one column) and the size of each other
 * sheet's used range; and when some continue the register, their cells in readBlocks' syncs (one on
 * desktop, ⌈bytes / budget⌉ on the web).
 *
 * `Worksheet.getUsedRange(valuesOnly)` never fails: "If the worksheet is blank, this function will return
 * the top left cell" (Office.js reference, Excel.Worksheet.getUsedRange), so no null object is needed.
 */
import type { ColumnMapping } from "../register/savedMapping";
import type { SourceBlock } from "../pipeline/sources";
import { HEADER_SCAN_ROWS, isOwnSheet } from "../workbook/registerLocation";
import { MAX_CONTINUATION_SHEETS, continuesRegister } from "../workbook/registerContinuations";
import { sameName } from "../workbook/names";
import { readBlocks, type Measured, type ReadOptions } from "./blockReader";
import { jsonSize } from "./chunks";

export interface ContinuationsRead {
  blocks: SourceBlock[];
  syncs: number;
}

export async function readContinuations(
  context: Excel.RequestContext,
  register: { sheet: string; header: readonly unknown[] },
  sheets: readonly string[],
  mapping: ColumnMapping,
  options: ReadOptions = {},
): Promise<ContinuationsRead> {
  const width = headerWidth(register.header);
  const names = sheets.filter((name) => !sameName(name, register.sheet) && !isOwnSheet(name)).slice(0, MAX_CONTINUATION_SHEETS);
  if (width === 0 || names.length === 0) return { blocks: [], syncs: 0 };

  const queued = names.map((name) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRange(true);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    // One column more than the header: a sheet with an extra column is another table.
    const top = used
      .getCell(0, 0)
      .getResizedRange(HEADER_SCAN_ROWS - 1, width)
      .load("values");
    return { name, used, top };
  });
  await context.sync();

  const measured: Measured[] = [];
  for (const { name, used, top } of queued) {
    if (!continuesRegister(register.header, top.values, mapping)) continue;
    const block = {
      sheet: name,
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      rowCount: used.rowCount,
      columnCount: used.columnCount,
    };
    measured.push({ block, bytesPerRow: jsonSize(top.values) / Math.max(1, top.values.length) });
  }
  if (measured.length === 0) return { blocks: [], syncs: 1 };
  const { data, report } = await readBlocks(context, measured, { ...options, numberFormats: false });
  const blocks = measured.map(({ block }, i): SourceBlock => ({
    sheet: block.sheet,
    tableName: null,
    values: data[i].values,
    firstRow: block.rowIndex + 1,
    firstColumn: block.columnIndex,
  }));
  return { blocks, syncs: 1 + report.syncs };
}

/** Columns up to the header's last non-blank cell. */
function headerWidth(header: readonly unknown[]): number {
  let width = header.length;
  while (width > 0 && (header[width - 1] === "" || header[width - 1] === null || header[width - 1] === undefined)) width--;
  return width;
}
