/**
 * The workbook's settings for the PO.* custom functions, in the shared runtime (issue 10).
 *
 * - `loadFunctionSettings`: the settings in force, as the task pane and the report settle them
 *   (src/pipeline settleSettings over readSettingsSources: the stored record validated, the `Holidays`
 *   range merged in, the date order decided). ONE sync.
 * - `watchFunctionSettings`: calls back when they may have changed: the workbook's settings-changed
 *   event (SettingCollection.onSettingsChanged, ExcelApi 1.4), raised by whoever saves them — the task
 *   pane, the ribbon, another user of a shared workbook — and an edit of the sheet that holds the
 *   `Holidays` range (Worksheet.onChanged, ExcelApi 1.7). One sync, plus one when there is a Holidays range.
 * - `recalculateFunctions`: asks Excel for a full recalculation (Application.calculate(Full), ExcelApi
 *   1.1), so that non-volatile functions (PO.NEXTCHASE) are recalculated too. One sync.
 * - `followFunctionSettings`: the three together, started once by the runtime (commands/commands.ts):
 *   subscribe, load, put in force; on each callback load again and, only when an answer may change,
 *   recalculate. Reloads never overlap: callbacks during a reload make one more reload after it.
 *
 * What is not followed until the next settings save (or the next start of the add-in): a `Holidays`
 * name defined, redefined onto another sheet or deleted after start-up (Office.js has no event for
 * names). The functions answer with DESIGN.md's defaults until the first load has finished; the
 * recalculation after it corrects any answer given before.
 *
 * Known host limitation: Microsoft's own sample for this event (office-js-snippets,
 * samples/excel/30-events/events-workbook-and-worksheet-collection.yaml) says a bug keeps
 * SettingCollection.onSettingsChanged from firing when a setting is changed with the ExcelApi 1.4
 * settings API (settings.add, which src/excel/settingsStore.ts uses). So a save made in this runtime
 * (task pane, ribbon) also signals directly (settingsSaved.ts); a reload that finds nothing changed
 * does not recalculate, so the event and the signal arriving together cost one extra read at most.
 */
import type { Settings } from "../settings/settings";
import { settleSettings } from "../pipeline/settle";
import { HOLIDAYS_NAME } from "../workbook/holidays";
import { readSettingsSources } from "./readSources";
import { supportsExcelApi } from "./platform";
import { runExcel, runExcelIn } from "./run";
import { onSettingsSaved } from "./settingsSaved";

type Run = typeof runExcel;

/** The settings in force for the functions. One sync. */
export async function loadFunctionSettings(run: Run = runExcel): Promise<Settings> {
  return run(async (context) => settleSettings(await readSettingsSources(context)).settings);
}

/** Asks Excel to recalculate every formula of the open workbooks, custom functions included. One sync. */
export async function recalculateFunctions(run: Run = runExcel): Promise<void> {
  await run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}

/** Queues the look-up of the sheet holding the `Holidays` range; read() after the sync: its name, or null. */
function queueHolidaysSheet(context: Excel.RequestContext): { read(): string | null } {
  if (!supportsExcelApi("1.4")) return { read: () => null };
  const range = context.workbook.names.getItemOrNullObject(HOLIDAYS_NAME).getRangeOrNullObject();
  const sheet = range.worksheet.load("name"); // Excel names the sheet: no address to take apart
  return {
    read: () => {
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read -- deferred read: read() runs after the caller's sync
        return range.isNullObject ? null : sheet.name;
      } catch {
        return null;
      }
    },
  };
}

/**
 * Calls `onChange` after each change of the workbook's settings and each edit of the sheet holding the
 * `Holidays` range (any cell of that sheet: the range may grow or move within it). Returns the
 * function that unsubscribes (in the subscribing RequestContext, as Office.js requires). A host
 * without these events subscribes to nothing.
 */
export async function watchFunctionSettings(onChange: () => void, run: Run = runExcel): Promise<() => Promise<void>> {
  const handler = async (): Promise<void> => onChange();
  const stopSignal = onSettingsSaved(onChange);
  const subscribing = run(async (context) => {
    const handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
    if (supportsExcelApi("1.4")) handlers.push(context.workbook.settings.onSettingsChanged.add(handler));
    const holidays = queueHolidaysSheet(context);
    await context.sync();
    const sheet = holidays.read();
    if (sheet !== null && supportsExcelApi("1.7")) {
      try {
        const result = context.workbook.worksheets.getItem(sheet).onChanged.add(handler);
        await context.sync();
        handlers.push(result);
      } catch {
        // The sheet went away between the two syncs: only the settings are followed.
      }
    }
    return { context, handlers };
  });
  let subscribed: Awaited<typeof subscribing>;
  try {
    subscribed = await subscribing;
  } catch (error) {
    stopSignal();
    throw error;
  }
  let removed = false;
  return async () => {
    stopSignal();
    if (removed || subscribed.handlers.length === 0) return;
    removed = true;
    await runExcelIn(subscribed.context, async (context) => {
      for (const result of subscribed.handlers) result.remove();
      await context.sync();
    });
  };
}

export interface FunctionSettingsFollower {
  /** Loads the settings again and, when they changed, has Excel recalculate (the events call this). */
  reload(): Promise<void>;
  /** Stops following the workbook. */
  stop(): Promise<void>;
}

/**
 * Follows the workbook's settings for the functions: `apply` puts settings in force and says whether an
 * answer may change (functions/engine.ts setSettings). Subscribes first, so that a save between the
 * first load and the subscription is not missed; then loads (1 sync) and recalculates when `apply`
 * says so (1 sync). Errors are logged, never thrown into Excel's event loop.
 */
export async function followFunctionSettings(
  apply: (settings: Settings) => boolean,
  run: Run = runExcel,
): Promise<FunctionSettingsFollower> {
  let running: Promise<void> | null = null;
  let again = false;

  const reloadOnce = async (): Promise<void> => {
    if (apply(await loadFunctionSettings(run))) await recalculateFunctions(run);
  };

  const reload = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await reloadOnce();
        } catch (error) {
          console.error("PO functions: could not read the workbook's settings", error);
        }
      } while (again);
      running = null;
    })();
    return running;
  };

  let stop: () => Promise<void> = async () => undefined;
  try {
    stop = await watchFunctionSettings(() => void reload(), run);
  } catch (error) {
    console.error("PO functions: could not follow the workbook's settings", error);
  }
  await reload();
  return { reload, stop: () => stop() };
}
