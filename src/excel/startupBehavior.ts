/**
 * Whether PO Follow-up loads when this workbook opens: Office.addin's startup behaviour (SharedRuntime 1.1). On, the
 * shared runtime starts with the workbook, so the ribbon's Follow-up report works on the first click instead of
 * only starting the runtime (office-js#5176). Off is Office's default. The choice belongs to the document (it is
 * applied to each workbook and saved with it) and acts from the next time the workbook opens:
 * https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open,
 * https://learn.microsoft.com/javascript/api/office/office.addin (getStartupBehavior / setStartupBehavior),
 * https://learn.microsoft.com/javascript/api/office/office.startupbehavior (load = "Load", none = "None").
 *
 * manifest.xml requires SharedRuntime 1.1, so Excel never loads the add-in without it; the runtime check stays
 * (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements) because the
 * pane also runs where that requirement is not enforced (a plain browser, the playground). Nothing here throws on a
 * host without the set: the state says why the switch is unavailable.
 */

/** The parts of Office.js used here: the global Office in Excel, the in-memory Excel's stand-in in the playground. */
export interface OfficeStartupHost {
  addin: Pick<Office.Addin, "getStartupBehavior" | "setStartupBehavior">;
  StartupBehavior: Pick<typeof Office.StartupBehavior, "load" | "none">;
  context: { requirements: Pick<Office.RequirementSetSupport, "isSetSupported"> };
  /** The in-memory Excel (the playground): the choice is remembered there and only acts in Excel. */
  inMemory?: boolean;
}

/**
 * `available: false`: "needsSharedRuntime", the host lacks SharedRuntime 1.1; "notInExcel", there is no Office to ask
 * (a plain browser). `inMemory`: the playground's in-memory Excel remembers the choice; only Excel acts on it.
 */
export type StartupBehaviorState =
  { available: true; loadsWithWorkbook: boolean; inMemory: boolean } | { available: false; reason: "needsSharedRuntime" | "notInExcel" };

/** Office as this page has it, or null outside Office (no Office.addin, no requirement check). */
export function officeStartupHost(): OfficeStartupHost | null {
  // Office.js is a global script: absent in jest and the playground, present without a host in a plain browser.
  if (typeof Office === "undefined" || !Office.addin || !Office.context?.requirements) return null;
  return Office as unknown as OfficeStartupHost;
}

/** Reads the document's startup behaviour: Office.addin.getStartupBehavior(). */
export async function readStartupBehavior(host: OfficeStartupHost | null): Promise<StartupBehaviorState> {
  if (!host) return { available: false, reason: "notInExcel" };
  if (!host.context.requirements.isSetSupported("SharedRuntime", "1.1")) return { available: false, reason: "needsSharedRuntime" };
  const behavior = await host.addin.getStartupBehavior();
  return { available: true, loadsWithWorkbook: behavior === host.StartupBehavior.load, inMemory: host.inMemory === true };
}

/**
 * Sets it for this document, StartupBehavior.load (on) or .none (off), then reads it back, so the switch shows what
 * the document holds. A failure of the host's call is thrown (the pane shows it and keeps the switch as it was).
 */
export async function writeStartupBehavior(host: OfficeStartupHost | null, loadWithWorkbook: boolean): Promise<StartupBehaviorState> {
  if (!host) return { available: false, reason: "notInExcel" };
  if (!host.context.requirements.isSetSupported("SharedRuntime", "1.1")) return { available: false, reason: "needsSharedRuntime" };
  await host.addin.setStartupBehavior(loadWithWorkbook ? host.StartupBehavior.load : host.StartupBehavior.none);
  return readStartupBehavior(host);
}
