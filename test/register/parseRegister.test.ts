import type { CellIssue } from "../../src/model";
import { erpRegisterValues } from "../fixtures/erpRegister";
import { parseRegister, type RegisterSource } from "../../src/register/parseRegister";
import { SAP_OPEN_QTY_HEADERS } from "../fixtures/sapOpenQty";

// Serials (1900 system): 2026-11-01 = 46327, 2026-11-21 = 46347 (see cells.test.ts for the arithmetic),
// 2026-03-04 = 46085, 2026-04-03 = 46115.
const NOV_1 = 46327;
const NOV_21 = 46347;

const HEADERS = [
  "PO No.",
  "Line",
  "Supplier",
  "Order date",
  "Requested date",
  "Promised date",
  "Ordered qty",
  "Received qty",
  "Received date",
  "Status",
  "Inspection",
];

function source(rows: unknown[][], extra: Partial<RegisterSource> = {}): RegisterSource {
  return { sheet: "Register", values: [HEADERS, ...rows], firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null, ...extra };
}

/** Issues as compact tuples: [code, cell, field]. */
const brief = (issues: CellIssue[]) => issues.map((i) => [i.code, `${i.column}${i.row}`, i.field]);

describe("a clean register", () => {
  const parsed = parseRegister(
    source([
      ["PO-1", 10, "ACME", NOV_1, NOV_21, "", 100, 40, NOV_21, "", "Accepted"],
      ["PO-1", 20, "ACME", NOV_1, "2026-11-21", "2026/11/25", "1,200", "", "", "On hold", ""],
    ]),
  );

  test("no issues", () => {
    expect(parsed.issues).toEqual([]);
  });

  test("every field of every line is set: values, null for blank cells and absent columns", () => {
    expect(parsed.lines[0]).toEqual({
      index: 0,
      sheetRow: 2,
      key: "PO-1/10",
      poNumber: "PO-1",
      line: "10",
      supplier: "ACME",
      item: null,
      description: null,
      buyer: null,
      supplierEmail: null,
      orderDate: NOV_1,
      requestedDate: NOV_21,
      promisedDate: null,
      committedDate: null,
      orderedQty: 100,
      receivedQty: 40,
      receivedDate: NOV_21,
      unitPrice: null,
      currency: null,
      lifecycle: null,
      stage: null,
      tracking: null,
      delayReason: null,
      lastChaseDate: null,
      nextChaseDate: null,
      inspection: "accepted",
      salesOrder: null,
      customer: null,
      notes: null,
      shipDate: null,
      eta: null,
      portArrivalDate: null,
      carrier: null,
      acceptedQty: null,
      rejectedQty: null,
      returnedQty: null,
      soNeedDate: null,
    });
    // 2026-11-25 = 2026-11-21 + 4 = 46351.
    expect(parsed.lines[1]).toMatchObject({
      key: "PO-1/20",
      requestedDate: NOV_21,
      promisedDate: 46351,
      orderedQty: 1200,
      receivedQty: null,
      lifecycle: "onHold",
    });
  });
});

describe("malformed cells", () => {
  test("each bad cell makes its field unknown, gives one issue, and keeps the line", () => {
    const parsed = parseRegister(
      source([
        ["PO-1", 10, "ACME", "#N/A", NOV_21, TRUE_IN_DATE, "abc", -5, "", "Maybe", "so-so"],
        ["PO-2", 10, "ACME", NOV_1, "2026-02-30", "03/04/2026", "１２００", "1 200", "", "", ""],
      ]),
    );
    expect(parsed.lines).toHaveLength(2);
    expect(brief(parsed.issues)).toEqual([
      ["errorValue", "D2", "orderDate"],
      ["notADate", "F2", "promisedDate"],
      ["notANumber", "G2", "orderedQty"],
      ["negativeNumber", "H2", "receivedQty"],
      ["unknownLifecycle", "J2", "lifecycle"],
      ["unknownInspection", "K2", "inspection"],
      ["notADate", "E3", "requestedDate"],
      ["ambiguousDate", "F3", "promisedDate"],
    ]);
    expect(parsed.lines[0]).toMatchObject({
      orderDate: undefined,
      requestedDate: NOV_21,
      promisedDate: undefined,
      orderedQty: undefined,
      receivedQty: undefined,
      lifecycle: undefined,
      inspection: undefined,
    });
    expect(parsed.lines[1]).toMatchObject({ requestedDate: undefined, promisedDate: undefined, orderedQty: 1200, receivedQty: 1200 });
  });

  test("an issue names sheet, row, column letter, header, field and the raw value", () => {
    const parsed = parseRegister(source([["PO-1", 10, "ACME", NOV_1, NOV_21, "31/02/2026", 5, "", "", "", ""]]));
    expect(parsed.issues).toEqual([
      { code: "notADate", sheet: "Register", row: 2, column: "F", header: "Promised date", field: "promisedDate", value: "31/02/2026" },
    ]);
  });

  test("the workbook's date order settles 03/04/2026", () => {
    const rows = [["PO-1", 10, "ACME", "", "03/04/2026", "", 5, "", "", "", ""]];
    expect(parseRegister(source(rows, { dateOrder: "DMY" })).lines[0].requestedDate).toBe(46115); // 3 April
    expect(parseRegister(source(rows, { dateOrder: "MDY" })).lines[0].requestedDate).toBe(46085); // 4 March
  });

  test("1904 workbooks: date serials are shifted by 1462", () => {
    // 44885 + 1462 = 46347 = 2026-11-21
    const parsed = parseRegister(source([["PO-1", 10, "ACME", "", 44885, "", 5, "", "", "", ""]], { dateSystem: "1904" }));
    expect(parsed.lines[0].requestedDate).toBe(NOV_21);
  });
});
const TRUE_IN_DATE = true;

describe("rows and keys", () => {
  test("entirely blank rows are skipped without an issue; row numbers stay true to the sheet", () => {
    const parsed = parseRegister(
      source([
        ["PO-1", 10, "ACME", "", NOV_21, "", 5, "", "", "", ""],
        ["", "", "", "", "", "", "", "", "", "", ""],
        ["  ", null, undefined, "", "", "", "", "", "", "", ""],
        [],
        ["PO-2", 10, "ACME", "", NOV_21, "", 5, "", "", "", ""],
      ]),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.lines.map((l) => [l.index, l.sheetRow, l.key])).toEqual([
      [0, 2, "PO-1/10"],
      [4, 6, "PO-2/10"],
    ]);
  });

  test("a duplicated (PO, line) is reported on each later row with the first row", () => {
    const row = (po: string, line: unknown) => [po, line, "ACME", "", NOV_21, "", 5, "", "", "", ""];
    const parsed = parseRegister(source([row("PO-1", 10), row("PO-1", 20), row("PO-1", "10"), row("PO-2", 10), row("PO-1", 10)]));
    expect(parsed.lines).toHaveLength(5);
    expect(parsed.issues.map((i) => [i.code, i.row, i.column, i.value, i.detail])).toEqual([
      ["duplicateKey", 4, "A", "PO-1/10", { firstRow: 2 }],
      ["duplicateKey", 6, "A", "PO-1/10", { firstRow: 2 }],
    ]);
  });

  test("duplicates are found in POs with many lines and when the PO comes back later", () => {
    const row = (po: string, line: number) => [po, line, "ACME", "", NOV_21, "", 5, "", "", "", ""];
    const rows = [
      ...Array.from({ length: 12 }, (_, i) => row("PO-9", i + 1)),
      row("PO-8", 1),
      row("PO-9", 3),
      row("PO-9", 11),
      row("PO-9", 13),
    ];
    const parsed = parseRegister(source(rows));
    // PO-9 lines 1–12 are sheet rows 2–13; line 3 was row 4, line 11 was row 12.
    expect(parsed.issues.map((i) => [i.code, i.row, i.value, i.detail])).toEqual([
      ["duplicateKey", 15, "PO-9/3", { firstRow: 4 }],
      ["duplicateKey", 16, "PO-9/11", { firstRow: 12 }],
    ]);
  });

  test("without a line column the key is the PO number", () => {
    const values = [
      ["PO", "Supplier", "Qty", "Requested date"],
      ["4500000001", "ACME", 5, NOV_21],
      [4500000001, "ACME", 5, NOV_21],
    ];
    const parsed = parseRegister({ sheet: "R", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
    expect(parsed.lines.map((l) => l.key)).toEqual(["4500000001", "4500000001"]);
    expect(brief(parsed.issues)).toEqual([["duplicateKey", "A3", "poNumber"]]);
  });

  test("a blank line cell gives the PO-only key; an unreadable PO gives a row key and no duplicate check", () => {
    const values = [
      ["PO", "Line", "Supplier", "Qty", "Requested date"],
      ["PO-1", "", "ACME", 5, NOV_21],
      ["#REF!", 10, "ACME", 5, NOV_21],
      ["#REF!", 10, "ACME", 5, NOV_21],
    ];
    const parsed = parseRegister({ sheet: "R", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
    expect(parsed.lines.map((l) => l.key)).toEqual(["PO-1", "row:3", "row:4"]);
    expect(brief(parsed.issues)).toEqual([
      ["errorValue", "A3", "poNumber"],
      ["errorValue", "A4", "poNumber"],
    ]);
  });
});

describe("required values and warnings", () => {
  test("blank PO, supplier, ordered qty are missing values; so is a line with neither due date", () => {
    const parsed = parseRegister(
      source([
        ["", 10, " ", "", "", "", "", "", "", "", ""],
        ["PO-2", 10, "ACME", "", "", "2026-11-21", 5, "", "", "", ""],
      ]),
    );
    expect(brief(parsed.issues)).toEqual([
      ["missingValue", "A2", "poNumber"],
      ["missingValue", "C2", "supplier"],
      ["missingValue", "E2", "requestedDate"],
      ["missingValue", "G2", "orderedQty"],
    ]);
    expect(parsed.lines[0]).toMatchObject({ poNumber: null, supplier: null, orderedQty: null, key: "row:2" });
  });

  test("received before ordered is a warning: both values are kept", () => {
    const parsed = parseRegister(source([["PO-1", 10, "ACME", NOV_21, NOV_21, "", 5, 5, NOV_1, "", ""]]));
    expect(parsed.issues).toEqual([
      {
        code: "receivedBeforeOrdered",
        sheet: "Register",
        row: 2,
        column: "I",
        header: "Received date",
        field: "receivedDate",
        value: NOV_1,
        detail: { receivedDate: NOV_1, orderDate: NOV_21 },
      },
    ]);
    expect(parsed.lines[0]).toMatchObject({ orderDate: NOV_21, receivedDate: NOV_1 });
  });

  test("missing required columns: one issue each at the header row, one for the due-date pair; lines are still read", () => {
    const values = [
      ["Supplier", "Notes"],
      ["ACME", "call"],
    ];
    const parsed = parseRegister({ sheet: "R", values, firstRow: 3, firstColumn: 2, dateSystem: "1900", dateOrder: null });
    expect(parsed.issues.map((i) => [i.code, `${i.column}${i.row}`, i.field, i.detail])).toEqual([
      ["missingRequiredField", "C3", "poNumber", undefined],
      ["missingRequiredField", "C3", "orderedQty", undefined],
      ["missingRequiredField", "C3", "requestedDate", { orField: "promisedDate" }],
    ]);
    expect(parsed.lines).toHaveLength(1);
    expect(parsed.lines[0]).toMatchObject({ sheetRow: 4, supplier: "ACME", notes: "call", poNumber: null });
  });
});

describe("placement on the sheet", () => {
  test("firstRow and firstColumn offset rows and letters (table starting at Y5: column 24)", () => {
    const parsed = parseRegister(source([["PO-1", 10, "ACME", "", NOV_21, "oops", 5, "", "", "", ""]], { firstRow: 5, firstColumn: 24 }));
    // Promised date is the 6th column: 24 + 5 = 29 → "AD"; data row 1 is sheet row 6.
    expect(brief(parsed.issues)).toEqual([["notADate", "AD6", "promisedDate"]]);
  });

  test("an override maps the columns the detector would not", () => {
    const values = [
      ["Ref", "Who", "How many", "When"],
      ["PO-1", "ACME", 5, NOV_21],
    ];
    const parsed = parseRegister(
      { sheet: "R", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null },
      { poNumber: 0, supplier: 1, orderedQty: 2, promisedDate: 3 },
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.lines[0]).toMatchObject({ key: "PO-1", supplier: "ACME", orderedQty: 5, promisedDate: NOV_21 });
  });

  test("an empty matrix gives no lines and the missing columns", () => {
    const parsed = parseRegister({ sheet: "R", values: [], firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
    expect(parsed.lines).toEqual([]);
    expect(parsed.issues.map((i) => i.code)).toEqual([
      "missingRequiredField",
      "missingRequiredField",
      "missingRequiredField",
      "missingRequiredField",
    ]);
  });
});

describe("SAP open quantity", () => {
  const headers = SAP_OPEN_QTY_HEADERS;
  const parse = (rows: unknown[][]) =>
    parseRegister({ sheet: "ME2N", values: [headers, ...rows], firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });

  test("received = ordered − still to be delivered", () => {
    const parsed = parse([
      ["4500000010", "00010", "ACME", "M-1", NOV_21, 100, 30], // 100 − 30 = 70 received
      ["4500000010", "00020", "ACME", "M-2", NOV_21, 50, 0], // all 50 received
      ["4500000011", "00010", "ACME", "M-3", NOV_21, 50, 80], // more open than ordered: nothing received
      ["4500000012", "00010", "ACME", "M-4", NOV_21, 50, ""], // open qty blank: received unknown as blank
    ]);
    expect(parsed.lines.map((l) => l.receivedQty)).toEqual([70, 50, 0, null]);
    expect(parsed.lines[0].key).toBe("4500000010/00010");
    expect(parsed.issues).toEqual([]);
  });

  test("a bad open quantity or ordered quantity makes received unknown", () => {
    const parsed = parse([
      ["4500000010", "00010", "ACME", "M-1", NOV_21, 100, "n/a"],
      ["4500000010", "00020", "ACME", "M-2", NOV_21, "x", 10],
    ]);
    expect(parsed.lines.map((l) => l.receivedQty)).toEqual([undefined, undefined]);
    expect(brief(parsed.issues)).toEqual([
      ["notANumber", "G2", "receivedQty"],
      ["notANumber", "F3", "orderedQty"],
    ]);
  });
});

test("2,000 rows × 20 ERP-style columns parse completely (100,000 rows: bench/scale.ts)", () => {
  const values = erpRegisterValues(2000); // 4 lines per PO; rows 0 and 1,000 have "lots" as quantity
  const parsed = parseRegister({ sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
  expect(parsed.lines).toHaveLength(2000);
  // rows i = 0 and 1,000 hold "lots" (Ordered qty, column J): sheet rows 2 and 1,002
  expect(parsed.issues.map((i) => [i.code, `${i.column}${i.row}`, i.field])).toEqual([
    ["notANumber", "J2", "orderedQty"],
    ["notANumber", "J1002", "orderedQty"],
  ]);
  expect(parsed.lines.filter((l) => l.lifecycle === "cancelled")).toHaveLength(40); // i = 0, 50, …, 1,950: 2,000 / 50
  expect(parsed.lines[5]).toMatchObject({ poNumber: "PO4500000001", line: "20", receivedQty: 50, promisedDate: NOV_21 + 3 }); // i = 5: 5 >> 2 = 1, (5 % 4 + 1) × 10
});
