/**
 * Services over the workbook: src/excel for every Office.js call (each method is one runExcel batch),
 * the engine for every rule. Works the same against Excel and the in-memory Excel of the playground.
 */
import type { Serial } from "../../src/model";
import { parseCellAddress } from "../../src/register/columnLetter";
import type { Lang } from "../../src/i18n/i18n";
import { translator } from "../../src/i18n/i18n";
import { taskpaneCatalog } from "../../src/i18n/catalogs/taskpane";
import { formatIsoDate } from "../../src/dates/serial";
import {
  applyChase,
  applyChaseContexts,
  applyChaseToMany,
  type ApplyChaseContextOf,
  type ChaseError,
  type ChaseInput,
  type RegisterChange,
} from "../../src/followup/applyChase";
import { parseRegister, type ParsedRegister } from "../../src/register/parseRegister";
import { detectColumns } from "../../src/register/detectColumns";
import { REGISTER_TABLE_NAME } from "../../src/register/template";
import { chaseTimestamp } from "../../src/register/chaseLog";
import { runExcel } from "../../src/excel/run";
import type { RegisterTarget } from "../../src/excel/readRegister";
import { readSources } from "../../src/excel/readSources";
// The pipeline's modules one by one: its index also exports the report builder, which the pane loads lazily.
import { followedOf, predictionsOf, runPipeline } from "../../src/pipeline/runPipeline";
import { settingsProblemTexts } from "../../src/pipeline/settingsProblems";
import { listSources } from "../../src/excel/locateRegister";
import { loadSettings, saveSettings } from "../../src/excel/settingsStore";
import { shipmentFieldsCatalog } from "../../src/i18n/catalogs/shipmentFields";
import { isShipmentField } from "./shipmentFormText";
import type { RegisterColumns } from "../../src/excel/writeChase";
import { REGISTER_CHANGE_FIELDS, type RegisterChangeField } from "../../src/followup/applyChase";
import { getSelectedCell, onSelectionChanged, selectCell } from "../../src/excel/selection";
import { onRemoteChanges, type WatchTargets } from "../../src/excel/watchChanges";
import { CHASE_TABLE_NAME } from "../../src/register/template";
import type { SheetBlock } from "../../src/workbook/sheetBlock";
import type { FollowUpReportResult } from "../../commands/followUpReport";
import type { LineStatus } from "../../src/followup/types";
import type { Prediction } from "../../src/predict/predictArrival";
import type { ChaseDraft, SaveResult, Services, Snapshot, SourceRef } from "./services";
import { mappingFromDetection, overrideFromMapping } from "../../src/register/savedMapping";
import { messageOf } from "./store";
import { officeStartupHost, readStartupBehavior, writeStartupBehavior, type OfficeStartupHost } from "../../src/excel/startupBehavior";

export interface ExcelServicesOptions {
  /** The clock for the chase log's audit timestamp. */
  now?: () => Date;
  /** Office for the startup behaviour: the page's own by default; the playground hands the in-memory Excel's (or null before it is built). */
  startupHost?: () => OfficeStartupHost | null;
}

/** What the last load() learnt about the sheet layout, for writing back. */
interface Layout {
  dateSystem: "1900" | "1904";
  register: RegisterColumns;
  /** The register's further sheets (monthly tabs), by sheet name: a line on one is written there. */
  continuations: ReadonlyMap<string, RegisterColumns>;
  /** A register cell's value as this load read it (Range.values), for compare-and-set on write. */
  readCell: (sheet: string, row: number, column: number) => unknown;
  /** The tables and sheets whose changes by another buyer make the pane reload. */
  watch: WatchTargets;
}

/** The report command, loaded on first use: its code stays out of the pane's start-up bundle (as the ribbon does). */
const reportCommand = () => import(/* webpackChunkName: "report" */ "../../commands/followUpReport");
const impactSheet = () => import(/* webpackChunkName: "impact" */ "./impactSheetService");
/** The wording of a conflict with another buyer's write: a chunk of its own, fetched while a chase is saved (conflicts are rare). */
const conflictText = () => import(/* webpackChunkName: "conflicts" */ "./conflictText");
/** The code that writes chases, a chunk of its own (off the start-up page): fetched once the first view is up (preload). */
const chaseWriter = () => import(/* webpackChunkName: "write-chase" */ "../../src/excel/writeChase");

export function excelServices(options: ExcelServicesOptions = {}): Services {
  const now = options.now ?? (() => new Date());
  const startupHost = options.startupHost ?? officeStartupHost;
  let layout: Layout | null = null;
  // Every line's chase context from one walk of the log, once per snapshot (the form asks on each keystroke).
  const contexts = new WeakMap<Snapshot, ApplyChaseContextOf>();
  const contextsOf = (snapshot: Snapshot): ApplyChaseContextOf => {
    let contextOf = contexts.get(snapshot);
    if (!contextOf) contexts.set(snapshot, (contextOf = applyChaseContexts(snapshot.parsed.lines, snapshot.chases, snapshot.settings)));
    return contextOf;
  };

  return {
    async load(asOf, lang) {
      return runExcel(async (context) => {
        // The saved settings come back from the read's own (successful) syncs: see readSources.
        const read = await readSources(context);
        // Predicted arrivals wait for the Line view (predictionOf), the settled lines' statuses for their first
        // reader (after Today's first paint): Today's first load needs neither.
        const model = runPipeline(read.sources, { asOf, predictions: false, settledLater: true });
        if (!model.register || !model.parsed) return null;
        const { register, parsed } = model;
        layout = {
          dateSystem: model.dateSystem,
          register: registerColumns(register.sheet, register.headerRow, register.firstColumn, register.rows, parsed),
          continuations: new Map(register.continuations.map((c) => [c.sheet, registerColumns(c.sheet, c.headerRow, c.firstColumn, c.rows, parsed)])),
          readCell: cellReader([...(read.sources.register ? [read.sources.register] : []), ...(read.sources.otherSheets ?? [])]),
          watch: {
            tables: [CHASE_TABLE_NAME, ...(register.tableName ? [register.tableName] : [])],
            sheets: [...(register.tableName ? [] : [register.sheet]), ...register.continuations.map((c) => c.sheet)],
          },
        };
        const snapshot: Snapshot = {
          sheet: register.sheet,
          tableName: register.tableName,
          asOf,
          parsed,
          chases: model.chases,
          get statuses() {
            return model.statuses;
          },
          followed: followedOf(model),
          predictionOf: onFirstUse(() => predictionsOf(model)),
          customerImpact: model.customerImpact,
          settings: model.settled.settings,
          savedSettings: model.settled.stored.settings,
          settingsProblems: settingsProblemTexts(model.settled, lang),
        };
        return snapshot;
      });
    },

    async sources() {
      return runExcel(listSources);
    },

    async preview(source, override) {
      return runExcel(async (context) => {
        const read = await readSources(context, targetOf(source), { continuations: false });
        // The same pipeline as load, with the columns the buyer is choosing instead of the saved mapping.
        const model = runPipeline(read.sources, { asOf: 0, evaluate: false, override });
        return (
          model.parsed ??
          parseRegister({
            sheet: sourceSheet(source),
            values: [[]],
            firstRow: 1,
            firstColumn: 0,
            dateSystem: model.dateSystem,
            dateOrder: null,
          })
        );
      });
    },

    async useSource(source, override, headers) {
      await runExcel(async (context) => {
        const stored = await loadSettings(context);
        const detection = detectColumns(headers, override);
        await saveSettings(context, {
          ...stored,
          mapping: mappingFromDetection(detection, override),
          registerTable: source.kind === "table" ? source.table : null,
          registerSheet: source.kind === "sheet" ? source.sheet : null,
        });
      });
    },

    async createRegister(withSample, lang, asOf) {
      return runExcel(async (context) => {
        const stored = await loadSettings(context);
        // The sample keeps its own column order: createTemplate places each column by its header.
        // The sample's data loads only when asked for (a one-off, kept out of the pane's start-up code).
        const sample = withSample
          ? (await import(/* webpackChunkName: "sample" */ "../../src/sample/sampleRegister")).sampleRegister({ asOf, lang })
          : undefined;
        // Creating the template is a one-off: its code loads when asked for, not with the pane.
        const { createTemplate } = await import(/* webpackChunkName: "template" */ "../../src/excel/createTemplate");
        const result = await createTemplate(context, { settings: stored.settings, sample });
        const registerCreated = result.created.includes("register");
        // The saved register and its mapping change only when there is a new register to point at.
        if (registerCreated) await saveSettings(context, { ...stored, mapping: {}, registerTable: REGISTER_TABLE_NAME, registerSheet: null });
        return { registerCreated, refused: result.refused.map((r) => r.name) };
      });
    },

    // Not an Excel.run batch: Office.addin acts on the document, outside the request context.
    startupBehavior: () => readStartupBehavior(startupHost()),
    setStartupBehavior: (loadWithWorkbook) => writeStartupBehavior(startupHost(), loadWithWorkbook),

    async saveSettings(settings) {
      await runExcel(async (context) => {
        const stored = await loadSettings(context);
        await saveSettings(context, { ...stored, settings });
      });
    },

    async logChases(snapshot, lines, draft, asOf, lang) {
      const t = translator(taskpaneCatalog, lang);
      if (!layout) return { ok: false, message: t("err_noRegister") };
      const current = layout;
      // A register over several sheets (monthly tabs): each sheet's lines are written to that sheet. All
      // are planned (and refused together) before anything is written.
      const at = now();
      const groups = groupBySheet(lines, current);
      const plans = groups.map((group) => ({ ...group, planned: applyChaseToMany(group.lines, chaseInput(draft, asOf, at), contextsOf(snapshot)) }));
      const errors = plans.flatMap(({ planned }) => (planned.ok ? [] : planned.errors));
      if (errors.length > 0) return { ok: false, message: errors.map((e) => chaseErrorMessage(e, asOf, lang, lines.length > 1)).join(" ") };
      const changesOf = (register: RegisterColumns, changes: readonly RegisterChange[]) =>
        // Each with the value the pane read: written only where the cell still holds it (compare, then set).
        changes.map((c) => ({ ...c, expected: expectedValue(current, register, c.row, c.field) }));
      // Every sheet in one batch (2 syncs): a refusal on any sheet writes nothing on any.
      const parts = plans.flatMap(({ register, lines: sheetLines, planned }) =>
        planned.ok
          ? [{ register, entries: planned.entries, changes: changesOf(register, planned.changes), lines: sheetLines.map(expectedLine) }]
          : [],
      );
      if (parts.length === 0) return { ok: true, count: 0 } satisfies SaveResult;
      const [first, ...more] = parts;
      // Loaded while the batch runs, in case it meets a conflict; unreachable (offline), a plainer message.
      const wording = conflictText().catch(() => null);
      // Fetched once the first view was up (preload); offline before that, nothing is written and the buyer is told.
      const writer = await chaseWriter().catch(() => null);
      if (!writer) return { ok: false, message: t("err_writerUnavailable") };
      const { writeChaseEntries } = writer;
      try {
        const result = await runExcel((context) =>
          writeChaseEntries(context, {
            entries: parts.flatMap((part) => part.entries),
            changes: first.changes,
            register: first.register,
            lines: first.lines,
            more: more.map(({ register, changes, lines: partLines }) => ({ register, changes, lines: partLines })),
            dateSystem: current.dateSystem,
            lang, // channel and outcome are written in the pane's language
          }),
        );
        if (!result.ok && result.reason === "registerChanged" && result.cells && result.rows.length === 0) {
          const text = await wording;
          const message = text ? text.refusedText(result.cells, current.dateSystem, lang) : t(WRITE_ERRORS.registerChanged);
          return { ok: false, message, reload: true };
        }
        if (!result.ok) return { ok: false, message: t(WRITE_ERRORS[result.reason]), reload: result.reason === "registerChanged" };
        if (!result.overwritten) return { ok: true, count: result.appended } satisfies SaveResult;
        // Never saved over another buyer's value in silence: the cells named when the wording loads, else the plainer warning.
        const text = await wording;
        const warning = text ? text.savedOverText(result.overwritten, current.dateSystem, lang) : t("warn_savedOverOther");
        return { ok: true, count: result.appended, warning };
      } catch (error) {
        return { ok: false, message: messageOf(error) };
      }
    },

    async preload() {
      await chaseWriter();
    },

    async selectCell(address) {
      const cell = parseCellAddress(address);
      if (!cell) return;
      await runExcel((context) => selectCell(context, cell.sheet ?? "", cell.row, cell.column));
    },

    async selectedCell() {
      const { sheet, row } = await runExcel((context) => getSelectedCell(context));
      return { sheet, row };
    },

    async onRemoteChanges(handler) {
      if (!layout) return () => undefined;
      const unsubscribe = await onRemoteChanges(layout.watch, handler);
      return () => void unsubscribe().catch(() => undefined);
    },

    async onSelectionChanged(handler) {
      const unsubscribe = await onSelectionChanged(handler);
      return () => void unsubscribe().catch(() => undefined);
    },

    suggestNextChase(snapshot, status, draft, asOf) {
      const result = applyChase(status, chaseInput(draft, asOf, new Date(0)), contextsOf(snapshot)(status));
      return result.ok ? result.entry.nextChase : null;
    },

    async runReport(lang, asOf) {
      const { runFollowUpReport } = await reportCommand();
      return runFollowUpReport({ asOf, lang, run: runExcel });
    },

    async writeCustomerImpact(snapshot, lang) {
      return (await impactSheet()).writeImpactSheet(snapshot, lang, layout?.dateSystem ?? "1900");
    },

    async watchReports(listener: (result: FollowUpReportResult) => void) {
      const { lastFollowUpReport, onFollowUpReport } = await reportCommand();
      const last = lastFollowUpReport();
      if (last) listener(last);
      return onFollowUpReport(listener);
    },
  };
}

/** What the buyer reads when writeChase refused (nothing was written in each case). */
const WRITE_ERRORS = {
  noChaseLog: "err_noChaseLog",
  chaseLogShape: "err_chaseLogShape",
  registerChanged: "err_registerChanged",
  sheetProtected: "err_sheetProtected",
} as const;

/** Reads a cell of the register's blocks by sheet row (1-based) and column (0-based); undefined outside them. */
function cellReader(blocks: readonly SheetBlock[]): Layout["readCell"] {
  return (sheet, row, column) => {
    const block = blocks.find((b) => b.sheet.toLowerCase() === sheet.toLowerCase());
    return block?.values[row - block.firstRow]?.[column - block.firstColumn];
  };
}

/** The value the pane read in the cell a change writes ("" when the read did not reach it: a blank cell). */
function expectedValue(layout: Layout, register: RegisterColumns, row: number, field: RegisterChangeField): unknown {
  const column = register.columns[field];
  return column === undefined ? undefined : (layout.readCell(register.sheet, row, column) ?? "");
}

function targetOf(source: SourceRef): RegisterTarget {
  return source.kind === "table" ? { tableName: source.table } : { sheetName: source.sheet };
}

function sourceSheet(source: SourceRef): string {
  return source.kind === "sheet" ? source.sheet : source.table;
}

/** Where the writable register columns are on the sheet. */
function registerColumns(sheet: string, firstRow: number, firstColumn: number, rows: number, parsed: ParsedRegister): RegisterColumns {
  const columns: Partial<Record<RegisterChangeField, number>> = {};
  for (const field of REGISTER_CHANGE_FIELDS) {
    const index = parsed.detection.columns[field];
    if (index !== undefined) columns[field] = firstColumn + index;
  }
  // The PO and line columns let writeChase check that each row still holds the line it held now.
  const po = parsed.detection.columns.poNumber;
  const line = parsed.detection.columns.line;
  const keyColumns = po === undefined ? undefined : { poNumber: firstColumn + po, line: line === undefined ? null : firstColumn + line };
  return { sheet, columns, firstDataRow: firstRow + 1, lastDataRow: firstRow + rows - 1, keyColumns };
}

/** A line's prediction from the map `build` makes on the first call (then kept). */
function onFirstUse(build: () => ReadonlyMap<string, Prediction>): (lineKey: string) => Prediction | undefined {
  let map: ReadonlyMap<string, Prediction> | null = null;
  return (lineKey) => (map ??= build()).get(lineKey);
}

/** The line a register row held when the pane read it: written only if the row still holds it. */
function expectedLine(status: LineStatus): { row: number; key: string } {
  return { row: status.line.sheetRow, key: status.line.key };
}

/** The lines to log, by the sheet they sit on (the register's first), each with that sheet's writable columns. */
function groupBySheet(lines: readonly LineStatus[], layout: Layout): { register: RegisterColumns; lines: LineStatus[] }[] {
  const groups = new Map<RegisterColumns, LineStatus[]>();
  for (const status of lines) {
    const sheet = status.line.sheet;
    const register = (sheet !== undefined && layout.continuations.get(sheet)) || layout.register;
    const group = groups.get(register);
    if (group) group.push(status);
    else groups.set(register, [status]);
  }
  return [...groups].map(([register, grouped]) => ({ register, lines: grouped }));
}

/** The same contact for every line; the buyer on each entry is the line's own (applyChase's default). */
function chaseInput(draft: ChaseDraft, asOf: Serial, at: Date): ChaseInput {
  return {
    date: asOf,
    channel: draft.channel,
    contact: draft.contact,
    outcome: draft.outcome,
    newPromised: draft.newPromised,
    delayReason: draft.delayReason,
    stage: draft.stage,
    note: draft.note,
    nextChase: draft.nextChase ?? undefined, // blank: the engine's date
    ...draft.shipment, // ship date, ETA, carrier, tracking, accepted / rejected qty: only those typed
    loggedAt: chaseTimestamp(at), // the buyer's clock, as Logged at shows it
  };
}

function chaseErrorMessage(error: ChaseError, asOf: Serial, lang: Lang, withRow: boolean): string {
  const t = translator(taskpaneCatalog, lang);
  const field =
    error.field === "newPromised"
      ? t("newPromised")
      : error.field === "nextChase"
        ? t("nextChaseField")
        : error.field === "delayReason"
          ? t("delayReason")
          : isShipmentField(error.field)
            ? translator(shipmentFieldsCatalog, lang)(`${error.field}Field`)
            : t("dateField");
  const text = t(`err_${error.code}`, { field, date: formatIsoDate(asOf) });
  return withRow && error.row !== undefined ? `#${error.row}: ${text}` : text;
}
