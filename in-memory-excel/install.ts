/**
 * Puts the fake in place of Office.js: `globalThis.Excel = { run, RequestContext, … }`. Returns a
 * function that restores whatever was there before. Works in Node (jest) and in the browser (playground).
 */
import { FakeRequestContext } from "./context";
import { InMemoryExcelError } from "./errors";
import { InMemoryWorkbook } from "./store";

export interface InMemoryExcelGlobal {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run(object, batch): the batch reuses the RequestContext of an earlier batch (e.g. to remove an event handler). */
  run<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => Excel.RequestContext;
  ErrorCodes: Record<string, string>;
  ConditionalFormatType: Record<string, string>;
  /** Excel.CalculationType, for application.calculate (ExcelApi 1.1). */
  CalculationType: { recalculate: "Recalculate"; full: "Full"; fullRebuild: "FullRebuild" };
  /** The document behind this installation. */
  workbook: InMemoryWorkbook;
}

/** The fake context seen through Office.js's types; src/excel only uses the members the fake has. */
export function asExcelContext(context: FakeRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

/** A context of `client` (see FakeRequestContext): two clients over one workbook are two co-authoring buyers. */
export function createContext(workbook: InMemoryWorkbook, client?: string): FakeRequestContext {
  return new FakeRequestContext(workbook, client);
}

export function installInMemoryExcel(workbook: InMemoryWorkbook): () => void {
  const holder = globalThis as unknown as { Excel?: unknown };
  const previous = holder.Excel;
  class RequestContext extends FakeRequestContext {
    constructor() {
      super(workbook);
    }
  }
  const fake: InMemoryExcelGlobal = {
    /**
     * Like Excel.run: the batch gets a fresh context, or the context passed first (Excel.run(context, batch));
     * queued actions left at the end are synced once.
     */
    async run<T>(first: Excel.RequestContext | ((context: Excel.RequestContext) => Promise<T>), second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const batch = typeof first === "function" ? first : second;
      if (!batch) throw new InMemoryExcelError("InvalidArgument", "Excel.run needs a batch function.");
      const context = typeof first === "function" ? new FakeRequestContext(workbook) : (first as unknown as FakeRequestContext);
      if (!(context instanceof FakeRequestContext)) throw new InMemoryExcelError("InvalidArgument", "Excel.run(context, batch) needs a context of this workbook.");
      const result = await batch(asExcelContext(context));
      if (context.pendingActions > 0) await context.sync();
      return result;
    },
    RequestContext: RequestContext as unknown as new () => Excel.RequestContext,
    ErrorCodes: {
      invalidArgument: "InvalidArgument",
      itemNotFound: "ItemNotFound",
      itemAlreadyExists: "ItemAlreadyExists",
      propertyNotLoaded: "PropertyNotLoaded",
      generalException: "GeneralException",
      invalidReference: "InvalidReference",
      invalidOperation: "InvalidOperation",
    },
    ConditionalFormatType: { custom: "Custom", cellValue: "CellValue", dataBar: "DataBar", colorScale: "ColorScale", iconSet: "IconSet" },
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    workbook,
  };
  holder.Excel = fake;
  return () => {
    holder.Excel = previous;
  };
}

export { InMemoryExcelError };
