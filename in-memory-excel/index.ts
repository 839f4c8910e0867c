/**
 * In-memory Excel: a typed fake of the subset of the Excel JavaScript API that src/excel uses,
 * enforcing Office.js semantics (load + sync before reading, writes applied at sync, every sync counted,
 * payload sizes measured). See README.md.
 */
export { InMemoryWorkbook, diffSnapshots, globalSyncCount, sheetFingerprint } from "./store";
export { chartsOf, type ChartData, type ChartSeriesData, type RangeRef } from "./chart";
export { defineName, namesOf, type NamedItemData } from "./names";
export { pageLayoutOf, type PageLayoutData } from "./pageLayout";
export type { CalculationTypeName, Cell, CellValue, CellsWrittenEvent, SettingsChangedArgs, SheetData, SyncRecord, TableData, WorkbookOptions } from "./store";
export type { DataChangeTypeName, EventSourceName, TableChangedArgs, WorksheetChangedArgs } from "./store";
export { FakeRequestContext, jsonBytes } from "./context";
export { InMemoryExcelError } from "./errors";
export { installInMemoryExcel, asExcelContext, createContext } from "./install";
export { rectToAddress, parseA1, columnLetters } from "./address";
export { calculateCustomFunction, type Calculation, type FormulaArgument, type FunctionsMetadata } from "./customFunctions";
export { protectSheet } from "./protection";
export { addinOf, inMemoryOffice, opensWithAddin, startupBehaviorOf, STARTUP_BEHAVIOR, type InMemoryAddin, type InMemoryOffice, type StartupBehaviorValue } from "./addin";
