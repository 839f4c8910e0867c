/**
 * The KPI sheet's ageing and supplier scorecard blocks (pure): where they go (KPI_CELLS.ageing P1,
 * KPI_CELLS.scorecard P11), laid out as the report sheet lays out the same sections
 * (layoutTableSection: heading, styled table or its "nothing to show" line, data bars and traffic
 * lights), and whether a run may write them.
 *
 * The KPI sheet keeps what a manager typed on it. A block is written only when every cell it needs
 * is empty or already ours: inside the table of the same name on this sheet (the last run's block),
 * or our heading / "nothing to show" sentence / note (in any language) at the heading cell or under it.
 * Otherwise the block is left as it is (decision "occupied"). A table of that name on another sheet
 * means the name is taken in the workbook: the block is not written ("nameTaken"). Either way, when
 * the heading cell is free, a note there says why the block below is missing or out of date.
 */
import type { DateSystem } from "../../register/cells";
import { LANGS, type Lang } from "../../i18n/i18n";
import { KPI_AGEING_TABLE, KPI_CELLS, KPI_SCORECARD_TABLE, type KpiSheetModel } from "../kpiSheet";
import { KPI_HEADLINE_ROWS } from "./kpiLayout";
import { reportLabels, reportText, type ReportKey } from "../labels";
import { cellA1, insideRect, parseCell } from "./address";
import { sheetPrefix } from "../../register/describeIssue";
import { layoutTableSection, REPORT_COLUMNS } from "./reportLayout";
import type { Block, Cell0, ConditionalPlan, Rect0, StylePlan, TablePlan } from "./types";

export interface KpiSideBlockPlan {
  tableName: string;
  /** The KPI sheet's name (a cell in the way is named with it). */
  sheet: string;
  /** The block's heading, in the sheet's language (for the note when it cannot be written). */
  title: string;
  lang: Lang;
  /** Every cell the block writes lies in here: its heading row to its last row, its table's columns. */
  area: Rect0;
  heading: Cell0;
  blocks: Block[];
  /** The table (none when the section is empty: its sentence is a line under the heading). */
  tables: TablePlan[];
  styles: StylePlan[];
  conditionalFormats: ConditionalPlan[];
  /** Widths in points of the block's columns, as the report sets them. */
  columnWidths: { col: number; points: number }[];
}

/** Our texts that may stand at a block's heading cell and under it, by table name (every language). */
const OWN_TEXT_KEYS: Record<string, readonly ReportKey[]> = {
  [KPI_AGEING_TABLE]: ["ageingTitle", "ageingEmpty"],
  [KPI_SCORECARD_TABLE]: ["scorecardTitle", "scorecardEmpty"],
};
const NOTE_KEYS = ["kpiBlockBlocked", "kpiBlockNameTaken"] as const;

/** Our "not updated" / "not written" notes in every language, their placeholders matching any title, cell or table name. */
const OWN_NOTES: readonly RegExp[] = LANGS.flatMap((lang) =>
  NOTE_KEYS.map((key) => {
    const pattern = reportText(lang)(key)
      .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
      .replace("{title}", ".+")
      .replace("{cell}", "(?:.+!)?[A-Z]{1,3}[0-9]+") // "KPI!P12"; before the sheet was named, "P12"
      .replace("{table}", "\\S+");
    return new RegExp(`^${pattern}$`, "i");
  }),
);

export function kpiSidePlan(model: KpiSheetModel, dateSystem: DateSystem): KpiSideBlockPlan[] {
  const labels = reportLabels(model.lang);
  return (model.blocks ?? []).map((block) => {
    const heading = parseCell(block.heading);
    // Laid out from column A, then moved right: the report's table layout as it is.
    const laid = layoutTableSection(block.section, labels, { dateSystem, statusLine: "", row: heading.row, tableName: block.tableName });
    const shift = <T extends Cell0>(x: T): T => ({ ...x, col: x.col + heading.col });
    const blocks = laid.blocks.map(shift);
    const cols = Math.max(...blocks.map((b) => b.values[0].length));
    const rows = Math.max(...blocks.map((b) => b.row + b.values.length)) - heading.row;
    return {
      tableName: block.tableName,
      sheet: model.sheetName,
      title: block.section.title,
      lang: model.lang,
      area: { row: heading.row, col: heading.col, rows, cols },
      heading,
      blocks,
      tables: laid.tables.map(shift),
      styles: laid.styles.map(shift),
      conditionalFormats: laid.conditionalFormats.map((cf) => ({ ...cf, rect: shift(cf.rect) })),
      columnWidths: laid.columnWidths.slice(0, Math.min(cols, REPORT_COLUMNS)).map((points, c) => ({ col: heading.col + c, points })),
    };
  });
}

/** Widths of the columns the written blocks share, each the widest either needs (the blocks sit one above the other). */
export function sideColumnWidths(plans: readonly KpiSideBlockPlan[]): { col: number; points: number }[] {
  const widest = new Map<number, number>();
  for (const { col, points } of plans.flatMap((p) => p.columnWidths)) widest.set(col, Math.max(points, widest.get(col) ?? 0));
  return [...widest].sort((a, b) => a[0] - b[0]).map(([col, points]) => ({ col, points }));
}

/**
 * The KPI sheet's print area: A1 to column N (the trend chart's right edge) down to the last
 * KpiHistory row (1-based; null when the table is not on this sheet), at least row 27. The ageing
 * and scorecard blocks right of it are not printed here: with them the page, one page wide, would
 * shrink to about a third; they print with the report sheet, which holds the same tables.
 */
export function kpiPrintArea(historyLastRow: number | null): string {
  const right = parseCell(KPI_CELLS.trendChart.to);
  const bottom = Math.max(KPI_HEADLINE_ROWS, right.row + 1, historyLastRow ?? 0);
  return `A1:${cellA1({ row: bottom - 1, col: right.col })}`;
}

/** What a writer found for a block: the table of its name, and the KPI sheet's cells. */
export interface KpiSideFound {
  /** The table of the block's name: its rectangle when it is on the KPI sheet, "elsewhere", or null (none). */
  table: Rect0 | "elsewhere" | null;
  /** A cell of the KPI sheet, as read (null, undefined and "" are empty). */
  value(row: number, col: number): unknown;
}

/** A line of text the writers put in one cell (note style). */
export interface KpiSideNote {
  cell: Cell0;
  text: string;
}

export type KpiSideDecision =
  | {
      write: true;
      /** The last run's table to delete first (null: none). */
      oldTable: Rect0 | null;
      /** Cells to clear before writing: the old table's and our heading and the line under it. */
      clear: Rect0[];
    }
  | { write: false; reason: "occupied"; cell: Cell0; message: string; note: KpiSideNote | null }
  | { write: false; reason: "nameTaken"; message: string; note: KpiSideNote | null };

/** A block a writer left alone, as both writers report it (the ribbon's message, the runner's stderr and --json). */
export interface KpiSideSkipped {
  table: string;
  reason: "occupied" | "nameTaken";
  /** The cell in the way (occupied), in A1 form. */
  cell?: string;
  message: string;
}

/** The side blocks one writer wrote (table names) and left alone. */
export interface KpiSideResult {
  written: string[];
  skipped: KpiSideSkipped[];
}

/** The report of a block left alone, from the decision not to write it. */
export function skippedBlock(plan: KpiSideBlockPlan, decision: Extract<KpiSideDecision, { write: false }>): KpiSideSkipped {
  return {
    table: plan.tableName,
    reason: decision.reason,
    ...(decision.reason === "occupied" ? { cell: cellA1(decision.cell) } : {}),
    message: decision.message,
  };
}

export function decideSideBlock(plan: KpiSideBlockPlan, found: KpiSideFound): KpiSideDecision {
  const t = reportText(plan.lang);
  const old = found.table === "elsewhere" ? null : found.table;
  const ownTexts = new Set(
    LANGS.flatMap((lang) => (OWN_TEXT_KEYS[plan.tableName] ?? []).map((key) => reportText(lang)(key).trim().toLowerCase())),
  );
  const fixed = (row: number, col: number) => col === plan.heading.col && (row === plan.heading.row || row === plan.heading.row + 1);
  const isOurs = (row: number, col: number, value: unknown): boolean =>
    isEmpty(value) || (old !== null && insideRect(old, row, col)) || (fixed(row, col) && typeof value === "string" && isOwnText(value));
  const isOwnText = (text: string) => ownTexts.has(text.trim().toLowerCase()) || OWN_NOTES.some((re) => re.test(text.trim()));
  // The note goes in the heading cell only when that cell is free or ours.
  const { heading } = plan;
  const note = (text: string): KpiSideNote | null =>
    isOurs(heading.row, heading.col, found.value(heading.row, heading.col)) ? { cell: heading, text } : null;
  // `message`: what the ribbon command and the runner say; `note`: the same in the heading cell, where it is free.
  if (found.table === "elsewhere") {
    const message = t("kpiBlockNameTaken", { title: plan.title, table: plan.tableName });
    return { write: false, reason: "nameTaken", message, note: note(message) };
  }
  const { area } = plan;
  for (let r = area.row; r < area.row + area.rows; r++)
    for (let c = area.col; c < area.col + area.cols; c++)
      if (!isOurs(r, c, found.value(r, c))) {
        const cell = { row: r, col: c };
        const message = t("kpiBlockBlocked", { title: plan.title, cell: `${sheetPrefix(plan.sheet)}${cellA1(cell)}` });
        return { write: false, reason: "occupied", cell, message, note: note(message) };
      }
  // The heading cell and the line under it are ours here (empty or our text): cleared with the old table.
  const lines: Rect0[] = [0, 1].map((dr) => ({ row: plan.heading.row + dr, col: plan.heading.col, rows: 1, cols: 1 }));
  return { write: true, oldTable: old, clear: [...(old ? [old] : []), ...lines] };
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}
