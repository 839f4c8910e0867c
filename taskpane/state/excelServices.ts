/**
 * Services over the workbook: src/excel for every Office.js call, the engine for every rule. Each
 * method is one Excel.run batch. Works the same against Excel and the in-memory Excel of the playground.
 */
import type { ChaseEntry, Serial } from "../../src/model";
import type { Lang } from "../../src/i18n/i18n";
import { translator } from "../../src/i18n/i18n";
import { taskpaneCatalog } from "../../src/i18n/catalogs/taskpane";
import type { Settings } from "../../src/settings/settings";
import { formatIsoDate } from "../../src/dates/serial";
import type { LineStatus } from "../../src/followup/types";
import { applyChase, type ApplyChaseContext, type ChaseError, type ChaseInput, type RegisterChange } from "../../src/followup/applyChase";
import { buildChaseFacts } from "../../src/followup/chaseFacts";
import { calendarFromSettings } from "../../src/followup/calendarFromSettings";
import { parseRegister, type ParsedRegister } from "../../src/register/parseRegister";
import type { ColumnOverride } from "../../src/register/detectColumns";
import { detectColumns } from "../../src/register/detectColumns";
import { CHASE_COLUMNS, chaseEntryToRow, parseChaseLog } from "../../src/register/chaseLog";
import { CHASE_LOG_COLUMNS, REGISTER_TABLE_NAME, registerTemplate } from "../../src/register/template";
import { sampleRegister } from "../../src/sample/sampleRegister";
import { readRegister, type RegisterTarget } from "../../src/excel/readRegister";
import { readRegisterAndLog } from "../../src/excel/readChaseLog";
import { queueInventory } from "../../src/excel/locateRegister";
import { CHASE_TABLE_NAME } from "../../src/register/template";
import { loadSettings, queueLoadSettings, saveSettings } from "../../src/excel/settingsStore";
import { writeChase, type RegisterColumns, type WritableField, WRITABLE_FIELDS } from "../../src/excel/writeChase";
import { createTemplate } from "../../src/excel/createTemplate";
import { getSelectedCell, selectCell } from "../../src/excel/selection";
import type { ChaseDraft, SaveResult, Services, Snapshot, SourceRef } from "./services";
import { mappingFromDetection, overrideFromMapping } from "./mapping";
import { messageOf } from "./store";

/** Subscribes to selection changes of the host; returns the unsubscribe function. */
export type SelectionEvents = (handler: () => void) => Promise<() => void>;

export interface ExcelServicesOptions {
  asOf: Serial;
  selectionEvents: SelectionEvents;
  /** The clock for the chase log's audit timestamp. */
  now?: () => Date;
}

/** What the last load() learnt about the sheet layout, for writing back. */
interface Layout {
  dateSystem: "1900" | "1904";
  register: RegisterColumns;
}

export function excelServices(options: ExcelServicesOptions): Services {
  const now = options.now ?? (() => new Date());
  let layout: Layout | null = null;

  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => Excel.run(batch);

  return {
    async load() {
      return run(async (context) => {
        const storedPending = queueLoadSettings(context); // rides on readRegisterAndLog's first sync
        const read = await readRegisterAndLog(context);
        if (!read.ok) return null;
        const stored = storedPending.read();
        const { source } = read;
        const parsed = parseRegister(source, overrideFromMapping(source.values[0] ?? [], stored.mapping));
        const chases: ChaseEntry[] = read.log ? parseChaseLog(read.log.sheet, read.log.values, source.dateSystem, { firstRow: read.log.firstRow, firstColumn: 0 }).entries : [];
        layout = { dateSystem: source.dateSystem, register: registerColumns(source.sheet, source.firstRow, source.firstColumn, source.values.length, parsed) };
        const snapshot: Snapshot = { sheet: source.sheet, tableName: source.tableName, parsed, chases, settings: stored.settings };
        return snapshot;
      });
    },

    async sources() {
      return run(async (context) => {
        const pending = queueInventory(context);
        await context.sync();
        const inventory = pending.read();
        const tables = inventory.tables.filter((t) => t.toLowerCase() !== CHASE_TABLE_NAME.toLowerCase()).map((table): SourceRef => ({ kind: "table", table }));
        const sheets = inventory.sheets.map((sheet): SourceRef => ({ kind: "sheet", sheet }));
        return [...tables, ...sheets];
      });
    },

    async preview(source, override) {
      return run(async (context) => {
        const read = await readRegister(context, targetOf(source));
        if (!read.ok) return parseRegister({ sheet: sourceSheet(source), values: [[]], firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
        return parseRegister(read.source, override);
      });
    },

    async useSource(source, override, headers) {
      await run(async (context) => {
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

    async createRegister(withSample, lang) {
      await run(async (context) => {
        const stored = await loadSettings(context);
        const sampleRows = withSample ? templateRows(sampleRegister({ asOf: options.asOf, lang }), stored.settings) : [];
        await createTemplate(context, { settings: stored.settings, sampleRows });
        await saveSettings(context, { ...stored, mapping: {}, registerTable: REGISTER_TABLE_NAME, registerSheet: null });
      });
    },

    async saveSettings(settings) {
      await run(async (context) => {
        const stored = await loadSettings(context);
        await saveSettings(context, { ...stored, settings });
      });
    },

    async logChases(snapshot, lines, draft, asOf, lang) {
      const t = translator(taskpaneCatalog, lang);
      if (!layout) return { ok: false, message: t("err_noRegister") };
      const planned = planChases(snapshot, lines, draft, asOf, now());
      if (!planned.ok) return { ok: false, message: planned.errors.map((e) => chaseErrorMessage(e, asOf, lang)).join(" ") };
      const current = layout;
      try {
        const result = await run((context) =>
          writeChase(context, {
            rows: planned.entries.map((e) => chaseRow(e)),
            dateColumns: CHASE_DATE_COLUMNS,
            changes: planned.changes.filter((c): c is RegisterChange & { field: WritableField } => (WRITABLE_FIELDS as readonly string[]).includes(c.field)),
            register: current.register,
            dateSystem: current.dateSystem,
          }),
        );
        if (!result.ok) return { ok: false, message: t(result.reason === "noChaseLog" ? "err_noChaseLog" : "err_chaseLogShape") };
        return { ok: true, count: result.appended } satisfies SaveResult;
      } catch (error) {
        return { ok: false, message: messageOf(error) };
      }
    },

    async selectCell(address) {
      const match = /^(?:'?(.+?)'?!)?\$?([A-Z]+)\$?(\d+)$/i.exec(address);
      if (!match) return;
      const column = match[2].toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      await run((context) => selectCell(context, match[1] ?? "", Number(match[3]), column));
    },

    async selectedRow(sheet) {
      const cell = await run((context) => getSelectedCell(context));
      return cell.sheet.toLowerCase() === sheet.toLowerCase() ? cell.row : null;
    },

    onSelectionChanged: options.selectionEvents,

    suggestNextChase(snapshot, status, draft, asOf) {
      const result = applyChase(status, chaseInput(draft, asOf, new Date(0), status), applyContext(snapshot, status));
      return result.ok ? result.entry.nextChase : null;
    },
  };
}

function targetOf(source: SourceRef): RegisterTarget {
  return source.kind === "table" ? { tableName: source.table } : { sheetName: source.sheet };
}

function sourceSheet(source: SourceRef): string {
  return source.kind === "sheet" ? source.sheet : source.table;
}

/** Where the writable register columns are on the sheet. */
function registerColumns(sheet: string, firstRow: number, firstColumn: number, rows: number, parsed: ParsedRegister): RegisterColumns {
  const columns: Partial<Record<WritableField, number>> = {};
  for (const field of WRITABLE_FIELDS) {
    const index = parsed.detection.columns[field];
    if (index !== undefined) columns[field] = firstColumn + index;
  }
  return { sheet, columns, firstDataRow: firstRow + 1, lastDataRow: firstRow + rows - 1 };
}

function chaseInput(draft: ChaseDraft, asOf: Serial, at: Date, status: LineStatus): ChaseInput {
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
    buyer: status.line.buyer ?? null,
    loggedAt: at.toISOString(),
  };
}

function applyContext(snapshot: Snapshot, status: LineStatus, facts = buildChaseFacts(snapshot.chases, snapshot.parsed.lines)): ApplyChaseContext {
  const line = facts.byLine.get(status.line.key);
  const supplier = facts.supplierKeyOf(status.line.supplier);
  const ctx: ApplyChaseContext = { settings: snapshot.settings, calendar: calendarFromSettings(snapshot.settings) };
  const last = supplier === "" ? undefined : facts.lastBySupplier.get(supplier);
  if (last !== undefined) ctx.lastSupplierChase = last;
  if (line?.lastPromiseChange !== undefined) ctx.lastPromiseChange = line.lastPromiseChange;
  if (line?.firstPromise !== undefined) ctx.firstPromise = line.firstPromise;
  return ctx;
}

/**
 * The engine's changes for every line, all or nothing. Each line gets its own context (its first
 * promise and last promise change from the log); the supplier's last chase is shared.
 */
function planChases(snapshot: Snapshot, lines: readonly LineStatus[], draft: ChaseDraft, asOf: Serial, at: Date): { ok: true; entries: ChaseEntry[]; changes: RegisterChange[] } | { ok: false; errors: ChaseError[] } {
  const facts = buildChaseFacts(snapshot.chases, snapshot.parsed.lines);
  const entries: ChaseEntry[] = [];
  const changes: RegisterChange[] = [];
  const errors: ChaseError[] = [];
  for (const status of lines) {
    const result = applyChase(status, chaseInput(draft, asOf, at, status), applyContext(snapshot, status, facts));
    if (result.ok) {
      entries.push(result.entry);
      changes.push(...result.changes);
    } else {
      for (const error of result.errors) errors.push(lines.length > 1 ? { ...error, row: status.line.sheetRow } : error);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries, changes };
}

/** Chase-table row in the table's column order (CHASE_LOG_COLUMNS), from the log's own row of the entry. */
const CHASE_DATE_COLUMNS = CHASE_LOG_COLUMNS.map((c, i) => (["date", "previousPromised", "newPromised", "nextChase"].includes(c.key) ? i : -1)).filter((i) => i >= 0);
function chaseRow(entry: ChaseEntry): (string | number)[] {
  const row = chaseEntryToRow(entry, "1900"); // writeChase converts the date columns for 1904 workbooks
  const byKey = new Map<string, string | number>(CHASE_COLUMNS.map((c, i) => [c, row[i]]));
  byKey.set("lineKey", entry.lineKey);
  return CHASE_LOG_COLUMNS.map((c) => byKey.get(c.key) ?? "");
}

/** Sample rows (SAMPLE_HEADERS order) re-ordered into the template's columns by field. */
function templateRows(matrix: (string | number)[][], settings: Settings): (string | number | null)[][] {
  const detection = detectColumns(matrix[0] ?? []);
  const template = registerTemplate(settings);
  return matrix.slice(1).map((row) =>
    template.map((column) => {
      const index = detection.columns[column.field];
      return index === undefined ? null : row[index] ?? null;
    }),
  );
}

function chaseErrorMessage(error: ChaseError, asOf: Serial, lang: Lang): string {
  const t = translator(taskpaneCatalog, lang);
  const field =
    error.field === "newPromised" ? t("newPromised") : error.field === "nextChase" ? t("nextChaseField") : error.field === "delayReason" ? t("delayReason") : t("dateField");
  const text = t(`err_${error.code}`, { field, date: formatIsoDate(asOf) });
  return error.row !== undefined ? `#${error.row}: ${text}` : text;
}
