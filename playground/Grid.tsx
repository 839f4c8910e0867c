/**
 * A plain grid view of the in-memory workbook: sheet tabs and cells, only the visible rows rendered
 * (20,000-line registers scroll smoothly). Cells the add-in wrote are highlighted; clicking a cell
 * selects it, as in Excel, and the task pane follows. Values read as Excel shows them under their
 * number format (numberFormat.ts), and the sheet's charts are drawn over the cells (ChartOverlay).
 */
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { InMemoryWorkbook, SheetData, Cell } from "../in-memory-excel/store";
import { columnLetters } from "../in-memory-excel/address";
import { formatCellValue } from "./numberFormat";
import { ChartOverlay } from "./ChartOverlay";

const ROW_HEIGHT = 22;
const COL_WIDTH = 112;
const HEADER_WIDTH = 48;
const OVERSCAN = 10;

export interface GridProps {
  workbook: InMemoryWorkbook;
  /** Bumped on every write or selection so the grid re-reads the workbook. */
  version: number;
  /** "Sheet!A1" of every cell the add-in has written. */
  written: ReadonlySet<string>;
  /** Accessible names, in the display language. */
  labels: { workbook: string; sheets: string };
}

function extent(sheet: SheetData): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const [r, cells] of sheet.rows) {
    if (cells.length === 0) continue;
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, cells.length);
  }
  return { rows: rows + 5, cols: Math.max(cols, 8) };
}

function display(cell: Cell | undefined): string {
  if (!cell || cell.value === "") return "";
  return formatCellValue(cell.value, cell.numberFormat);
}

/** Excel's default alignment: numbers (and dates) right, booleans centred, text left. */
function alignment(cell: Cell | undefined): string {
  if (typeof cell?.value === "number") return " num";
  return typeof cell?.value === "boolean" ? " bool" : "";
}

export function Grid({ workbook, version, written, labels }: GridProps) {
  const [sheetId, setSheetId] = useState<string>(() => workbook.activeSheetId ?? workbook.sheets[0]?.id ?? "");
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = workbook.sheetById(sheetId) ?? workbook.sheets[0];
  const selection = workbook.selection;

  // The add-in activated another sheet or selected a cell: show it.
  useEffect(() => {
    if (workbook.activeSheetId && workbook.activeSheetId !== sheetId) setSheetId(workbook.activeSheetId);
    const sel = workbook.selection;
    const el = scroller.current;
    if (sel && el && sel.sheetId === workbook.activeSheetId) {
      const top = sel.rect.row * ROW_HEIGHT;
      if (top < el.scrollTop || top > el.scrollTop + el.clientHeight - 2 * ROW_HEIGHT) el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    }
    // Re-run on each workbook change (version) only: the selection and the element are read when it runs.
  }, [version]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight);
    measure();
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  if (!sheet) return null;
  const { rows, cols } = extent(sheet);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const select = (row: number, col: number) => {
    workbook.activeSheetId = sheet.id;
    workbook.selection = { sheetId: sheet.id, rect: { row, col, rows: 1, cols: 1 } };
    workbook.fireSelectionChanged();
  };
  const selected = (r: number, c: number) => selection?.sheetId === sheet.id && selection.rect.row === r && selection.rect.col === c;

  return (
    <section className="grid" aria-label={labels.workbook}>
      <div role="tablist" aria-label={labels.sheets} className="tabs">
        {workbook.sheets.map((s) => (
          <button key={s.id} role="tab" aria-selected={s.id === sheet.id} onClick={() => setSheetId(s.id)} data-sheet={s.name}>
            {s.name}
          </button>
        ))}
      </div>
      <div className="scroller" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="grid">
        <div style={{ height: (rows + 1) * ROW_HEIGHT, width: HEADER_WIDTH + cols * COL_WIDTH, position: "relative" }}>
          <div className="colheads" style={{ height: ROW_HEIGHT }}>
            <span className="rowhead" style={{ width: HEADER_WIDTH }} />
            {Array.from({ length: cols }, (_, c) => (
              <span key={c} className="colhead" style={{ width: COL_WIDTH }}>
                {columnLetters(c)}
              </span>
            ))}
          </div>
          {Array.from({ length: last - first }, (_, i) => {
            const r = first + i;
            const cells = sheet.rows.get(r);
            return (
              <div key={r} className="gridrow" style={{ top: (r + 1) * ROW_HEIGHT, height: ROW_HEIGHT }}>
                <span className="rowhead" style={{ width: HEADER_WIDTH }}>
                  {r + 1}
                </span>
                {Array.from({ length: cols }, (_, c) => {
                  const address = `${sheet.name}!${columnLetters(c)}${r + 1}`;
                  const isWritten = written.has(address);
                  const cell = cells?.[c];
                  return (
                    <span
                      key={c}
                      className={`cell${alignment(cell)}${isWritten ? " written" : ""}${selected(r, c) ? " selected" : ""}`}
                      style={{ width: COL_WIDTH }}
                      data-address={address}
                      data-written={isWritten ? "true" : undefined}
                      onMouseDown={() => select(r, c)}
                    >
                      {display(cell)}
                    </span>
                  );
                })}
              </div>
            );
          })}
          <ChartOverlay workbook={workbook} sheet={sheet} grid={{ rowHeight: ROW_HEIGHT, colWidth: COL_WIDTH, headerWidth: HEADER_WIDTH }} />
        </div>
      </div>
    </section>
  );
}
