/**
 * Office.addin's startup behaviour (SharedRuntime 1.1), as the in-memory Excel offers it. Followed:
 * - https://learn.microsoft.com/javascript/api/office/office.addin — `getStartupBehavior(): Promise<Office.StartupBehavior>`
 *   ("Gets the current startup behavior for the add-in") and `setStartupBehavior(behavior): Promise<void>` ("Sets the
 *   startup behavior for the add-in for when the document is opened next time"), both SharedRuntime 1.1;
 * - https://learn.microsoft.com/javascript/api/office/office.startupbehavior — the values: `load = "Load"` (load the
 *   add-in but do not show UI), `none = "None"` (the add-in does not load until opened by the user);
 * - https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open — the choice has document scope
 *   (it must be applied to each document), the first open of a document never loads the add-in, and the choice acts
 *   from the next open on.
 *
 * So here: one behaviour per InMemoryWorkbook (a new workbook answers "None"), shared by every client of that
 * workbook, kept apart from any other workbook; both calls are asynchronous and touch no sync count (they are not
 * part of an Excel.run batch). `opensWithAddin(workbook)` is what the next open of the document would do.
 * Office's answer to a value outside the enum is not documented: the fake rejects it (the add-in never sends one).
 */
import { InMemoryExcelError } from "./errors";
import type { InMemoryWorkbook } from "./store";

export type StartupBehaviorValue = "Load" | "None";

/** Office.StartupBehavior's values (a string enum in Office.js). */
export const STARTUP_BEHAVIOR = { load: "Load", none: "None" } as const;

const behaviours = new WeakMap<InMemoryWorkbook, StartupBehaviorValue>();

/** The behaviour stored in this document ("None" until the add-in sets one). */
export function startupBehaviorOf(workbook: InMemoryWorkbook): StartupBehaviorValue {
  return behaviours.get(workbook) ?? "None";
}

/** Whether the add-in would load, without its task pane, the next time this document opens. */
export function opensWithAddin(workbook: InMemoryWorkbook): boolean {
  return startupBehaviorOf(workbook) === "Load";
}

export interface InMemoryAddin {
  getStartupBehavior(): Promise<StartupBehaviorValue>;
  setStartupBehavior(behavior: StartupBehaviorValue): Promise<void>;
}

/**
 * `Office.addin` of this document. `supported: false` is a host without SharedRuntime 1.1: Office.js (from the CDN)
 * still has the methods, the host cannot carry them out, so the promise is rejected.
 */
export function addinOf(workbook: InMemoryWorkbook, supported = true): InMemoryAddin {
  const refuse = () =>
    Promise.reject(
      new InMemoryExcelError("ApiNotFound", "Office.addin startup behaviour needs SharedRuntime 1.1; this host does not have it."),
    );
  return {
    async getStartupBehavior() {
      if (!supported) return refuse();
      return startupBehaviorOf(workbook);
    },
    async setStartupBehavior(behavior) {
      if (!supported) return refuse();
      if (behavior !== "Load" && behavior !== "None")
        throw new InMemoryExcelError("InvalidArgument", `Not an Office.StartupBehavior: ${String(behavior)}.`);
      behaviours.set(workbook, behavior);
    },
  };
}

/**
 * What src/excel/startupBehavior.ts takes as its Office (see OfficeStartupHost there): this document's Office.addin,
 * Office.StartupBehavior and a requirement check, marked as the in-memory one (the pane says the choice only acts in
 * Excel). For the playground, which loads no Office of its own to ask.
 */
export function inMemoryOffice(workbook: InMemoryWorkbook, sharedRuntime = true): InMemoryOffice {
  return {
    // Office's types name the enum; its values are these strings.
    addin: addinOf(workbook, sharedRuntime) as unknown as InMemoryOffice["addin"],
    StartupBehavior: STARTUP_BEHAVIOR as unknown as InMemoryOffice["StartupBehavior"],
    context: {
      requirements: { isSetSupported: (name: string, version = "1.1") => sharedRuntime && name === "SharedRuntime" && version === "1.1" },
    },
    inMemory: true,
  };
}

/** Office.addin, Office.StartupBehavior and the requirement check, seen through Office.js's types. */
export interface InMemoryOffice {
  addin: Pick<Office.Addin, "getStartupBehavior" | "setStartupBehavior">;
  StartupBehavior: Pick<typeof Office.StartupBehavior, "load" | "none">;
  context: { requirements: Pick<Office.RequirementSetSupport, "isSetSupported"> };
  inMemory: true;
}
