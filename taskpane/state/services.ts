/**
 * What the task pane needs from the workbook and the engine, as one interface. The real implementation
 * (excelServices.ts) calls src/excel and the engine; component tests pass a fake. Components never see
 * Office.js: they call the store, the store calls these.
 */
import type { Channel, ChaseEntry, Outcome, Serial } from "../../src/model";
import type { Settings } from "../../src/settings/settings";
import type { ParsedRegister } from "../../src/register/parseRegister";
import type { ColumnOverride } from "../../src/register/detectColumns";
import type { LineStatus } from "../../src/followup/types";
import type { Prediction } from "../../src/predict/predictArrival";
import type { SalesOrderImpact } from "../../src/impact/customerImpact";
import type { Lang } from "../../src/i18n/i18n";
import type { FollowUpReportResult } from "../../commands/followUpReport";
import type { StartupBehaviorState } from "../../src/excel/startupBehavior";

/** What "Create register" did. */
export interface RegisterCreation {
  registerCreated: boolean;
  /** Sheets or tables not created because that name exists (left as they are). */
  refused: string[];
}

/** A place the register can live: a table, or the used range of a sheet. */
export type SourceRef = { kind: "table"; table: string } | { kind: "sheet"; sheet: string };

/** The register as read and evaluated by the pipeline (src/pipeline) at one asOf. */
export interface Snapshot {
  sheet: string;
  tableName: string | null;
  asOf: Serial;
  parsed: ParsedRegister;
  chases: ChaseEntry[];
  /** Every line's status at asOf (the settled lines' worked out when first read: src/pipeline `settledLater`). */
  statuses: LineStatus[];
  /** The statuses of the lines followed up (open, partial), known at once: all Today's list reads (src/pipeline followedOf). */
  followed: LineStatus[];
  /** Predicted arrival of an open line (the pipeline's, src/predict), worked out for all lines on first use; absent in older fakes. */
  predictionOf?: (lineKey: string) => Prediction | undefined;
  /** Sales orders fed by open lines (the pipeline's, src/impact); absent without a sales-order column. */
  customerImpact?: SalesOrderImpact[];
  /** The rules in force: the saved settings plus the workbook's `Holidays` range, date order decided. */
  settings: Settings;
  /** The settings exactly as saved, for the Settings view (so the range's dates are not copied into them). */
  savedSettings: Settings;
  /** Saved settings that were not usable (each replaced by its default), as sentences for the buyer. */
  settingsProblems: string[];
}

/** What the buyer typed in the chase form (dates already read as serials). */
export interface ChaseDraft {
  channel: Channel;
  contact: string;
  outcome: Outcome;
  newPromised: Serial | null;
  delayReason: string | null;
  stage: string | null;
  note: string;
  nextChase: Serial | null;
  /** Shipment and receipt facts typed with the chase (only those given; written where the register has the column). */
  shipment?: ShipmentDraft;
}

/** The chase form's shipment and receipt fields, read (see taskpane/state/shipmentFormText.ts). */
export interface ShipmentDraft {
  shipDate?: Serial;
  eta?: Serial;
  carrier?: string;
  tracking?: string;
  acceptedQty?: number;
  rejectedQty?: number;
}

/**
 * `reload`: the workbook changed under the pane (rows sorted or inserted, another buyer's chase); read it
 * again before retrying. `warning`: saved, but another buyer's value was replaced at the same moment.
 */
export type SaveResult = { ok: true; count: number; warning?: string } | { ok: false; message: string; reload?: boolean };

export interface Services {
  /** Reads the register, chase log and settings and evaluates them at asOf; null when there is no register yet (→ Set up). */
  load(asOf: Serial, lang: Lang): Promise<Snapshot | null>;
  /** Fetches the code later actions need (writing a chase), once the first view is up: a first chase never waits, offline too. */
  preload(): Promise<void>;
  /** Tables and sheets that could hold a register. */
  sources(): Promise<SourceRef[]>;
  /** Reads a candidate register with a mapping override, for the Set up view. */
  preview(source: SourceRef, override: ColumnOverride): Promise<ParsedRegister>;
  /** Saves the chosen table and mapping in the workbook. */
  useSource(source: SourceRef, override: ColumnOverride, headers: readonly string[]): Promise<void>;
  /**
   * Builds the Register and Chases tables, optionally with sample rows. A sheet or table of either
   * name that exists is left untouched and named in `refused`; the pane reads the new register only
   * when it was created.
   */
  createRegister(withSample: boolean, lang: Lang, asOf: Serial): Promise<RegisterCreation>;
  saveSettings(settings: Settings): Promise<void>;
  /** Logs the same chase on each line (one batch); never throws: a failure comes back as a message. */
  logChases(snapshot: Snapshot, lines: readonly LineStatus[], draft: ChaseDraft, asOf: Serial, lang: Lang): Promise<SaveResult>;
  /** Selects a cell such as "Register!F12". */
  selectCell(address: string): Promise<void>;
  /** The sheet and 1-based row of the active cell. */
  selectedCell(): Promise<{ sheet: string; row: number }>;
  /**
   * Calls back when another buyer (another Excel session) changes the register or the chase log, as of the
   * last load; returns a function that stops listening. Optional: fakes without it never call back.
   */
  onRemoteChanges?(handler: () => void): Promise<() => void>;
  /** Calls back when the selection moves; returns a function that stops listening. */
  onSelectionChanged(handler: () => void): Promise<() => void>;
  /** Runs the follow-up report command (report sheet + KPI sheet); never throws: failures come back as a result with a message. */
  runReport(lang: Lang, asOf: Serial): Promise<FollowUpReportResult>;
  /** Calls back with the command's last result in this runtime (e.g. from the ribbon) and each later one; returns a function that stops listening. */
  watchReports(listener: (result: FollowUpReportResult) => void): Promise<() => void>;
  /** The engine's chase date suggestion for a draft (next level's date, min gap…), for the form. */
  suggestNextChase(snapshot: Snapshot, line: LineStatus, draft: ChaseDraft, asOf: Serial): Serial | null;
  /** Writes the Customer impact sheet (a sheet the add-in owns) from the snapshot; the sheet's name, or null when no name was free. Optional in fakes. */
  writeCustomerImpact?(snapshot: Snapshot, lang: Lang): Promise<{ sheet: string; clashWith: string | null } | null>;
  /** Whether the add-in loads when this workbook opens (Office.addin startup behaviour), or why that is unavailable. Optional in fakes. */
  startupBehavior?(): Promise<StartupBehaviorState>;
  /** Sets it for this workbook (on: load, off: none) and returns it read back; throws when the host refused. */
  setStartupBehavior?(loadWithWorkbook: boolean): Promise<StartupBehaviorState>;
}
