/**
 * Puts the fake in place of Office.js: `globalThis.Excel = { run, RequestContext, … }`. Returns a
 * function that restores whatever was there before. Works in Node (jest) and in the browser (playground).
 */
import { FakeRequestContext } from "./context";
import { InMemoryExcelError } from "./errors";
import { InMemoryWorkbook } from "./store";

export interface InMemoryExcelGlobal {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => Excel.RequestContext;
  ErrorCodes: Record<string, string>;
  ConditionalFormatType: Record<string, string>;
  /** The document behind this installation. */
  workbook: InMemoryWorkbook;
}

/** The fake context seen through Office.js's types; src/excel only uses the members the fake has. */
export function asExcelContext(context: FakeRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

export function createContext(workbook: InMemoryWorkbook): FakeRequestContext {
  return new FakeRequestContext(workbook);
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
    /** Like Excel.run: the batch gets a fresh context; queued actions left at the end are synced once. */
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(workbook);
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
    workbook,
  };
  holder.Excel = fake;
  return () => {
    holder.Excel = previous;
  };
}

export { InMemoryExcelError };
