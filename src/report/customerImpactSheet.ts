import type { Lang } from "../i18n/i18n";
import { translator } from "../i18n/i18n";
import { impactCatalog } from "../i18n/catalogs/impact";
import type { SalesOrderImpact } from "../impact/customerImpact";
import type { Prediction } from "../predict/predictArrival";
import type { CellValue, Column } from "./model";
import { customerImpactRows } from "./customerImpactRows";

/** The Customer impact sheet or file, as data: what the buyer sends to sales. */
export interface CustomerImpactTable {
  /** The sheet's name in the buyer's language (≤ 31 characters, no character Excel refuses). */
  sheetName: string;
  title: string;
  note: string;
  columns: Column[];
  rows: CellValue[][];
  /** Shown instead of rows when no open line feeds a sales order. */
  emptyText: string;
}

/**
 * Per sales order (at-risk first, then least margin: the pipeline's customer impact), one row per
 * purchase line behind it: when it is expected (P50, else its due date), its late case (P90, when
 * predicted) and the margin left in working days before the order's latest arrival. Every sales
 * order is listed, not only those at risk: sales asks "is mine in time?" as often as "which are late?".
 */
export function customerImpactTable(
  impact: readonly SalesOrderImpact[],
  /** A line's predicted arrival (WorkbookModel.predictions' get, or the task pane's predictionOf). */
  predictionOf: (lineKey: string) => Prediction | undefined,
  lang: Lang,
): CustomerImpactTable {
  const it = translator(impactCatalog, lang);
  const { columns, rows } = customerImpactRows(impact, lang, { predictionOf });
  return {
    sheetName: it("sheetName"),
    title: it("sheetTitle"),
    note: it("sheetNote"),
    columns,
    rows,
    emptyText: it("sheetEmpty"),
  };
}
