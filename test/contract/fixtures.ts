/**
 * Fixture workbooks for the adapter contract, each built once as an in-memory Excel workbook (what the
 * add-in sees) and written to .xlsx from it (toXlsx.ts). Dates are hand-placed serials:
 * 46023 = Thu 2026-01-01, so Sun 2026-11-01 = 46023 + 304 = 46327; Fri 2026-11-20 = 46346 (asOf).
 * A 1904 workbook stores each date 1462 lower.
 */
import { InMemoryWorkbook, defineName, type CellValue } from "../../in-memory-excel";
import { chaseEntryToRow, chaseLogHeaders } from "../../src/register/chaseLog";
import { chaseEntry } from "../fixtures/chaseEntry";
import { serializeSettings, EMPTY_STORED_SETTINGS, SETTINGS_KEY } from "../../src/workbook/storedSettings";
import { sampleChaseLog, sampleRegister } from "../../src/sample";
import { columnLetter } from "../../src/register/columnLetter";

export const AS_OF = 46346; // Fri 2026-11-20
export const WED_18 = 46344;
export const THU_19 = 46345;
export const WED_25 = 46351;
export const THU_26 = 46352;
export const FRI_27 = 46353;
export const XMAS = 46381; // Fri 2026-12-25: 46327 + 24 + 30

export interface Fixture {
  name: string;
  build(): InMemoryWorkbook;
}

const DATE = "yyyy-mm-dd";

function settingsRecord(fields: Record<string, unknown>): string {
  // A record as the add-in saves it, with raw (possibly invalid) values: the pipeline must validate them.
  return JSON.stringify({ ...JSON.parse(serializeSettings(EMPTY_STORED_SETTINGS)), ...fields });
}

/** A chase log table "Chases" on "Chase log", rows as the add-in writes them. */
function addChaseLog(doc: InMemoryWorkbook, rows: CellValue[][]): void {
  doc.addSheet("Chase log");
  const header = chaseLogHeaders("en");
  doc.seed("Chase log", "A1", [header, ...rows]);
  doc.seedTable("Chase log", `A1:${columnLetter(header.length - 1)}${1 + rows.length}`, "Chases");
}

/**
 * A hand-made register on sheet "POs": two title lines and a blank row above the header (row 4), a
 * column "Maker" that only the saved mapping names as the supplier, a bad quantity, an ambiguous text
 * date; a `Holidays` name; saved settings with one invalid key; a manager's own "KPI" sheet; 1904 dates.
 */
export const handMade1904: Fixture = {
  name: "hand-made register under title rows, 1904, saved mapping, Holidays, a manager's KPI sheet",
  build() {
    const doc = new InMemoryWorkbook({ date1904: true, shortDatePattern: "" });
    const d = (serial: number) => serial - 1462;
    doc.addSheet("POs");
    doc.seed("POs", "A1", [["Open purchase orders — Acme Trading"], ["Updated every Friday"]]);
    const header = ["PO No.", "Line", "Maker", "Order date", "Need by", "Promised date", "Qty", "Received qty", "Unit price", "Currency"];
    const rows: CellValue[][] = [
      ["P-101", "10", "Acme", d(46300), d(46330), d(WED_18), 100, 0, 2.5, "USD"], // late: promised Wed 18
      ["P-102", "10", "Bolt Co", d(46330), d(FRI_27), "", 40, 0, 10, "EUR"], // no promise, ordered Wed 4
      ["P-103", "10", "Acme", d(46330), d(46360), d(WED_25), 10, 0, 1, "USD"], // due Wed 25
      ["P-104", "10", "Cargo", d(46300), d(46320), d(46320), 50, 50, 3, "USD"], // received
      ["P-105", "10", "Bolt Co", d(46330), d(FRI_27), d(FRI_27), "abc", 0, 1, "EUR"], // bad quantity (row 9, column G)
      ["P-106", "10", "Acme", d(46330), "05/11/2026", "", 5, 0, 1, "USD"], // ambiguous text date (row 10, column E)
    ];
    const formats = [header.map(() => null), ...rows.map(() => [null, null, null, DATE, DATE, DATE, null, null, null, null])];
    doc.seed("POs", "A4", [header, ...rows], formats);

    doc.addSheet("Calendar");
    doc.seed("Calendar", "A1", [["Holiday"], [d(THU_26)], ["2026-12-25"], ["not a date"]], [[null], [DATE], [null], [null]]);
    defineName(doc, "Holidays", "Calendar!$A$2:$A$4");

    addChaseLog(doc, [
      chaseEntryToRow(
        chaseEntry({ date: 46342, poNumber: "P-101", line: "10", lineKey: "P-101/10", supplier: "Acme", outcome: "noAnswer" }),
        "1904",
      ),
      chaseEntryToRow(
        chaseEntry({ date: THU_19, poNumber: "P-103", line: "10", lineKey: "P-103/10", supplier: "Acme", outcome: "confirmed" }),
        "1904",
      ),
    ]);

    doc.addSheet("KPI");
    doc.seed("KPI", "A1", [
      ["Q4 targets", "mine"],
      ["OTD", 0.95],
    ]);

    doc.settings.set(
      SETTINGS_KEY,
      settingsRecord({ settings: { minGap: 3, dueSoon: -10, holidays: [XMAS] }, mapping: { supplier: "Maker" }, registerSheet: "POs" }),
    );
    return doc;
  },
};

/**
 * An ERP-style Register table (1900), text dates day-first with the order saved in the settings, custom
 * escalation offsets, a period kind that does not exist, and a report sheet of the buyer's own named
 * like this week's report.
 */
export const registerTable1900: Fixture = {
  name: "Register table, saved date order and offsets, an invalid period kind, a buyer's sheet named like the report",
  build() {
    const doc = new InMemoryWorkbook({ shortDatePattern: "M/d/yyyy" }); // an American locale: the saved DMY wins
    doc.addSheet("Register");
    const header = ["PO number", "Line", "Supplier", "Order date", "Requested date", "Promised date", "Ordered qty", "Received qty"];
    const rows: CellValue[][] = [
      ["4500001", "10", "Acme", 46300, 46330, "05/11/2026", 10, 0], // promised 5 Nov (DMY) = 46331
      ["4500001", "20", "Acme", 46300, 46330, 46350, 10, 10],
      ["4500002", "10", "Bolt Co", 46330, FRI_27, "", 5, 0],
      ["4500003", "10", "Cargo", 46300, 46340, 46341, 8, 3],
    ];
    doc.seed(
      "Register",
      "A1",
      [header, ...rows],
      [header.map(() => null), ...rows.map(() => [null, null, null, DATE, DATE, DATE, null, null])],
    );
    doc.seedTable("Register", `A1:H${1 + rows.length}`, "Register");
    doc.addSheet("Follow-up 2026-W47");
    doc.seed("Follow-up 2026-W47", "A1", [["my own notes for week 47"]]);
    doc.settings.set(
      SETTINGS_KEY,
      settingsRecord({
        settings: { dateOrder: "DMY", escalationOffsets: [-2, 2, 6, 12], periodKind: "fortnight" },
        registerTable: "Register",
      }),
    );
    return doc;
  },
};

/** The sample register (240 lines) and its chase log as a Register table, default settings. */
export const sample: Fixture = {
  name: "the sample register and chase log, default settings",
  build() {
    const doc = new InMemoryWorkbook({ shortDatePattern: "" });
    const values = sampleRegister({ asOf: AS_OF, lines: 240 });
    doc.addSheet("Register");
    doc.seed("Register", "A1", values as CellValue[][]);
    doc.seedTable("Register", `A1:${columnLetter(values[0].length - 1)}${values.length}`, "Register");
    addChaseLog(
      doc,
      sampleChaseLog({ asOf: AS_OF, lines: 240 }).map((entry) => chaseEntryToRow(entry, "1900")),
    );
    return doc;
  },
};

/**
 * A register kept as one sheet per month (issue 18): "2026-10" saved as the register, "2026-11" under a
 * title row with an unreadable date (row 4, column D), "2026-12" repeating an October line above a Total row, and a Chinese
 * sheet with another header that is no continuation. A chase on a November line.
 */
export const monthlyTabs: Fixture = {
  name: "a register kept as one sheet per month, a duplicate across sheets, another table beside them",
  build() {
    const doc = new InMemoryWorkbook({ shortDatePattern: "" }) /* no locale order: a file has none */;
    const header = ["PO number", "Line", "Supplier", "Requested date", "Ordered qty", "Received qty"];
    const month = (name: string, top: CellValue[][], rows: CellValue[][]) => {
      doc.addSheet(name);
      const values = [...top, header, ...rows];
      doc.seed(name, "A1", values, values.map((row, r) => (r <= top.length ? [] : [null, null, null, DATE, null, null])));
    };
    month("2026-10", [], [["PO-1001", "1", "Acme", 46300, 10, 10], ["PO-1002", "1", "Beta", 46320, 5, 0]]);
    month("2026-11", [["November orders"]], [["PO-1101", "1", "Acme", WED_18, 8, 0], ["PO-1102", "1", "Gamma", "soon", 3, 0]]);
    doc.addSheet("采购跟踪");
    doc.seed("采购跟踪", "A1", [["采购订单号", "供应商", "要求交期", "订购数量"], ["CN-1", "甲", 46300, 1]]);
    month("2026-12", [], [["PO-1201", "1", "Beta", WED_25, 2, 0], ["PO-1002", "1", "Beta", 46320, 5, 0], ["Total", "", "", "", 7, 0]]);
    addChaseLog(doc, [chaseEntryToRow(chaseEntry({ lineKey: "PO-1101/1", poNumber: "PO-1101", line: "1", date: THU_19, supplier: "Acme" }), "1900")]);
    doc.settings.set(SETTINGS_KEY, settingsRecord({ registerSheet: "2026-10" }));
    return doc;
  },
};

export const FIXTURES: readonly Fixture[] = [handMade1904, registerTable1900, sample, monthlyTabs];
