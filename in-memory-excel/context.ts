/**
 * The request context and the proxy base class: Office.js's batching model in miniature.
 * Proxies queue actions; sync() runs them in order against the document, fills in loaded
 * properties, counts the round trip and measures its payload.
 */
import { InMemoryExcelError } from "./errors";
import type { Rect } from "./address";
import { AppliedWrite, countGlobalSync, DataChangeTypeName, DEFAULT_CLIENT, InMemoryWorkbook, SheetData, SyncRecord } from "./store";
import { WorkbookProxy } from "./workbook";

interface Action {
  requestBytes: number;
  /** Number-format entries the action sends (see SyncRecord.numberFormatCells). */
  numberFormatCells: number;
  /** Runs against the document; returns the data sent back to the client (for payload accounting). */
  run(): unknown;
}

/** What one queued action carries, beyond its bytes. */
export interface ActionCounts {
  numberFormatCells?: number;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of JSON.stringify(value) (Excel on the web's payload measure), counted without building the string. */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  return jsonLength(value);
}

function jsonLength(value: unknown): number {
  if (value === null) return 4;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? numberLength(value) : 4; // NaN and ±Infinity are written null
    case "boolean":
      return value ? 4 : 5;
    case "string":
      return stringLength(value);
    case "object": {
      if (Array.isArray(value)) {
        let n = 2 + Math.max(0, value.length - 1);
        for (const item of value) n += item === undefined || typeof item === "function" ? 4 : jsonLength(item);
        return n;
      }
      if (typeof (value as { toJSON?: unknown }).toJSON === "function") return encoder.encode(JSON.stringify(value)).length;
      let n = 2;
      let first = true;
      for (const key of Object.keys(value as object)) {
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined || typeof item === "function") continue;
        n += (first ? 0 : 1) + stringLength(key) + 1 + jsonLength(item);
        first = false;
      }
      return n;
    }
    default:
      return encoder.encode(JSON.stringify(value) ?? "").length;
  }
}

function numberLength(n: number): number {
  if (Object.is(n, -0)) return 1; // JSON writes 0
  if (Number.isInteger(n) && Math.abs(n) < 1e21) {
    let length = n < 0 ? 1 : 0;
    let rest = Math.abs(n);
    do {
      length++;
      rest = Math.floor(rest / 10);
    } while (rest > 0);
    return length;
  }
  return String(n).length;
}

/** Quotes, escapes (\n is 2 bytes, other controls \u00XX 6), UTF-8 widths; a lone surrogate is written \uXXXX. */
function stringLength(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += c < 0x20 ? (c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6) : c === 34 || c === 92 ? 2 : 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else if (c >= 0xd800 && c < 0xe000) n += 6;
    else n += 3;
  }
  return n;
}

export class FakeRequestContext {
  readonly workbook: WorkbookProxy;
  /** Round trips made by this context. */
  syncCount = 0;
  readonly syncLog: SyncRecord[] = [];
  /** Office.js API surface the add-in may touch; no-ops here. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Action[] = [];
  private calculationSuspended = false;
  private written: AppliedWrite[] = [];
  private selectionChanged = false;
  private settingsChanged = false;
  /** During a sync with failedSyncFillsNothing: load results held back until the whole batch succeeded. */
  private fills: (() => void)[] | null = null;

  /**
   * @param client Which Excel client (one buyer's Excel session) this context belongs to. Contexts of two
   *   clients over one InMemoryWorkbook behave as two co-authors: each sync is applied whole at the moment
   *   it runs (another client's syncs land before or after it, never inside it), and change events reach
   *   every client's handlers, as source "Local" in the writer's own client and "Remote" in the others.
   */
  constructor(
    readonly document: InMemoryWorkbook,
    readonly client: string = DEFAULT_CLIENT,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  /**
   * Queues an action. `payload` is what Office.js would send in the request (JSON-measured); `sent` counts
   * what it carries for SyncRecord (number-format entries), counted whether or not bytes are measured.
   */
  enqueue(run: () => unknown, payload?: unknown, sent?: ActionCounts): void {
    this.queue.push({ run, requestBytes: this.measuring() ? jsonBytes(payload) : NaN, numberFormatCells: sent?.numberFormatCells ?? 0 });
  }

  /** Payload bytes are counted unless the workbook opted out and sets no limit (WorkbookOptions.measurePayloads). */
  private measuring(): boolean {
    return this.document.measurePayloads || this.document.payloadLimitBytes !== undefined;
  }

  suspendCalculation(): void {
    this.calculationSuspended = true;
  }

  recordWrite(sheet: SheetData, rect: Rect, changeType: DataChangeTypeName = "RangeEdited"): void {
    this.written.push({ sheet, rect, changeType, client: this.client });
    this.document.notifyWritten(sheet, rect);
  }

  recordSelection(): void {
    this.selectionChanged = true;
  }

  /** A setting was added, changed or deleted in this sync: settings.onSettingsChanged fires after it. */
  recordSettingsChange(): void {
    this.settingsChanged = true;
  }

  /** Fills loaded properties now, or (failedSyncFillsNothing) once the sync has succeeded. */
  deferFill(fill: () => void): void {
    if (this.fills) this.fills.push(fill);
    else fill();
  }

  /** Makes the next sync() reject with `error` (see InMemoryWorkbook.failNextSync). */
  failNextSync(error?: Error): void {
    this.document.failNextSync(error);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    this.syncCount++;
    this.document.syncCount++;
    countGlobalSync();
    const record: SyncRecord = {
      requestBytes: 0,
      responseBytes: 0,
      actions: actions.length,
      calculationSuspended: this.calculationSuspended,
      numberFormatCells: actions.reduce((sum, a) => sum + a.numberFormatCells, 0),
    };
    this.calculationSuspended = false;
    this.syncLog.push(record);
    this.document.syncLog.push(record);
    await Promise.resolve(); // a round trip is always asynchronous

    if (this.document.pendingFailure) {
      const failure = this.document.pendingFailure;
      this.document.pendingFailure = null;
      throw failure;
    }
    record.requestBytes = actions.reduce((sum, a) => sum + a.requestBytes, 0);
    const limit = this.document.payloadLimitBytes;
    if (limit !== undefined && record.requestBytes > limit) {
      throw new InMemoryExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${record.requestBytes} bytes) exceeds the limit.`,
      );
    }
    this.written = [];
    this.selectionChanged = false;
    this.settingsChanged = false;
    // Like Excel, actions run in order and are not rolled back when a later one fails.
    this.fills = this.document.failedSyncFillsNothing ? [] : null;
    try {
      if (this.measuring()) for (const action of actions) record.responseBytes += jsonBytes(action.run());
      else {
        for (const action of actions) action.run();
        record.responseBytes = NaN;
      }
      if (limit !== undefined && record.responseBytes > limit)
        throw new InMemoryExcelError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${record.responseBytes} bytes) exceeds the limit.`,
        );
    } catch (error) {
      this.fills = null; // a failed request's loads are never filled
      throw error;
    }
    const fills = this.fills ?? [];
    this.fills = null;
    for (const fill of fills) fill();
    this.fireEvents();
    return passThroughValue as T;
  }

  private fireEvents(): void {
    const written = this.written;
    const selectionChanged = this.selectionChanged;
    const settingsChanged = this.settingsChanged;
    // Office.js delivers events asynchronously, after the batch.
    setTimeout(() => {
      for (const write of written) this.document.fireWorksheetChanged(write.sheet, write.rect, write);
      if (selectionChanged) this.document.fireSelectionChanged();
      // Once per sync that changed settings; the handler reads them through a context of its own
      // (Office.js's sample syncs `args.settings.context`).
      if (settingsChanged) this.document.fireSettingsChanged({ settings: new FakeRequestContext(this.document).workbook.settings });
    }, 0);
  }
}
