import type { CellIssue, FieldKey, IssueCode, Known, PoLine } from "../model";
import type { DateOrder } from "../settings/settings";
import { FIELDS, type FieldKind, type FieldSpec } from "./fields";
import { columnLetter } from "./columnLetter";
import { LineIdentities } from "./lineIdentity";
import { KeyRows } from "./keyRows";
import { totalsAndFooters } from "./totalsRows";
import { decimalMarkOf, type DecimalConvention } from "./numberText";
import { detectColumns, type ColumnOverride, type Detection } from "./detectColumns";
import {
  columnDateOrderOf,
  isBlankCell,
  readDate,
  readInspection,
  readLifecycle,
  readNonNegativeNumber,
  readNumberBeforeUnit,
  readText,
  refusal,
  type DateSystem,
  type Reading,
} from "./cells";

/** One sheet of cells holding (part of) the register. */
export interface RegisterPart {
  sheet: string;
  /** The register's values exactly as Excel returns them, header row first. */
  values: readonly (readonly unknown[])[];
  /** 1-based sheet row of the header. */
  firstRow: number;
  /** 0-based sheet column of values[r][0]. */
  firstColumn: number;
  /**
   * Called with each data row's index once it is read (into its line, or passed over as blank or a
   * total), for a caller that hands its grid over and lets each row go at once (the headless runner at
   * a million lines: the grid and the lines are not both held whole). Nothing here reads a row twice.
   */
  release?: (index: number) => void;
}

export interface RegisterSource extends RegisterPart {
  dateSystem: DateSystem;
  dateOrder: DateOrder;
  /**
   * Further sheets of the same register (monthly tabs, src/workbook/registerContinuations.ts), each with
   * the same header row first: read with the same columns, their lines after this sheet's, duplicates
   * found across all of them.
   */
  more?: readonly RegisterPart[];
}

export interface ParsedRegister {
  detection: Detection;
  lines: PoLine[];
  issues: CellIssue[];
  /** Informational, nothing lost: one "unitDropped" note per column whose numbers carried a unit ("1200 pcs"). */
  notes: CellIssue[];
  /** With `settledLater`: what is read at once (`lines`, `issues` and `notes` read the rest when first read). */
  unsettled?: UnsettledFirst;
}

/** A register read with settledLater, before its settled rows are read whole. */
export interface UnsettledFirst {
  /** The lines settledLater did not call settled, in line order (the same objects ParsedRegister.lines then holds). */
  lines: PoLine[];
  /** The settled rows' supplier and last-chase date, wherever a last-chase date is set (a supplier's gap counts them). */
  settledLastChases: SettledLastChase[];
}

/** What a settled row says about its supplier's last chase, before its line is read. */
export type SettledLastChase = Pick<PoLine, "supplier" | "lastChaseDate">;

/** The fields that tell whether a line is settled (received in full, cancelled, closed, on hold): lifecycle() reads these. */
const SETTLING_FIELDS = [
  "supplier",
  "lifecycle",
  "orderedQty",
  "receivedQty",
  "acceptedQty",
  "rejectedQty",
  "returnedQty",
  "inspection",
] as const satisfies readonly FieldKey[];

export type SettlingFields = Pick<PoLine, (typeof SETTLING_FIELDS)[number]>;

export interface ParseRegisterOptions {
  /**
   * Whether a row's line is settled, from its settling cells (one object, reused for every row: not to be kept).
   * The settled rows' other cells are read when `lines`, `issues` or `notes` is first read; the others' lines
   * come at once in `unsettled`. For a pane that shows the lines still followed up first (the pipeline's
   * `settledLater`): at 20,000 lines, ~28 ms of its first load. Ignored for a register without a line-number
   * column (a line's identity there compares every cell of its row) and for parts that release their rows.
   */
  settledLater?: (fields: SettlingFields) => boolean;
}

type CellValue = string | number;

/** A mapped column and how to read it. */
interface ColumnPlan {
  field: FieldKey;
  /** Position in the per-row scratch array. */
  slot: number;
  kind: FieldKind;
  column: number;
  letter: string;
  header: string;
  required: boolean;
  /** Number columns: how this column reads "1.200" (numberText.ts decimalMarkOf). */
  decimal: DecimalConvention;
  /** Date columns of a workbook whose date order is unknown: the order the column's own dates prove (cells.ts columnDateOrderOf). */
  dateOrder: DateOrder;
}

/** Where issues go, and what they need to name the cell. */
interface ReadContext {
  sheet: string;
  firstRow: number;
  issues: CellIssue[];
  /** The unitDropped note of each column that has one (its first cell; detail.count grows). */
  unitNotes: Map<ColumnPlan, CellIssue>;
}

const NOT_A_NUMBER = refusal("notANumber");

/**
 * Slot of each field in the per-row scratch array. A literal (not built in a loop) so that V8
 * keeps it a fast object and the slot reads below cost nothing.
 */
const SLOT = {
  poNumber: 0,
  line: 1,
  supplier: 2,
  item: 3,
  description: 4,
  buyer: 5,
  supplierEmail: 6,
  orderDate: 7,
  requestedDate: 8,
  promisedDate: 9,
  committedDate: 10,
  orderedQty: 11,
  receivedQty: 12,
  receivedDate: 13,
  unitPrice: 14,
  currency: 15,
  lifecycle: 16,
  stage: 17,
  tracking: 18,
  delayReason: 19,
  lastChaseDate: 20,
  nextChaseDate: 21,
  inspection: 22,
  salesOrder: 23,
  customer: 24,
  notes: 25,
  shipDate: 26,
  eta: 27,
  portArrivalDate: 28,
  carrier: 29,
  acceptedQty: 30,
  rejectedQty: 31,
  returnedQty: 32,
  soNeedDate: 33,
} as const satisfies Record<FieldKey, number>;
const SLOT_COUNT = 34;

/**
 * Reads a register into typed lines and per-cell issues. Never throws and never drops a line
 * because of a bad cell: the cell's field becomes undefined (unknown) and one issue names it.
 * Entirely blank rows are skipped without an issue.
 */
export function parseRegister(source: RegisterSource, override?: ColumnOverride, options: ParseRegisterOptions = {}): ParsedRegister {
  const detection = detectColumns(source.values[0] ?? [], override);
  const headerProblems: CellIssue[] = [];
  headerIssues(detection, source.sheet, source.firstRow, columnLetter(source.firstColumn), headerProblems);
  const parts = [source, ...(source.more ?? [])];
  const deferring = options.settledLater !== undefined && detection.columns.line !== undefined && parts.every((p) => !p.release);
  const shared: SharedState = {
    parts,
    firstRowOfKey: new KeyRows(),
    identities: new LineIdentities(),
    lines: [], // pushed, not preallocated: a packed array is faster for every later loop
    settledLater: deferring ? options.settledLater : undefined,
    settledLastChases: [],
  };
  const reads: PartRead[] = [];
  let index = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    reads.push(readPart({ ...part, dateSystem: source.dateSystem, dateOrder: source.dateOrder }, p, index, detection, shared));
    index += Math.max(0, part.values.length - 1);
  }
  const finish = (lines: PoLine[]): ParsedRegister => {
    const issues = [...headerProblems];
    const notes: CellIssue[] = [];
    for (const read of reads) {
      const done = finishPart(read);
      issues.push(...done.issues);
      notes.push(...done.notes);
    }
    return { detection, lines, issues, notes };
  };
  if (!deferring) return finish(shared.lines);

  let complete: ParsedRegister | null = null;
  const completed = (): ParsedRegister => (complete ??= finish(readSettled(reads, shared.lines)));
  return {
    detection,
    unsettled: { lines: shared.lines, settledLastChases: shared.settledLastChases },
    get lines() {
      return completed().lines;
    },
    get issues() {
      return completed().issues;
    },
    get notes() {
      return completed().notes;
    },
  };
}

/** What the parts of one register share: duplicates and line identities are found across its sheets. */
interface SharedState {
  parts: readonly RegisterPart[];
  firstRowOfKey: KeyRows;
  identities: LineIdentities;
  /** Every line, or with settledLater the unsettled ones. */
  lines: PoLine[];
  settledLater: ParseRegisterOptions["settledLater"];
  settledLastChases: SettledLastChase[];
}

/**
 * Rows of different sheets are told apart in KeyRows by the sheet's place among the parts: one
 * number per (part, row), above any sheet row (Excel has 1,048,576).
 */
const ROWS_PER_PART = 2 ** 21;

/** One sheet read (its settled rows still to read, with settledLater): what finishing it needs. */
interface PartRead {
  part: RegisterPart & Pick<RegisterSource, "dateSystem" | "dateOrder">;
  ctx: ReadContext;
  plans: ColumnPlan[];
  totals: number[];
  /** Index of the part's first line among all lines (its rows' place, blank rows counted). */
  firstIndex: number;
  lineSheet: string | undefined;
  /** The cells read at once (with settledLater: the settling and key cells), and the others. */
  firstPlans: ColumnPlan[];
  otherPlans: ColumnPlan[];
  openQty: ColumnPlan | undefined;
  dueDatePlan: ColumnPlan | undefined;
  receivedDatePlan: ColumnPlan | undefined;
  /** With settledLater: the part's unsettled lines among shared.lines, [from, to). */
  unsettledFrom: number;
  unsettledTo: number;
  /** With settledLater: the settled rows (indexes into values). */
  settledRows: number[];
}

/** Read at once with settledLater: the cells lifecycle() reads, the line's key and its last chase. */
const FIRST_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([...SETTLING_FIELDS, "poNumber", "line", "lastChaseDate"]);

/** One sheet of the register: its rows read into lines (appended to shared.lines), or set aside when settled (settledLater). */
function readPart(
  part: RegisterPart & Pick<RegisterSource, "dateSystem" | "dateOrder">,
  partIndex: number,
  firstIndex: number,
  detection: Detection,
  shared: SharedState,
): PartRead {
  const { sheet, values, firstRow, firstColumn, dateSystem, dateOrder } = part;
  const ctx: ReadContext = { sheet, firstRow, issues: [], unitNotes: new Map() };
  const lineSheet = partIndex === 0 ? undefined : sheet;

  const plans = columnPlans(detection, firstColumn);
  // Each number column settles its own decimal mark from its own cells (one pass over its text cells).
  for (const p of plans) if (p.kind === "number") p.decimal = decimalMarkOf(values, p.column);
  // When the workbook does not say its date order, each date column settles 03/04/2026 from its own
  // cells: 25/11/2026 elsewhere in it means day first, 11/25/2026 month first, both means nothing.
  if (dateOrder === null) for (const p of plans) if (p.kind === "date") p.dateOrder = columnDateOrderOf(values, p.column);
  const planOf = (field: FieldKey) => plans.find((p) => p.field === field);
  const poPlan = planOf("poNumber");
  const hasLineColumn = planOf("line") !== undefined;
  // The open-quantity column (SAP, ERPNext) is not a received quantity: it is read after the row.
  const openQty = detection.receivedQtyFromOpenQty ? planOf("receivedQty") : undefined;
  const readPlans = plans.filter((p) => p !== openQty);
  const { settledLater } = shared;
  const read: PartRead = {
    part,
    ctx,
    plans,
    // Totals, subtotals and footers are no PO lines: skipped, and said once as a note (totalsRows.ts).
    totals: totalsAndFooters(values, detection.columns),
    firstIndex,
    lineSheet,
    firstPlans: settledLater ? readPlans.filter((p) => FIRST_FIELDS.has(p.field)) : readPlans,
    otherPlans: settledLater ? readPlans.filter((p) => !FIRST_FIELDS.has(p.field)) : [],
    openQty,
    dueDatePlan: planOf("requestedDate") ?? planOf("promisedDate"),
    receivedDatePlan: planOf("receivedDate"),
    unsettledFrom: shared.lines.length,
    unsettledTo: shared.lines.length,
    settledRows: [],
  };
  const { firstPlans, otherPlans } = read;
  const { firstRowOfKey, identities, lines } = shared;
  // The settling cells of the row, handed to settledLater (one object for every row).
  const settling = Object.fromEntries(SETTLING_FIELDS.map((field) => [field, null])) as SettlingFields;

  // One scratch array for all rows: mapped slots are overwritten by every row, the others stay null.
  const v: Known<CellValue>[] = new Array<Known<CellValue>>(SLOT_COUNT).fill(null);

  const skipped = new Set(read.totals);
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row) || isBlankRow(row) || skipped.has(r)) {
      part.release?.(r);
      continue;
    }
    const sheetRow = firstRow + r;
    readRow(row, sheetRow, firstPlans, v, dateSystem, dateOrder, ctx);
    if (openQty) v[SLOT.receivedQty] = receivedFromOpenQty(openQty, row[openQty.column], v[SLOT.orderedQty], sheetRow, ctx);
    const settled = settledLater !== undefined && settledLater(settlingOf(v, settling));
    if (!settled) {
      readRow(row, sheetRow, otherPlans, v, dateSystem, dateOrder, ctx);
      checkRow(read, row, sheetRow, v);
    }

    const po = v[SLOT.poNumber];
    let lineText: string | null = null;
    if (typeof po === "string") {
      // Without a line-number column the line is told apart by its item (lineIdentity.ts).
      if (!hasLineColumn) v[SLOT.line] = null; // the previous row's identity must not count in the comparison
      lineText = hasLineColumn
        ? typeof v[SLOT.line] === "string"
          ? (v[SLOT.line] as string)
          : null
        : identities.of(po, v, v[SLOT.item], v[SLOT.description]);
      if (!hasLineColumn) v[SLOT.line] = lineText;
      const here = partIndex * ROWS_PER_PART + sheetRow;
      const first = firstRowOfKey.remember(po, lineText ?? "", here);
      if (first !== here && poPlan) {
        pushIssue(
          ctx,
          "duplicateKey",
          sheetRow,
          poPlan,
          lineKey(po, lineText, sheetRow, lineSheet),
          firstPlace(first, partIndex, shared.parts),
        );
      }
    }

    if (settled) {
      // Its key is made with its line (readSettled): ~11,000 strings fewer kept through the first load at 20,000 lines.
      read.settledRows.push(r);
      if (typeof v[SLOT.lastChaseDate] === "number") {
        shared.settledLastChases.push({ supplier: v[SLOT.supplier] as Known<string>, lastChaseDate: v[SLOT.lastChaseDate] as number });
      }
      continue;
    }
    lines.push(toLine(firstIndex + r - 1, sheetRow, lineSheet, lineKey(po, lineText, sheetRow, lineSheet), v));
    part.release?.(r);
  }
  read.unsettledTo = lines.length;
  return read;
}

/** A line's key: PO/line (the PO alone without a line); without a readable PO, its row (and sheet), so that it stays unique. */
function lineKey(po: Known<CellValue>, lineText: string | null, sheetRow: number, sheet: string | undefined): string {
  if (typeof po === "string") return lineText === null ? po : `${po}/${lineText}`;
  return sheet === undefined ? `row:${sheetRow}` : `row:${sheetRow}@${sheet}`;
}

/** The checks across cells of a read row: at least one due date, not received before ordered. */
function checkRow(read: PartRead, row: readonly unknown[], sheetRow: number, v: readonly Known<CellValue>[]): void {
  const { dueDatePlan, receivedDatePlan, ctx } = read;
  // At least one due date per line; a date that could not be read already has its issue.
  if (dueDatePlan && v[SLOT.requestedDate] === null && v[SLOT.promisedDate] === null) {
    pushIssue(ctx, "missingValue", sheetRow, dueDatePlan, row[dueDatePlan.column] ?? "");
  }
  const ordered = v[SLOT.orderDate];
  const received = v[SLOT.receivedDate];
  if (receivedDatePlan && typeof ordered === "number" && typeof received === "number" && received < ordered) {
    const raw = row[receivedDatePlan.column];
    pushIssue(ctx, "receivedBeforeOrdered", sheetRow, receivedDatePlan, raw, { receivedDate: received, orderDate: ordered });
  }
}

/** SETTLING_FIELDS from the row's slots, written out: it runs for every row of the first load. */
function settlingOf(v: readonly Known<CellValue>[], into: SettlingFields): SettlingFields {
  into.supplier = v[SLOT.supplier] as Known<string>;
  into.lifecycle = v[SLOT.lifecycle] as PoLine["lifecycle"];
  into.orderedQty = v[SLOT.orderedQty] as Known<number>;
  into.receivedQty = v[SLOT.receivedQty] as Known<number>;
  into.acceptedQty = v[SLOT.acceptedQty] as Known<number>;
  into.rejectedQty = v[SLOT.rejectedQty] as Known<number>;
  into.returnedQty = v[SLOT.returnedQty] as Known<number>;
  into.inspection = v[SLOT.inspection] as PoLine["inspection"];
  return into;
}

/**
 * settledLater's second step: each settled row read whole into its line, merged with the unsettled lines
 * in line order. Its settling and key cells were read (and their problems said) at once: read again
 * into the line, their problems and notes are not said twice.
 */
function readSettled(reads: readonly PartRead[], unsettled: readonly PoLine[]): PoLine[] {
  const lines: PoLine[] = [];
  const v: Known<CellValue>[] = new Array<Known<CellValue>>(SLOT_COUNT).fill(null);
  for (const read of reads) {
    const { part, ctx, firstPlans, otherPlans, openQty, settledRows } = read;
    const { values, firstRow, dateSystem, dateOrder } = part;
    const again: ReadContext = { sheet: ctx.sheet, firstRow, issues: [], unitNotes: new Map() };
    let u = read.unsettledFrom;
    for (let s = 0; s < settledRows.length; s++) {
      const r = settledRows[s];
      const index = read.firstIndex + r - 1;
      while (u < read.unsettledTo && unsettled[u].index < index) lines.push(unsettled[u++]);
      const row = values[r];
      const sheetRow = firstRow + r;
      readRow(row, sheetRow, firstPlans, v, dateSystem, dateOrder, again);
      if (openQty) v[SLOT.receivedQty] = receivedFromOpenQty(openQty, row[openQty.column], v[SLOT.orderedQty], sheetRow, again);
      readRow(row, sheetRow, otherPlans, v, dateSystem, dateOrder, ctx);
      checkRow(read, row, sheetRow, v);
      // The key as the first step made it (a line-number column: no identities to number).
      const po = v[SLOT.poNumber];
      const lineText = typeof po === "string" && typeof v[SLOT.line] === "string" ? (v[SLOT.line] as string) : null;
      lines.push(toLine(index, sheetRow, read.lineSheet, lineKey(po, lineText, sheetRow, read.lineSheet), v));
    }
    while (u < read.unsettledTo) lines.push(unsettled[u++]);
  }
  return lines;
}

/** A part's issues and notes, each sorted as on the sheet. */
function finishPart(read: PartRead): { issues: CellIssue[]; notes: CellIssue[] } {
  const { ctx, plans, totals, part } = read;
  const issues = [...ctx.issues];
  sortIssuesAsOnSheet(issues, plans);
  const notes = [...ctx.unitNotes.values()];
  sortIssuesAsOnSheet(notes, plans);
  if (totals.length > 0) notes.unshift(totalsNote(part.sheet, part.firstRow, columnLetter(part.firstColumn), totals));
  return { issues, notes };
}

/** The duplicate's first place: its row, and its sheet when that is another sheet of the register. */
function firstPlace(first: number, partIndex: number, parts: readonly RegisterPart[]): CellIssue["detail"] {
  const firstPart = Math.floor(first / ROWS_PER_PART);
  const firstRow = first % ROWS_PER_PART;
  return firstPart === partIndex ? { firstRow } : { firstRow, firstSheet: parts[firstPart].sheet };
}

/**
 * Reads the mapped cells of one row into the scratch array. Kept apart from the row loop (and the
 * line literal in toLine) so that each is small enough for V8 to optimize early: a register is
 * usually parsed once, so the first call must already be fast.
 */
function readRow(
  row: readonly unknown[],
  sheetRow: number,
  plans: readonly ColumnPlan[],
  v: Known<CellValue>[],
  dateSystem: DateSystem,
  dateOrder: DateOrder,
  ctx: ReadContext,
): void {
  for (let c = 0; c < plans.length; c++) {
    const p = plans[c];
    const raw = row[p.column];
    let reading = readCell(p.kind, raw, dateSystem, p.dateOrder ?? dateOrder, p.decimal);
    if (reading === NOT_A_NUMBER && p.kind === "number") reading = numberBeforeUnit(p, raw, sheetRow, ctx) ?? reading;
    if (reading === null) {
      v[p.slot] = null;
      if (p.required) pushIssue(ctx, "missingValue", sheetRow, p, raw ?? "");
    } else if (typeof reading === "object") {
      v[p.slot] = undefined;
      pushIssue(ctx, reading.refused, sheetRow, p, raw);
    } else {
      v[p.slot] = reading;
    }
  }
}

/** One literal with every field, so all lines share one object shape. */
function toLine(index: number, sheetRow: number, sheet: string | undefined, key: string, v: readonly Known<CellValue>[]): PoLine {
  return {
    index,
    sheetRow,
    sheet,
    key,
    poNumber: v[SLOT.poNumber] as Known<string>,
    line: v[SLOT.line] as Known<string>,
    supplier: v[SLOT.supplier] as Known<string>,
    item: v[SLOT.item] as Known<string>,
    description: v[SLOT.description] as Known<string>,
    buyer: v[SLOT.buyer] as Known<string>,
    supplierEmail: v[SLOT.supplierEmail] as Known<string>,
    orderDate: v[SLOT.orderDate] as Known<number>,
    requestedDate: v[SLOT.requestedDate] as Known<number>,
    promisedDate: v[SLOT.promisedDate] as Known<number>,
    committedDate: v[SLOT.committedDate] as Known<number>,
    orderedQty: v[SLOT.orderedQty] as Known<number>,
    receivedQty: v[SLOT.receivedQty] as Known<number>,
    receivedDate: v[SLOT.receivedDate] as Known<number>,
    unitPrice: v[SLOT.unitPrice] as Known<number>,
    currency: v[SLOT.currency] as Known<string>,
    lifecycle: v[SLOT.lifecycle] as PoLine["lifecycle"],
    stage: v[SLOT.stage] as Known<string>,
    tracking: v[SLOT.tracking] as Known<string>,
    delayReason: v[SLOT.delayReason] as Known<string>,
    lastChaseDate: v[SLOT.lastChaseDate] as Known<number>,
    nextChaseDate: v[SLOT.nextChaseDate] as Known<number>,
    inspection: v[SLOT.inspection] as PoLine["inspection"],
    salesOrder: v[SLOT.salesOrder] as Known<string>,
    customer: v[SLOT.customer] as Known<string>,
    notes: v[SLOT.notes] as Known<string>,
    shipDate: v[SLOT.shipDate] as Known<number>,
    eta: v[SLOT.eta] as Known<number>,
    portArrivalDate: v[SLOT.portArrivalDate] as Known<number>,
    carrier: v[SLOT.carrier] as Known<string>,
    acceptedQty: v[SLOT.acceptedQty] as Known<number>,
    rejectedQty: v[SLOT.rejectedQty] as Known<number>,
    returnedQty: v[SLOT.returnedQty] as Known<number>,
    soNeedDate: v[SLOT.soNeedDate] as Known<number>,
  };
}

/** One cell with the reader of its field's kind. */
function readCell(kind: FieldKind, raw: unknown, dateSystem: DateSystem, order: DateOrder, decimal: DecimalConvention): Reading<CellValue> {
  switch (kind) {
    case "text":
      return readText(raw);
    case "number":
      return readNonNegativeNumber(raw, decimal);
    case "date":
      return readDate(raw, dateSystem, order);
    case "lifecycle":
      return readLifecycle(raw);
    case "inspection":
      return readInspection(raw);
  }
}

function isBlankRow(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) return false;
  return true;
}

function pushIssue(ctx: ReadContext, code: IssueCode, row: number, p: ColumnPlan, value: unknown, detail?: CellIssue["detail"]): void {
  const found: CellIssue = { code, sheet: ctx.sheet, row, column: p.letter, header: p.header, field: p.field, value };
  if (detail) found.detail = detail;
  ctx.issues.push(found);
}

/**
 * "1200 pcs", "1,200 個": the number, the unit dropped, and one note per column (its first such
 * cell, with the count of them), so that a column of "… pcs" is one line to read, not thousands.
 */
function numberBeforeUnit(p: ColumnPlan, raw: unknown, sheetRow: number, ctx: ReadContext): Reading<number> | undefined {
  const reading = readNumberBeforeUnit(raw, p.decimal);
  if (typeof reading !== "number") return reading;
  const note = ctx.unitNotes.get(p);
  if (note?.detail) {
    note.detail.count = (note.detail.count as number) + 1;
    // settledLater reads a settled row's cells after the rows below it: the note names the column's first cell.
    if (sheetRow < note.row) Object.assign(note, { row: sheetRow, value: raw, detail: { number: reading, count: note.detail.count } });
  } else {
    const found: CellIssue = {
      code: "unitDropped",
      sheet: ctx.sheet,
      row: sheetRow,
      column: p.letter,
      header: p.header,
      field: p.field,
      value: raw,
    };
    found.detail = { number: reading, count: 1 };
    ctx.unitNotes.set(p, found);
  }
  return reading;
}

/** Row by row, left to right within a row, as the buyer reads the sheet (header issues first). */
function sortIssuesAsOnSheet(issues: CellIssue[], plans: readonly ColumnPlan[]): void {
  const order = new Map(plans.map((p) => [p.letter, p.column]));
  issues.sort((a, b) => a.row - b.row || (order.get(a.column) ?? -1) - (order.get(b.column) ?? -1));
}

function columnPlans(detection: Detection, firstColumn: number): ColumnPlan[] {
  return detection.matches.map((m) => {
    const spec = FIELDS.find((f) => f.key === m.field) as FieldSpec;
    return {
      field: m.field,
      slot: SLOT[m.field],
      kind: spec.kind,
      column: m.column,
      letter: columnLetter(firstColumn + m.column),
      header: m.header,
      required: spec.required,
      decimal: "." as DecimalConvention,
      dateOrder: null as DateOrder,
    };
  });
}

function headerIssues(detection: Detection, sheet: string, row: number, column: string, issues: CellIssue[]): void {
  for (const field of detection.missingRequired) {
    if (field === "promisedDate" && detection.missingRequired.includes("requestedDate")) continue; // one issue for the pair
    const found: CellIssue = { code: "missingRequiredField", sheet, row, column, header: null, field, value: null };
    if (field === "requestedDate" && detection.missingRequired.includes("promisedDate")) found.detail = { orField: "promisedDate" };
    issues.push(found);
  }
}

/**
 * SAP's "Still to be delivered (qty)" and ERPNext's "Pending Qty" say what is still open:
 * received = ordered − open, never below zero (more open than ordered means nothing was received).
 * A blank open quantity gives a blank received quantity; an unknown ordered quantity, an unknown one.
 */
function receivedFromOpenQty(p: ColumnPlan, raw: unknown, ordered: Known<CellValue>, sheetRow: number, ctx: ReadContext): Known<number> {
  let open = readNonNegativeNumber(raw, p.decimal);
  if (open === NOT_A_NUMBER) open = numberBeforeUnit(p, raw, sheetRow, ctx) ?? open;
  if (open === null) return null;
  if (typeof open === "object") {
    pushIssue(ctx, open.refused, sheetRow, p, raw);
    return undefined;
  }
  if (typeof ordered !== "number") return ordered as null | undefined;
  return Math.max(ordered - open, 0);
}

/** One note for every total, subtotal or footer row left out, at the first of them (rows listed up to 10). */
function totalsNote(sheet: string, firstRow: number, column: string, rows: readonly number[]): CellIssue {
  return {
    code: "totalsLeftOut",
    sheet,
    row: firstRow + rows[0],
    column,
    header: null,
    field: null,
    value: null,
    detail: {
      count: rows.length,
      rows: rows
        .slice(0, 10)
        .map((r) => firstRow + r)
        .join(", "),
    },
  };
}
