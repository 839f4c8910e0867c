/**
 * The playground: the real task pane (same App, same src/excel code) beside a grid of an in-memory
 * workbook. `?lines=20000` for a big register, `?lang=zh-CN&theme=dark`, `?asOf=2026-11-20` for a
 * fixed "today". `window.__playground` is the hook the browser tests use.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { AppStore } from "../taskpane/state/store";
import { currentEnvironment } from "../taskpane/state/environment";
import { excelServices } from "../taskpane/state/excelServices";
import { makeI18n } from "../taskpane/state/i18n";
import { fixedToday, systemToday, type Today } from "../taskpane/state/today";
import { readDateInput } from "../taskpane/state/dateInput";
import { installInMemoryExcel } from "../in-memory-excel/install";
import { inMemoryOffice } from "../in-memory-excel/addin";
import { InMemoryExcelError } from "../in-memory-excel/errors";
import type { InMemoryWorkbook } from "../in-memory-excel/store";
import { Grid } from "./Grid";
import { seedWorkbook } from "./seedWorkbook";

export interface PlaygroundHook {
  workbook: InMemoryWorkbook;
  /** Makes the next sync fail (nothing is written), as Excel does when the network drops. */
  failNextSync(message?: string): void;
  /** Every "Sheet!A1" the add-in wrote, in order. */
  written: string[];
}

declare global {
  interface Window {
    __playground?: PlaygroundHook;
  }
}

interface PlaygroundProps {
  /** The in-memory workbook, once `build` has run. */
  ready: Promise<InMemoryWorkbook>;
  /** Builds the workbook (once): called after the pane's first paint. */
  build: () => void;
  store: AppStore;
  env: ReturnType<typeof currentEnvironment>;
}

function Playground({ ready, build, store, env }: PlaygroundProps) {
  const { t } = makeI18n(env.lang);
  const [workbook, setWorkbook] = useState<InMemoryWorkbook | null>(null);
  const [version, setVersion] = useState(0);
  const [written, setWritten] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    afterFirstPaint(build); // the pane's first frame is on screen before the workbook is built
    void ready.then(setWorkbook);
  }, [ready, build]);
  useEffect(() => {
    if (!workbook) return;
    const bump = () => setVersion((v) => v + 1);
    const stopWrites = workbook.onCellsWritten((event) => {
      const added: string[] = [];
      for (let r = 0; r < event.rect.rows; r++) for (let c = 0; c < event.rect.cols; c++) added.push(`${event.sheet}!${colName(event.rect.col + c)}${event.rect.row + r + 1}`);
      window.__playground?.written.push(...added);
      setWritten((w) => new Set([...w, ...added]));
      bump();
    });
    workbook.selectionHandlers.add(bump);
    return () => {
      stopWrites();
      workbook.selectionHandlers.delete(bump);
    };
  }, [workbook]);
  // The workbook view is drawn once the pane has loaded: in Excel the grid is there already, so the
  // pane's first load should not wait behind the playground's own grid (layout of 20,000 rows).
  const paneLoaded = useSyncExternalStore(store.subscribe, () => store.getState().phase !== "loading");
  const [showGrid, setShowGrid] = useState(false);
  useEffect(() => {
    if (paneLoaded && !showGrid) afterFirstPaint(() => setShowGrid(true)); // after the pane's first frame, not in its commit
  }, [paneLoaded, showGrid]);
  return (
    <div className="playground">
      <div className="pane" role="complementary" aria-label={t("playgroundPane")}>
        <App store={store} env={env} />
      </div>
      {workbook && showGrid && (
        <Grid workbook={workbook} version={version} written={written} labels={{ workbook: t("playgroundWorkbook"), sheets: t("playgroundSheets") }} />
      )}
    </div>
  );
}

/** Performance entries the bench reads: the in-memory workbook built; each load() of the pane done. */
const PERF_SEED = "playground:seed";
const PERF_LOADED = "playground:loaded";

function colName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/*
 * No Office.onReady here: outside Office, the local office.js cannot load its helper scripts and may
 * never call back. The playground needs nothing from it: Excel is the in-memory one.
 */
function start(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const params = new URLSearchParams(location.search);
  const env = currentEnvironment();
  document.documentElement.lang = env.lang;
  document.title = makeI18n(env.lang).t("playgroundTitle");
  // `?asOf=` pins "today" (deterministic tests); without it the playground follows the clock like the pane.
  const fixedAsOf = readDateInput(params.get("asOf") ?? "");
  const today: Today = typeof fixedAsOf === "number" ? fixedToday(fixedAsOf) : systemToday;
  const asOf = today();
  const lines = Number(params.get("lines")) || undefined;
  // The task pane paints first; the workbook is built right after (a 20,000-line register takes a while),
  // and every Excel.run (src/excel's runExcel) waits for it. Selection events are the in-memory Excel's
  // workbook.onSelectionChanged, reached through src/excel like any other call. The build starts from the
  // Playground's first effect: counted from here, the frame after the script could come before React's
  // first commit, and the pane's first paint then waited behind the build.
  let buildWorkbook = (): void => undefined;
  let built: InMemoryWorkbook | null = null;
  const ready = new Promise<InMemoryWorkbook>((resolve) => {
    buildWorkbook = () => {
      buildWorkbook = () => undefined; // once
      const seedStart = performance.now();
      const workbook = seedWorkbook({ asOf, lines, lang: env.lang });
      // For `npm run bench` (scripts/bench-taskpane.js): the playground's own set-up, not the add-in's work.
      performance.measure(PERF_SEED, { start: seedStart, end: performance.now() });
      installInMemoryExcel(workbook);
      built = workbook;
      window.__playground = {
        workbook,
        failNextSync: (message = "The connection to the workbook was lost.") => workbook.failNextSync(new InMemoryExcelError("GeneralException", message)),
        written: [],
      };
      resolve(workbook);
    };
  });
  (globalThis as unknown as { Excel: unknown }).Excel = {
    // Excel.run(batch) and Excel.run(context, batch), forwarded to the in-memory Excel once it is installed.
    run: async (...args: unknown[]): Promise<unknown> => {
      await ready;
      return (Excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
    },
  };
  // No Office here to load the add-in with a workbook: the in-memory Excel remembers the Settings switch, and the pane says it acts in Excel.
  const services = excelServices({ startupHost: () => (built ? inMemoryOffice(built) : null) });
  const load = services.load.bind(services);
  services.load = async (asOf, lang) => {
    const snapshot = await load(asOf, lang);
    performance.mark(PERF_LOADED); // the workbook read and parsed (the bench's breakdown)
    return snapshot;
  };
  const store = new AppStore(services, today, env.lang);
  createRoot(container).render(<Playground ready={ready} build={() => buildWorkbook()} store={store} env={env} />);
}

/** Runs `task` once the browser has painted the next frame (rAF fires before paint; the timeout after it). */
function afterFirstPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

start();
