import type { PoLine } from "../model";
import type { Lang } from "../i18n/i18n";
import type { PromiseSlips } from "../kpi/promiseSlips";
import { fieldLabel } from "../register/fields";
import type { CellValue, TableSection } from "./model";
import { textCell } from "./cells";
import type { ReportText } from "./labels";

/**
 * 5. Promise changes this period: every chase-log entry dated in the period that moved a promised
 * date (src/kpi promiseSlips: a first confirmation is not a change), in the order they were logged.
 * Days moved = new − old in calendar days (positive = later).
 */
export function promiseChangesSection(slips: PromiseSlips, lines: readonly PoLine[], t: ReportText, lang: Lang): TableSection {
  const items = itemsOf(slips, lines);
  const rows = slips.moves.map((m): CellValue[] => [
    m.date,
    textCell(m.supplier) ?? t("noSupplier"),
    textCell(m.poNumber),
    textCell(m.line),
    items.get(m.lineKey) ?? null,
    m.from,
    m.to,
    m.days,
    textCell(m.delayReason),
  ]);
  return {
    id: "promiseChanges",
    kind: "table",
    title: t("promiseChangesTitle"),
    columns: [
      { key: "changedOn", header: t("colChangedOn"), type: "date" },
      { key: "supplier", header: fieldLabel("supplier", lang), type: "text" },
      { key: "poNumber", header: fieldLabel("poNumber", lang), type: "text" },
      { key: "line", header: fieldLabel("line", lang), type: "text" },
      { key: "item", header: fieldLabel("item", lang), type: "text" },
      { key: "oldDate", header: t("colOldDate"), type: "date" },
      { key: "newDate", header: t("colNewDate"), type: "date" },
      { key: "daysMoved", header: t("colDaysMoved"), type: "days", signed: true },
      { key: "delayReason", header: fieldLabel("delayReason", lang), type: "text" },
    ],
    rows,
    emptyText: t("promiseChangesEmpty"),
  };
}

/** Item (or description) of the lines that moved, found in one walk over the register. */
function itemsOf(slips: PromiseSlips, lines: readonly PoLine[]): Map<string, string> {
  const wanted = new Set(slips.moves.map((m) => m.lineKey));
  const items = new Map<string, string>();
  if (wanted.size === 0) return items;
  for (const line of lines) {
    if (!wanted.has(line.key) || items.has(line.key)) continue;
    const item = textCell(line.item) ?? textCell(line.description);
    if (item !== null) items.set(line.key, item);
  }
  return items;
}
