/** Workbook rules both adapters share (which table is the register, the settings record, Holidays, sheet ownership, names). */
export { sameName, findName } from "./names";
export { EXCEL_ROWS, EXCEL_COLUMNS } from "./excelGrid";
export { decideDateOrder, dateOrderFromPattern } from "./dateOrder";
export {
  SETTINGS_KEY,
  SETTINGS_VERSION,
  EMPTY_STORED_SETTINGS,
  parseStoredSettings,
  serializeSettings,
  type StoredSettings,
  type SettingsRecordProblem,
} from "./storedSettings";
export { HOLIDAYS_NAME, holidaySerial, holidaySerials, withHolidays } from "./holidays";
export {
  HEADER_SCAN_ROWS,
  chooseRegister,
  searchOrder,
  isOwnSheet,
  isOwnTable,
  isRegisterHeader,
  findHeaderRow,
  headerRowOf,
  type RegisterTarget,
  type RegisterLocation,
  type WorkbookInventory,
} from "./registerLocation";
export {
  OWNED_SHEETS_KEY,
  parseOwnedSheets,
  ownedIds,
  isOwnedByName,
  holdsOurTables,
  sheetOwnershipInFile,
  serializeOwnedSheets,
  planOwnSheet,
  type OwnedSheet,
  type OwnSheetPlan,
  type SheetOwnership,
} from "./ownedSheets";
