/**
 * PO.OTD and PO.OTIF: whole columns in, one rate out. Each row becomes a register line that the engine
 * evaluates (src/followup/evaluateLine.ts) and places in the period's population (src/kpi/population.ts);
 * the rate and "no data" come from src/kpi. Bad cells follow the engine's rule for unreadable values: the
 * line is left out as unknown rather than failing the whole rate, so a header row or one #N/A in a whole
 * column does not hide the KPI. Rows that are blank in every column are skipped. The tolerances left out
 * and the rest of the rules are the workbook's settings in force (engine.ts).
 */
import { message } from "./language";
import type { Known, PoLine, Serial } from "../src/model";
import { MAX_SERIAL } from "../src/dates/serial";
import { evaluateLine } from "../src/followup/evaluateLine";
import { periodOutcome } from "../src/kpi/population";
import { addOutcome, newPerformanceTally } from "../src/kpi/performance";
import { otdOf, otifOf } from "../src/kpi/otd";
import type { Settings } from "../src/settings/settings";
import { currentCalendar, currentSettings } from "./engine";
import { blankLine } from "../src/register/blankLine";
import {
  invalid,
  isBlank,
  known,
  notAvailable,
  readDate,
  readQty,
  scalarOf,
  shapeOf,
  todaySerial,
  type Cell,
  type Matrix,
  type Read,
} from "./cells";

export interface PerformanceColumns {
  committed: Matrix;
  received: Matrix;
  orderedQty?: Matrix;
  receivedQty?: Matrix;
}

export interface PerformanceOptions {
  lateTolerance?: unknown;
  qtyTolerance?: unknown;
  asOf?: unknown;
  from?: unknown;
  to?: unknown;
}

/** The value of a scalar argument, or throws its error (a scalar custom function reports errors by throwing). */
function valueOf<T>(reading: Read<T>): T | null {
  if (!reading.ok) throw reading.error;
  return reading.value;
}

function settingsOf(options: PerformanceOptions): Settings {
  const lateTolerance = valueOf(readQty(scalarOf(options.lateTolerance), "lateTolerance"));
  const qtyTolerance = valueOf(readQty(scalarOf(options.qtyTolerance), "qtyTolerance"));
  if (qtyTolerance !== null && qtyTolerance >= 1) throw invalid(message("err_qtyTolerance", { value: qtyTolerance }));
  // Left out, a tolerance is the workbook's own (Settings), as on the KPI sheet.
  const workbook = currentSettings();
  if (lateTolerance === null && qtyTolerance === null) return workbook;
  return {
    ...workbook,
    lateTolerance: lateTolerance ?? workbook.lateTolerance,
    qtyTolerance: qtyTolerance ?? workbook.qtyTolerance,
  };
}

/** Checks that every given column has the committed column's size. */
function checkSizes(columns: PerformanceColumns): { rows: number; columns: number } {
  const shape = shapeOf(columns.committed);
  for (const [name, range] of Object.entries(columns)) {
    const other = shapeOf(range as Matrix | undefined);
    if (other.rows !== shape.rows || other.columns !== shape.columns) {
      throw invalid(
        message("err_sizeMismatch", {
          name,
          rows: other.rows,
          columns: other.columns,
          committedRows: shape.rows,
          committedColumns: shape.columns,
        }),
      );
    }
  }
  return shape;
}

const cellAt = (range: Matrix | undefined, r: number, c: number): Cell => (range ? range[r][c] : null);

/**
 * The register line of one row. OTD looks at dates only: a row with a receipt date counts as delivered
 * (ordered 1, received 1), one without as still open. OTIF reads the quantities.
 */
function lineOfRow(columns: PerformanceColumns, r: number, c: number, withQuantities: boolean): PoLine | null {
  const committedCell = cellAt(columns.committed, r, c);
  const receivedCell = cellAt(columns.received, r, c);
  const orderedCell = cellAt(columns.orderedQty, r, c);
  const receivedQtyCell = cellAt(columns.receivedQty, r, c);
  if (isBlank(committedCell) && isBlank(receivedCell) && isBlank(orderedCell) && isBlank(receivedQtyCell)) return null;
  const receivedDate: Known<Serial> = known(readDate(receivedCell, "received"));
  return blankLine({
    committedDate: known(readDate(committedCell, "committed")),
    receivedDate,
    orderedQty: withQuantities ? known(readQty(orderedCell, "orderedQty")) : 1,
    receivedQty: withQuantities ? known(readQty(receivedQtyCell, "receivedQty")) : receivedDate === null ? 0 : 1,
  });
}

export function performanceRate(kind: "otd" | "otif", columns: PerformanceColumns, options: PerformanceOptions): number {
  const settings = settingsOf(options);
  const asOf = valueOf(readDate(scalarOf(options.asOf), "asOf")) ?? todaySerial();
  const period = {
    start: valueOf(readDate(scalarOf(options.from), "from")) ?? 1,
    end: valueOf(readDate(scalarOf(options.to), "to")) ?? MAX_SERIAL,
  };
  if (period.start > period.end) throw invalid(message("err_fromAfterTo"));
  const shape = checkSizes(columns);
  const tally = newPerformanceTally();
  const ctx = { settings, calendar: currentCalendar(), asOf };
  for (let r = 0; r < shape.rows; r++) {
    for (let c = 0; c < shape.columns; c++) {
      const line = lineOfRow(columns, r, c, kind === "otif");
      if (line) addOutcome(tally, periodOutcome(evaluateLine(line, ctx), period, asOf, settings));
    }
  }
  const rate = kind === "otd" ? otdOf(tally) : otifOf(tally);
  if (rate.kind === "noData") throw notAvailable(message("err_noData"));
  return rate.value;
}
