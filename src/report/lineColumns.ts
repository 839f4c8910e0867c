/**
 * The columns that say which order line a row is about, first in the line tables (to chase now,
 * coming due): supplier, PO, line, item, buyer, due date.
 */
import type { Lang } from "../i18n/i18n";
import type { LineStatus } from "../followup/types";
import { fieldLabel } from "../register/fields";
import type { CellValue, Column } from "./model";
import { numberCell, textCell } from "./cells";
import type { ReportText } from "./labels";

export function lineColumns(t: ReportText, lang: Lang): Column[] {
  return [
    { key: "supplier", header: fieldLabel("supplier", lang), type: "text" },
    { key: "poNumber", header: fieldLabel("poNumber", lang), type: "text" },
    { key: "line", header: fieldLabel("line", lang), type: "text" },
    { key: "item", header: fieldLabel("item", lang), type: "text" },
    { key: "buyer", header: fieldLabel("buyer", lang), type: "text" },
    { key: "due", header: t("colDue"), type: "date" },
  ];
}

/** The cells of lineColumns; `supplier` as the table shows it (a blank one already named). The item falls back to the description. */
export function lineCells(status: LineStatus, supplier: string): CellValue[] {
  const { line } = status;
  return [
    supplier,
    textCell(line.poNumber),
    textCell(line.line),
    textCell(line.item) ?? textCell(line.description),
    textCell(line.buyer),
    numberCell(status.due),
  ];
}
