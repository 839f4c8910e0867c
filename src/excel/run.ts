/**
 * The one way into Excel.run for code outside src/excel (the task pane, the playground): callers hand a
 * batch to runExcel and never name Office.js themselves. The batch gets a fresh RequestContext.
 */

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Runs one batch against the workbook (the host's Excel, or the in-memory Excel of the playground and tests). */
export function runExcel<T>(batch: ExcelBatch<T>): Promise<T> {
  return Excel.run(batch);
}

/**
 * Runs a batch in the RequestContext of an earlier batch, as Office.js asks for removing an event
 * handler that batch added (`Excel.run(eventResult.context, …)`).
 */
export function runExcelIn<T>(context: Excel.RequestContext, batch: ExcelBatch<T>): Promise<T> {
  return Excel.run(context, batch);
}
