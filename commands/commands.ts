/**
 * Ribbon commands (ExecuteFunction). Registered by name with Office.actions.associate; the names must
 * match <FunctionName> in manifest.xml (a test checks). Each handler always calls event.completed().
 *
 * This is also the shared runtime's start-up without a UI (the page loads it with the functions and the
 * task pane, whether or not the pane is open), so it starts the PO.* functions' settings here: load the
 * workbook's settings, follow their changes, recalculate (src/excel/functionSettings.ts).
 */
import { followFunctionSettings } from "../src/excel/functionSettings";
import { setSettings } from "../functions/engine";

export const RIBBON_COMMANDS = {
  buildFollowUpReport: async (event: Office.AddinCommands.Event) => {
    try {
      // Loaded on first click: the report code stays out of the page's start-up bundles.
      const { runFollowUpReport } = await import(/* webpackChunkName: "report" */ "./followUpReport");
      await runFollowUpReport();
    } catch (error) {
      // The command reports its own failures to the user; this only guards the ribbon from hanging.
      console.error("Follow-up report failed", error);
    } finally {
      event.completed();
    }
  },
} as const;

export function registerRibbonCommands(): void {
  for (const [name, handler] of Object.entries(RIBBON_COMMANDS)) {
    Office.actions.associate(name, handler);
  }
}

Office.onReady(() => {
  registerRibbonCommands();
  // The PO.* functions answer with the workbook's settings from here on (errors are logged there).
  void followFunctionSettings(setSettings);
});
