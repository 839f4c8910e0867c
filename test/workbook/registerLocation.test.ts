/**
 * src/workbook/registerLocation.ts: which table or sheet is the register, and which of its rows is the
 * header: one rule for the add-in and the headless runner.
 */
import {
  HEADER_SCAN_ROWS,
  chooseRegister,
  findHeaderRow,
  headerRowOf,
  isOwnSheet,
  isOwnTable,
  isRegisterHeader,
  searchOrder,
  type WorkbookInventory,
} from "../../src/workbook/registerLocation";

const HEADER = ["PO number", "Supplier", "Promised date", "Ordered qty"];
const LINE = ["PO-1", "Acme", 46339, 5];

/** `titles` title rows (a title, then blanks and notes), the header, two lines. */
function sheetWithTitles(titles: number, header: readonly unknown[] = HEADER): unknown[][] {
  const above = Array.from({ length: titles }, (_, i) => (i === 0 ? ["Open purchase orders"] : i % 2 ? [] : [`Note ${i}`, "", ""]));
  return [...above, [...header], [...LINE], ["PO-2", "Bolt", 46340, 7]];
}

describe("isRegisterHeader: a row naming every required field", () => {
  test("PO, supplier, ordered quantity and a due date (requested or promised)", () => {
    expect(isRegisterHeader(HEADER)).toBe(true);
    expect(isRegisterHeader(["PO number", "Supplier", "Requested date", "Ordered qty"])).toBe(true);
    expect(isRegisterHeader(["PO number", "Supplier", "Ordered qty"])).toBe(false); // no due date
    expect(isRegisterHeader(["PO number", "Promised date", "Ordered qty"])).toBe(false); // no supplier
    expect(isRegisterHeader(LINE)).toBe(false);
    expect(isRegisterHeader(["Open purchase orders"])).toBe(false);
    expect(isRegisterHeader([])).toBe(false);
  });
});

describe("findHeaderRow: the header under title rows, within the first HEADER_SCAN_ROWS rows", () => {
  test("HEADER_SCAN_ROWS is 50", () => {
    expect(HEADER_SCAN_ROWS).toBe(50);
  });

  test("no title row: row 0", () => {
    expect(findHeaderRow(sheetWithTitles(0))).toBe(0);
  });

  test("under 1 title row: row 1 (sheet row 2)", () => {
    expect(findHeaderRow(sheetWithTitles(1))).toBe(1);
  });

  test("under 30 title rows: row 30 (sheet row 31)", () => {
    expect(findHeaderRow(sheetWithTitles(30))).toBe(30);
  });

  test("the last row searched is sheet row 50; a header at sheet row 51 is not found", () => {
    expect(findHeaderRow(sheetWithTitles(49))).toBe(49); // sheet row 50
    expect(findHeaderRow(sheetWithTitles(50))).toBe(-1); // sheet row 51
  });

  test("no header at all, or no rows: -1", () => {
    expect(findHeaderRow([["a", "b"], [1, 2]])).toBe(-1);
    expect(findHeaderRow([])).toBe(-1);
  });

  test("the first recognised row wins (a second header further down is data to the parser)", () => {
    const values = [["Title"], HEADER, LINE, HEADER];
    expect(findHeaderRow(values)).toBe(1);
  });

  test("a buyer's own headers are found through the saved mapping, and only through it", () => {
    const own = ["Bestellnummer", "Lieferant", "Liefertermin", "Menge"];
    const mapping = { poNumber: "Bestellnummer", supplier: "lieferant", promisedDate: "Liefertermin", orderedQty: "Menge" };
    const values = sheetWithTitles(3, own);
    expect(findHeaderRow(values)).toBe(-1);
    expect(findHeaderRow(values, mapping)).toBe(3);
    expect(isRegisterHeader(own, mapping)).toBe(true);
    // A mapping that names only some fields: the rest must still be recognised by detection.
    expect(findHeaderRow(sheetWithTitles(2, ["Bestellnummer", "Supplier", "Promised date", "Ordered qty"]), { poNumber: "Bestellnummer" })).toBe(2);
  });

  test("a mapping that says 'not mapped' for a required field keeps that row from being the header", () => {
    expect(findHeaderRow(sheetWithTitles(1), { supplier: "" })).toBe(-1);
  });
});

describe("headerRowOf: a table's header is its first row; a sheet's is the recognised row, else row 0", () => {
  test("a table: row 0, whatever its first row says", () => {
    expect(headerRowOf(sheetWithTitles(3), true)).toBe(0);
  });

  test("a sheet: the recognised row", () => {
    expect(headerRowOf(sheetWithTitles(3), false)).toBe(3);
    expect(headerRowOf(sheetWithTitles(30), false)).toBe(30);
  });

  test("a sheet without a recognised header: row 0 (the check then lists the missing fields)", () => {
    expect(headerRowOf(sheetWithTitles(50), false)).toBe(0);
    expect(headerRowOf([["a"], ["b"]], false)).toBe(0);
    expect(headerRowOf([], false)).toBe(0);
  });

  test("through the mapping", () => {
    const own = ["Ref", "Vendor", "When", "Amount"];
    const mapping = { poNumber: "Ref", supplier: "Vendor", promisedDate: "When", orderedQty: "Amount" };
    expect(headerRowOf(sheetWithTitles(4, own), false, mapping)).toBe(4);
    expect(headerRowOf(sheetWithTitles(4, own), false)).toBe(0);
  });
});

describe("chooseRegister: picked, then saved, then a table named Register", () => {
  const inventory: WorkbookInventory = {
    tables: ["Register", "MyPOs", "Chases"],
    sheets: ["Register", "Export", "Chase log"],
    registerTable: "MyPOs",
    registerSheet: "Export",
  };

  test("1. the table the buyer picked (any case; the name as the workbook spells it)", () => {
    expect(chooseRegister(inventory, { tableName: "mypos", sheetName: "Export" })).toEqual({ kind: "table", table: "MyPOs" });
  });

  test("2. the sheet the buyer picked, when no table was picked or it is gone", () => {
    expect(chooseRegister(inventory, { sheetName: "EXPORT" })).toEqual({ kind: "sheet", sheet: "Export" });
    expect(chooseRegister(inventory, { tableName: "Gone", sheetName: "export" })).toEqual({ kind: "sheet", sheet: "Export" });
  });

  test("3. the table saved in the settings", () => {
    expect(chooseRegister(inventory)).toEqual({ kind: "table", table: "MyPOs" });
    expect(chooseRegister(inventory, { tableName: "Gone", sheetName: "Gone" })).toEqual({ kind: "table", table: "MyPOs" });
  });

  test("4. the sheet saved in the settings, when no table is saved or it is gone", () => {
    expect(chooseRegister({ ...inventory, registerTable: null })).toEqual({ kind: "sheet", sheet: "Export" });
    expect(chooseRegister({ ...inventory, registerTable: "Deleted" })).toEqual({ kind: "sheet", sheet: "Export" });
  });

  test("5. a table named Register (any case)", () => {
    expect(chooseRegister({ ...inventory, registerTable: null, registerSheet: null })).toEqual({ kind: "table", table: "Register" });
    expect(chooseRegister({ tables: ["REGISTER"], sheets: [], registerTable: null, registerSheet: "Gone" })).toEqual({ kind: "table", table: "REGISTER" });
  });

  test("none of these: null (a sheet named Register is not taken without a search)", () => {
    expect(chooseRegister({ tables: ["Orders"], sheets: ["Register"], registerTable: null, registerSheet: null })).toBeNull();
    expect(chooseRegister({ tables: [], sheets: [], registerTable: null, registerSheet: null }, { tableName: "x", sheetName: "y" })).toBeNull();
  });
});

describe("searchOrder: the headless runner's search when nothing was chosen", () => {
  test("a sheet named Register first, then the others in workbook order, the add-in's own sheets never", () => {
    const sheets = ["Follow-up 2026-W47", "KPI", "Data", "Chase log", "register", "Notes", "FOLLOW-UP 2026-W48", "kpi"];
    expect(searchOrder(sheets)).toEqual(["register", "Data", "Notes"]);
  });

  test("without a Register sheet: the others in order", () => {
    expect(searchOrder(["Notes", "KPI", "Data"])).toEqual(["Notes", "Data"]);
    expect(searchOrder(["KPI", "Chase log"])).toEqual([]);
  });

  test("a name that only starts like ours is the buyer's", () => {
    expect(searchOrder(["Follow-ups", "KPI 2025", "Chase log old"])).toEqual(["Follow-ups", "KPI 2025", "Chase log old"]);
  });
});

describe("own tables and sheets", () => {
  test("the Chases and KpiHistory tables are never the register", () => {
    for (const name of ["Chases", "chases", "KpiHistory", "KPIHISTORY"]) expect(isOwnTable(name)).toBe(true);
    for (const name of ["Register", "MyPOs", "Chases2"]) expect(isOwnTable(name)).toBe(false);
  });

  test("report sheets (Follow-up …), KPI and Chase log are the add-in's own", () => {
    for (const name of ["Follow-up 2026-W47", "follow-up 2026-11", "KPI", "Kpi", "Chase log", "CHASE LOG"]) expect(isOwnSheet(name)).toBe(true);
    for (const name of ["Register", "Follow-ups", "KPIs", "Chase log (2)"]) expect(isOwnSheet(name)).toBe(false);
  });
});
