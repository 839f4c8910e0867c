/**
 * The task pane's state in one small store (no library): the register snapshot, the engine's statuses
 * for `asOf` (today, asked again on every load: the shared runtime outlives a day), the current view
 * and the selected line. Components read it with useAppState() and call
 * the actions; the actions call Services (workbook + engine). No business rule lives here.
 */
import { useSyncExternalStore } from "react";
import type { Serial } from "../../src/model";
import type { Settings } from "../../src/settings/settings";
import type { LineStatus } from "../../src/followup/types";
import type { Lang } from "../../src/i18n/i18n";
import type { FollowUpReportResult } from "../../commands/followUpReport";
import { translator } from "../../src/i18n/i18n";
import { taskpaneCatalog } from "../../src/i18n/catalogs/taskpane";
import { sheetPrefix } from "../../src/register/describeIssue";
import { sameName } from "../../src/workbook/names";
import type { Today } from "./today";
import type { ChaseDraft, RegisterCreation, SaveResult, Services, Snapshot } from "./services";
import type { ChaseFormText } from "./chaseFormText";
import { coauthoringCatalog } from "../../src/i18n/catalogs/coauthoring";

/** Another buyer's chase arrives as several change events within a moment: one reload after the last. */
export const REMOTE_RELOAD_DEBOUNCE_MS = 500;

export type View = "today" | "line" | "setup" | "settings" | "plan";

export interface AppState {
  phase: "loading" | "ready" | "setup" | "error";
  error: string | null;
  view: View;
  asOf: Serial;
  snapshot: Snapshot | null;
  /** Key of the line shown in the Line view. */
  selectedKey: string | null;
  /** The selection is in the workbook but not on a register row. */
  selectionOutside: boolean;
  /** A short message for the status bar ("3 chases logged."). */
  notice: string | null;
  /** The follow-up report command: running from the pane, and its last result (from the pane or the ribbon). */
  reportRunning: boolean;
  report: FollowUpReportResult | null;
}

type Listener = () => void;

export class AppStore {
  private state: AppState;
  private listeners = new Set<Listener>();
  private stopSelection: (() => void) | null = null;
  private stopReports: (() => void) | null = null;
  private stopRemote: (() => void) | null = null;
  private remoteTimer: ReturnType<typeof setTimeout> | null = null;
  /** What was typed in each line's chase form (kept across views and failed saves). */
  private forms = new Map<string, ChaseFormText>();

  constructor(
    readonly services: Services,
    private readonly today: Today,
    readonly lang: Lang,
  ) {
    this.state = {
      phase: "loading",
      error: null,
      view: "today",
      asOf: today(),
      snapshot: null,
      selectedKey: null,
      selectionOutside: false,
      notice: null,
      reportRunning: false,
      report: null,
    };
  }

  getState = (): AppState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<AppState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /**
   * Reads the workbook for today's date (the clock read once, here); goes to Set up when there is no
   * register. The day shown changes with the data, never before it: a failed read keeps the last day.
   */
  async load(): Promise<void> {
    const asOf = this.today();
    this.set({ phase: this.state.snapshot ? this.state.phase : "loading", error: null });
    try {
      const snapshot = await this.services.load(asOf, this.lang);
      if (!snapshot) {
        this.set({ phase: "setup", view: "setup", snapshot: null, asOf });
        return;
      }
      this.applySnapshot(snapshot);
      if (this.state.view === "setup" && this.state.phase !== "ready") this.set({ view: "today" });
      this.set({ phase: "ready" });
      void this.watchSelection();
      void this.watchReports();
      void this.watchRemoteChanges();
    } catch (error) {
      this.set({ phase: "error", error: messageOf(error) });
    }
  }

  /** The pipeline evaluated the snapshot at its own asOf: the pane shows that day, whatever the clock says since. */
  private applySnapshot(snapshot: Snapshot): void {
    this.set({ snapshot, asOf: snapshot.asOf });
  }

  /** Re-reads the workbook when the date moved on since the last load (the pane regains focus after midnight). */
  refreshIfNewDay = async (): Promise<void> => {
    if (this.today() !== this.state.asOf && this.state.phase !== "loading") await this.load();
  };

  /** The services' code for later actions (Services.preload), fetched in the background. */
  preload = (): Promise<void> => this.services.preload();

  setView = (view: View): void => this.set({ view, notice: null });

  dismissNotice = (): void => this.set({ notice: null });

  notify = (notice: string): void => this.set({ notice });

  /** Shows a line in the Line view and selects its row in the sheet. */
  openLine = (key: string): void => {
    this.set({ selectedKey: key, selectionOutside: false, view: "line", notice: null });
    const status = this.statusOf(key);
    const sheet = this.state.snapshot?.sheet;
    if (status && sheet) void this.services.selectCell(`${sheetPrefix(status.line.sheet ?? sheet)}A${status.line.sheetRow}`).catch(() => undefined);
  };

  statusOf(key: string | null): LineStatus | undefined {
    if (!key) return undefined;
    return this.state.snapshot?.statuses.find((s) => s.line.key === key);
  }

  /** Follows the workbook selection: the Line view shows the register row under the active cell. */
  private async watchSelection(): Promise<void> {
    if (this.stopSelection) return;
    this.stopSelection = () => undefined; // reserve: load() may run again before the promise resolves
    try {
      this.stopSelection = await this.services.onSelectionChanged(() => void this.syncSelection());
    } catch {
      this.stopSelection = null;
    }
  }

  /**
   * Another buyer changed the register or the chase log: reload once their burst of writes is over (a
   * chase is one batch of several changes; each raises an event) and say why the pane changed.
   */
  private async watchRemoteChanges(): Promise<void> {
    if (this.stopRemote || !this.services.onRemoteChanges) return;
    this.stopRemote = () => undefined;
    try {
      this.stopRemote = await this.services.onRemoteChanges(() => {
        if (this.remoteTimer !== null) clearTimeout(this.remoteTimer);
        this.remoteTimer = setTimeout(() => {
          this.remoteTimer = null;
          void this.load().then(() => {
            if (this.state.phase === "ready") this.notify(translator(coauthoringCatalog, this.lang)("reloadedForOther"));
          });
        }, REMOTE_RELOAD_DEBOUNCE_MS);
      });
    } catch {
      this.stopRemote = null;
    }
  }

  /** Shows the report command's results, including runs from the ribbon (shared runtime). */
  private async watchReports(): Promise<void> {
    if (this.stopReports) return;
    this.stopReports = () => undefined;
    try {
      this.stopReports = await this.services.watchReports((report) => this.set({ report }));
    } catch {
      this.stopReports = null;
    }
  }

  /** Writes the Customer impact sheet from the pane's snapshot; undefined when there is nothing to write (no sales-order column). */
  writeCustomerImpact = async (): Promise<{ sheet: string; clashWith: string | null } | null | undefined> => {
    const snapshot = this.state.snapshot;
    if (!snapshot?.customerImpact || !this.services.writeCustomerImpact) return undefined;
    return this.services.writeCustomerImpact(snapshot, this.lang);
  };

  /** Runs the follow-up report command; its message (success, problems, failure) ends up in state.report. */
  runReport = async (): Promise<void> => {
    if (this.state.reportRunning) return;
    this.set({ reportRunning: true });
    try {
      // The report is for the day the pane shows, not a second reading of the clock.
      const report = await this.services.runReport(this.lang, this.state.asOf);
      this.set({ report, reportRunning: false });
    } catch (error) {
      // runReport never throws; a failure to load its code is reported like a failed run.
      this.set({
        reportRunning: false,
        report: {
          ok: false,
          reason: "failed",
          message: messageOf(error),
          syncs: 0,
          bytesRead: 0,
          bytesWritten: 0,
          largestRequest: 0,
          issueCount: 0,
          firstIssues: [],
        },
      });
    }
  };

  async syncSelection(): Promise<void> {
    const snapshot = this.state.snapshot;
    if (!snapshot) return;
    try {
      const cell = await this.services.selectedCell();
      // A register kept on several sheets (monthly tabs): each line names its own sheet, else the register's.
      const status = this.state.snapshot?.statuses.find(
        (s) => s.line.sheetRow === cell.row && sameName(s.line.sheet ?? snapshot.sheet, cell.sheet),
      );
      if (status) this.set({ selectedKey: status.line.key, selectionOutside: false });
      else this.set({ selectionOutside: true });
    } catch {
      // A selection we cannot read leaves the Line view as it is.
    }
  }

  /** Logs one chase on each of the lines; on success re-reads the workbook. */
  async logChases(lines: readonly LineStatus[], draft: ChaseDraft, doneMessage: (count: number) => string): Promise<SaveResult> {
    // A chase is dated today, and judged on today's statuses: re-read first when the day changed.
    if (this.today() !== this.state.asOf) {
      await this.load();
      // A re-read that failed leaves yesterday's statuses: nothing is logged on them.
      if (this.state.phase === "error") return { ok: false, message: this.state.error ?? "" };
      lines = lines.map((l) => this.statusOf(l.line.key)).filter((s): s is LineStatus => s !== undefined);
    }
    const snapshot = this.state.snapshot;
    if (!snapshot) return { ok: false, message: translator(taskpaneCatalog, this.lang)("err_noRegister") };
    const result = await this.services.logChases(snapshot, lines, draft, this.state.asOf, this.lang);
    if (result.ok) {
      await this.load();
      this.set({ notice: result.warning ?? doneMessage(result.count) });
    } else if (result.reload) {
      await this.load(); // the form keeps its text: the buyer checks the line and saves again
    }
    return result;
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.services.saveSettings(settings);
    await this.load();
  }

  /** Creates the register; on success shows it on Today with a message. A refusal leaves the pane where it is. */
  async createRegister(withSample: boolean): Promise<RegisterCreation> {
    const creation = await this.services.createRegister(withSample, this.lang, this.today());
    if (!creation.registerCreated) return creation;
    this.set({ view: "today" });
    await this.load();
    if (this.state.phase === "ready") this.notify(translator(taskpaneCatalog, this.lang)("created"));
    return creation;
  }

  /** What was typed on a line and not saved yet; null: nothing (the form starts from the line). */
  formOf(key: string): ChaseFormText | null {
    return this.forms.get(key) ?? null;
  }

  keepForm(key: string, text: ChaseFormText): void {
    this.forms.set(key, text);
  }

  forgetForm(key: string): void {
    this.forms.delete(key);
  }

  dispose(): void {
    this.stopSelection?.();
    this.stopReports?.();
    this.stopRemote?.();
    if (this.remoteTimer !== null) clearTimeout(this.remoteTimer);
    this.listeners.clear();
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function useAppState(store: AppStore): AppState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
