/**
 * Writing parts of a sheet layout (src/report/layout) into an exceljs sheet: plain blocks, Excel
 * tables and the data bars / traffic lights of the conditional formats, as renderReport.ts writes
 * the report sheet's (renderReport.ts) and the KPI sheet's ageing and scorecard blocks (renderKpiSheet.ts).
 */
import type { Worksheet } from "exceljs";
import { cellA1, rectA1, type Block, type ConditionalPlan, type TablePlan } from "../report/layout";
import { argb, fileValue, setCell, setFormat, uniqueHeaders } from "./sheetFormat";
import type { DeferredRows } from "./tableRows";

export function writeBlock(sheet: Worksheet, block: Block): void {
  block.values.forEach((row, r) => {
    const sheetRow = sheet.getRow(block.row + r + 1);
    row.forEach((input, c) => setCell(sheetRow.getCell(block.col + c + 1), input, block.formats[r][c]));
  });
}

/** Where a large table's rows go instead of exceljs (tableRows.ts): tables of more data rows than `above`. */
export interface TableDeferral {
  above: number;
  into: DeferredRows[];
}

/**
 * An Excel table: exceljs writes its header and rows; the number formats follow, cell by cell. With
 * `defer`, a table of many rows gets only its first data row from exceljs: the rest are deferred
 * (the surgical writer splices them in and extends the table's ref).
 */
export function writeTable(sheet: Worksheet, plan: TablePlan, block: Block, defer?: TableDeferral): void {
  const [header, ...all] = block.values;
  const rows = defer && all.length > defer.above ? all.slice(0, 1) : all;
  if (defer && rows.length < all.length)
    defer.into.push({
      table: plan.name,
      firstRow: block.row + 2 + rows.length,
      firstColumn: block.col + 1,
      values: block.values.slice(1 + rows.length),
      formats: block.formats.slice(1 + rows.length),
    });
  sheet.addTable({
    name: plan.name,
    displayName: plan.name,
    ref: cellA1(plan),
    headerRow: true,
    style: { theme: plan.style as never, showRowStripes: true },
    columns: uniqueHeaders(header.map((h) => String(fileValue(h) ?? ""))).map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => row.map(fileValue)),
  } as never);
  for (let r = 1; r <= rows.length; r++) {
    const sheetRow = sheet.getRow(block.row + r + 1);
    const formats = block.formats[r];
    for (let c = 0; c < formats.length; c++) setFormat(sheetRow.getCell(block.col + c + 1), formats[c]);
  }
}

/** Data bars between fixed bounds; traffic lights whose thresholds come from the hint (as the add-in's). */
export function addConditionalFormat(sheet: Worksheet, cf: ConditionalPlan): void {
  const ref = rectA1(cf.rect);
  const hint = cf.hint;
  if (hint.kind === "dataBar") {
    sheet.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "dataBar",
          priority: 1,
          cfvo: [
            { type: "num", value: hint.min },
            { type: "num", value: hint.max },
          ],
          color: { argb: argb("#5B9BD5") },
        } as never,
      ],
    });
    return;
  }
  // Icons go red → amber → green as values grow; reversed when lower is better.
  const [middle, top] = hint.lowerIsBetter ? [hint.good, hint.warning] : [hint.warning, hint.good];
  sheet.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "iconSet",
        priority: 1,
        iconSet: "3TrafficLights1",
        reverse: hint.lowerIsBetter,
        cfvo: [
          { type: "percent", value: 0 },
          { type: "num", value: middle },
          { type: "num", value: top },
        ],
      } as never,
    ],
  });
}
