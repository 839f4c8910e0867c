/**
 * The one path from a workbook's sources to what every entry point shows (DESIGN.md "Architecture"):
 * settle the settings → find the header → parse the register with the saved mapping → parse the chase
 * log → evaluate every line at asOf. The task pane, the ribbon command, the custom functions (settings)
 * and the headless runner all call this; none assembles the steps itself. Pure: asOf comes from the
 * caller's one clock read.
 */
import type { CellIssue, ChaseEntry, FieldKey, Serial } from "../model";
import { columnLetter } from "../register/columnLetter";
import type { DateSystem } from "../register/cells";
import { parseRegister, type ParsedRegister, type RegisterSource } from "../register/parseRegister";
import { parseChaseLog } from "../register/chaseLog";
import { overrideFromMapping, type ColumnMapping } from "../register/savedMapping";
import { evaluateFollowedFirst, evaluateRegister } from "../followup/evaluateRegister";
import { lifecycle } from "../followup/lifecycle";
import { settingsForSupplier } from "../followup/supplierRules";
import type { LineStatus } from "../followup/types";
import { isFollowedUp } from "../followup/followUpState";
import { predictArrivals } from "../predict/predictArrivals";
import type { Prediction } from "../predict/predictArrival";
import { customerImpact, type SalesOrderImpact } from "../impact/customerImpact";
import { calendarFromSettings } from "../followup/calendarFromSettings";
import { headerRowOf } from "../workbook/registerLocation";
import { continuationsOf } from "../workbook/registerContinuations";
import type { ColumnOverride } from "../register/detectColumns";
import { settleSettings, type SettledSettings } from "./settle";
import type { SourceBlock, WorkbookSources } from "./sources";

/** Where the register's header and data are, once the title rows above the header are set aside. */
export interface RegisterPlace {
  sheet: string;
  tableName: string | null;
  /** The table's name, else the sheet's. */
  name: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  firstColumn: number;
  /** Rows from the header down (header included). */
  rows: number;
  /** Further sheets of the register (monthly tabs), in the order their lines follow. */
  continuations: RegisterSheet[];
}

/** Where one further sheet of the register sits. */
export interface RegisterSheet {
  sheet: string;
  tableName: string | null;
  /** 1-based sheet row of the header. */
  headerRow: number;
  firstColumn: number;
  /** Rows from the header down (header included). */
  rows: number;
}

export interface WorkbookModel {
  asOf: Serial;
  dateSystem: DateSystem;
  settled: SettledSettings;
  /** null: the workbook has no register (or it is empty). */
  register: RegisterPlace | null;
  parsed: ParsedRegister | null;
  chases: ChaseEntry[];
  chaseIssues: CellIssue[];
  /** What is worth knowing but loses nothing (orphan chases, formulas without a saved result): not problems. */
  notes: CellIssue[];
  /** Every line's status at asOf (with `settledLater`, worked out for the settled lines when first read). */
  statuses: LineStatus[];
  /** With `settledLater`: the statuses of the lines followed up (open or partial), in line order, known at once. */
  followed?: LineStatus[];
  /** Predicted arrival of each open or partial line, by line key (src/predict); absent when not evaluated. */
  predictions?: Map<string, Prediction>;
  /** Sales orders fed by open lines, at-risk first (src/impact); absent when not evaluated or no column names sales orders. */
  customerImpact?: SalesOrderImpact[];
}

/** What the parse (the pipeline's first half) takes. */
export interface ParseOptions {
  /** The columns the buyer is choosing in Set up, instead of the saved mapping. */
  override?: ColumnOverride;
  /**
   * The caller hands its register's cells over: each data row is emptied in `sources` as soon as it is
   * read, so the grid and the lines are never both held whole. The headless runner at 1,048,575 lines:
   * peak RSS 1.38–1.49 → 1.06–1.31 GB. `sources` must not be read for its rows after.
   */
  releaseRows?: boolean;
  /**
   * true: the lines no longer followed up (received, cancelled, closed, on hold) are read whole and evaluated
   * when first read (`parsed.lines`, `parsed.issues`, `notes`, `statuses`); `followed` has the others at once.
   * Today's list reads only those: the task pane's first load skips more than half of a register's reading
   * (~28 ms at 20,000 lines in Chromium) and of its evaluations (~15 ms) until after its first paint. Their
   * reading is not put off without a line-number column or with releaseRows (parseRegister settledLater);
   * their evaluation not when predictions are wanted (asked for, or a sales-order column: they and the
   * customer impact read every status) nor when nothing is evaluated.
   */
  settledLater?: boolean;
}

export interface PipelineOptions extends ParseOptions {
  asOf: Serial;
  /** false: parse only (`check`, Set up previews); statuses stay []. */
  evaluate?: boolean;
  /**
   * Chases recorded outside the workbook (the headless runner's sent log of supplier letters, when
   * the register stays untouched): evaluated with the chase log's entries, so the minimum gap holds.
   */
  outsideChases?: readonly ChaseEntry[];
  /**
   * false: no predicted arrivals in the model unless the customer impact needs them (a sales-order
   * column). The task pane asks for them on first use (predictionsOf): at 20,000 lines they would
   * cost Today's first load ~40 ms for the Line view's sake.
   */
  predictions?: boolean;
}

/**
 * The pipeline: sources → model. Nothing but its two halves, and it must stay so: the headless report
 * calls the halves itself (cli/report.ts lets the read's cells go between them), so a step added here
 * instead of in a half would be skipped there.
 */
export function runPipeline(sources: WorkbookSources, options: PipelineOptions): WorkbookModel {
  return evaluateParsed(parseSources(sources, options), options);
}

/**
 * The pipeline's first half: what the sources say, nothing evaluated yet — and none of their cells
 * kept (the lines hold values, not the grid). The headless runner lets the grid go between the two
 * halves (cli/report.ts): at 1,048,575 lines it is ~420 MB that evaluating need not sit on.
 */
export type ParsedSources = Omit<WorkbookModel, "asOf" | "statuses" | "followed" | "predictions" | "customerImpact">;

export function parseSources(sources: WorkbookSources, options: ParseOptions): ParsedSources {
  const settled = settleSettings(sources);
  const { settings, stored } = settled;
  const block = sources.register && !isEmptyBlock(sources.register.values) ? sources.register : null;
  const placed = block ? placeRegister(block, stored.mapping, options.override) : null;
  // Set up previews one table: the buyer is choosing its columns, other sheets wait until it is saved.
  const continuations = block && !options.override ? continuationsOf(block, sources.otherSheets ?? [], stored.mapping) : [];
  const register = placed ? { ...placed.place, continuations: continuations.map(sheetPlace) } : null;
  // A released row is emptied in place: the same array sits in the block and in any copy of it from the header down.
  const release = options.releaseRows ? (values: readonly (readonly unknown[])[]) => (r: number) => emptyRow(values[r]) : () => undefined;
  const parsed = placed
    ? parseRegister(
        {
          ...placed.source,
          release: release(placed.source.values),
          dateSystem: sources.dateSystem,
          dateOrder: settings.dateOrder,
          more: continuations.map((part) => ({ ...part, release: release(part.values) })),
        },
        options.override ?? overrideFromMapping(placed.source.values[0] ?? [], stored.mapping),
        {
          settledLater: options.settledLater
            ? (fields) => !isFollowedUp(lifecycle(fields, settingsForSupplier(settings, fields.supplier)))
            : undefined,
        },
      )
    : null;
  const log = chaseLogOf(sources.chaseLog, sources.dateSystem);
  const notesOf = (): CellIssue[] => [
    ...(register && continuations.length > 0 ? [sheetsTogetherNote(register)] : []),
    ...(placed && block ? uncachedNotes(block, placed.place, parsed) : []),
    ...continuations.flatMap((part) => uncachedNotes(part, sheetPlace(part), parsed)),
    ...(parsed && sources.chaseLog && log.entries.length > 0 ? orphanNotes(sources.chaseLog, log, parsed) : []),
    ...(parsed?.notes ?? []),
  ];
  const read = { dateSystem: sources.dateSystem, settled, register, parsed, chases: log.entries, chaseIssues: log.issues };
  if (!parsed?.unsettled) return { ...read, notes: notesOf() };
  // The notes read every line (orphan chases, the settled rows' units): worked out when first read, as the lines.
  let notes: CellIssue[] | null = null;
  return {
    ...read,
    get notes() {
      return (notes ??= notesOf());
    },
  };
}

/**
 * The pipeline's second half: every line evaluated at asOf (and its predicted arrival, and the customer orders
 * it feeds); with `settledLater`, the lines no longer followed up when `statuses` is first read.
 */
export function evaluateParsed(read: ParsedSources, options: PipelineOptions): WorkbookModel {
  const { parsed, chases, settled } = read;
  const { settings } = settled;
  const evaluated = options.outsideChases?.length ? [...chases, ...options.outsideChases] : chases;
  const evaluating = parsed !== null && options.evaluate !== false;
  const wanted = options.predictions !== false || parsed?.detection.columns.salesOrder !== undefined;
  if (evaluating && options.settledLater && !wanted) {
    // Only the followed-up lines now; `statuses` works out the others when first read (the same statuses).
    const { followed, all } = evaluateFollowedFirst(parsed, evaluated, settings, options.asOf);
    return {
      ...withoutNotes(read),
      get notes() {
        return read.notes;
      },
      asOf: options.asOf,
      followed,
      get statuses() {
        return all();
      },
    };
  }
  const statuses = evaluating ? evaluateRegister(parsed.lines, evaluated, settings, options.asOf) : [];
  const predictions = evaluating && wanted ? predictArrivals(statuses, chases, settings, options.asOf) : undefined;
  const impact =
    predictions && parsed?.detection.columns.salesOrder !== undefined
      ? customerImpact(statuses, predictions, calendarFromSettings(settings))
      : undefined;
  return {
    ...withoutNotes(read),
    notes: read.notes,
    asOf: options.asOf,
    statuses,
    ...(predictions ? { predictions } : {}),
    ...(impact ? { customerImpact: impact } : {}),
  };
}

/** The parse's model but its notes, which settledLater works out when first read (a spread would read them at once). */
function withoutNotes(read: ParsedSources): Omit<ParsedSources, "notes"> {
  const { dateSystem, settled, register, parsed, chases, chaseIssues } = read;
  return { dateSystem, settled, register, parsed, chases, chaseIssues };
}

/** The statuses of the lines followed up (open or partial), in line order: `followed` when the model has it (settledLater). */
export function followedOf(model: Pick<WorkbookModel, "followed" | "statuses">): LineStatus[] {
  return model.followed ?? model.statuses.filter((s) => isFollowedUp(s.lifecycle));
}

/** The model's predicted arrivals, computed now when it was built without them (`predictions: false`). */
export function predictionsOf(
  model: Pick<WorkbookModel, "predictions" | "statuses" | "chases" | "settled" | "asOf">,
): Map<string, Prediction> {
  return model.predictions ?? predictArrivals(model.statuses, model.chases, model.settled.settings, model.asOf);
}

/**
 * The register's place in its block, and its rows from the header down: a table's header is its first
 * row; a sheet's may sit under title rows (src/workbook/registerLocation.ts), found through the saved
 * mapping, or through the columns the buyer is choosing in Set up (`override`).
 */
function placeRegister(
  block: SourceBlock,
  mapping: ColumnMapping,
  override?: ColumnOverride,
): { place: Omit<RegisterPlace, "continuations">; source: Pick<RegisterSource, "sheet" | "values" | "firstRow" | "firstColumn"> } {
  const header = headerRowOf(block.values, block.tableName !== null, mapping, override);
  const values = header === 0 ? block.values : block.values.slice(header);
  const headerRow = block.firstRow + header;
  return {
    place: {
      sheet: block.sheet,
      tableName: block.tableName,
      name: block.tableName ?? block.sheet,
      headerRow,
      firstColumn: block.firstColumn,
      rows: values.length,
    },
    source: { sheet: block.sheet, values, firstRow: headerRow, firstColumn: block.firstColumn },
  };
}

function sheetPlace(block: SourceBlock): RegisterSheet {
  return {
    sheet: block.sheet,
    tableName: block.tableName,
    headerRow: block.firstRow,
    firstColumn: block.firstColumn,
    rows: block.values.length,
  };
}

/** Said once, at the register's header: which sheets were read together (nothing is lost, but the buyer should know). */
function sheetsTogetherNote(register: RegisterPlace): CellIssue {
  const sheets = [register.sheet, ...register.continuations.map((c) => c.sheet)];
  return {
    code: "sheetsReadTogether",
    sheet: register.sheet,
    row: register.headerRow,
    column: columnLetter(register.firstColumn),
    header: null,
    field: null,
    value: null,
    detail: { count: sheets.length, sheets: sheets.join(", ") },
  };
}

/** The chase log's entries (parseChaseLog skips blank rows, such as the one Excel keeps in an empty table). */
function chaseLogOf(block: SourceBlock | null, dateSystem: DateSystem): { entries: ChaseEntry[]; issues: CellIssue[]; rows: number[] } {
  if (!block || block.values.length === 0) return { entries: [], issues: [], rows: [] };
  return parseChaseLog(block.sheet, block.values, dateSystem, { firstRow: block.firstRow, firstColumn: block.firstColumn });
}

/** Notes are capped: a register of formulas exported without results needs one sentence, not 100,000. */
const MAX_NOTES = 1000;

/** One note per chase-log row whose PO line is not in the register (kept in the log, counted for no line). */
function orphanNotes(block: SourceBlock, log: { entries: ChaseEntry[]; rows: number[] }, parsed: ParsedRegister): CellIssue[] {
  const keys = new Set<string>();
  for (const line of parsed.lines) keys.add(line.key);
  const notes: CellIssue[] = [];
  log.entries.forEach((entry, i) => {
    if (keys.has(entry.lineKey) || notes.length >= MAX_NOTES) return;
    notes.push({
      code: "orphanChase",
      sheet: block.sheet,
      row: log.rows[i],
      column: columnLetter(block.firstColumn),
      header: null,
      field: null,
      value: entry.line ? `${entry.poNumber} / ${entry.line}` : entry.poNumber,
    });
  });
  return notes;
}

/** One note per register cell whose formula has no saved result (its value was read as blank). */
function uncachedNotes(block: SourceBlock, place: Pick<RegisterPlace, "headerRow">, parsed: ParsedRegister | null): CellIssue[] {
  const headerIndex = place.headerRow - block.firstRow;
  const header = block.values[headerIndex] ?? [];
  const fieldAt = new Map(Object.entries(parsed?.detection.columns ?? {}).map(([field, column]) => [column as number, field as FieldKey]));
  const notes: CellIssue[] = [];
  for (const [row, column] of block.uncachedFormulas ?? []) {
    if (row <= headerIndex || notes.length >= MAX_NOTES) continue;
    const text = header[column];
    notes.push({
      code: "uncachedFormula",
      sheet: block.sheet,
      row: block.firstRow + row,
      column: columnLetter(block.firstColumn + column),
      header: typeof text === "string" && text !== "" ? text : null,
      field: fieldAt.get(column) ?? null,
      value: null,
    });
  }
  return notes;
}

/** A grid's row let go (releaseRows): emptied, the grid being the caller's, handed over. */
function emptyRow(row: readonly unknown[] | undefined): void {
  if (Array.isArray(row)) row.length = 0;
}

export function isEmptyBlock(values: readonly (readonly unknown[])[]): boolean {
  return values.every((row) => row.every((v) => v === "" || v === null || v === undefined));
}

/** Cell problems of the register and the chase log, in that order. */
export function cellIssues(model: WorkbookModel): CellIssue[] {
  return [...(model.parsed?.issues ?? []), ...model.chaseIssues];
}
