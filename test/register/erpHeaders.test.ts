import type { FieldKey } from "../../src/model";
import { detectColumns } from "../../src/register/detectColumns";
import { ERP_LABELS, OPEN_QTY_HEADERS, SYNONYMS } from "../../src/register/synonyms";
import { normalizeHeader } from "../../src/register/normalizeHeader";
import { ERP_ROWS as ROWS, type ErpRow } from "./erpHeaderRows";

function expectedColumns(row: ErpRow): Partial<Record<FieldKey, number>> {
  const out: Partial<Record<FieldKey, number>> = {};
  for (const [field, header] of Object.entries(row.expect) as [FieldKey, string][]) {
    const column = row.headers.indexOf(header);
    if (column < 0) throw new Error(`${row.name}: no header "${header}"`);
    out[field] = column;
  }
  return out;
}

describe("ERP header rows map as the system means them", () => {
  test.each(ROWS.map((r) => [`${r.system}: ${r.name}`, r] as const))("%s", (_name, row) => {
    const d = detectColumns(row.headers);
    expect(d.columns).toEqual(expectedColumns(row));
    expect(d.missingRequired).toEqual(row.missing ?? []);
    // Each column serves one field at most.
    const used = Object.values(d.columns);
    expect(new Set(used).size).toBe(used.length);
    expect(d.receivedQtyFromOpenQty).toBe(row.fromOpenQty === true);
    const guessed = d.matches.filter((m) => m.guessed).map((m) => m.field);
    expect(guessed).toEqual(row.guessed ?? []);
  });

  test("every row names its source", () => {
    for (const row of ROWS) expect(row.source.length).toBeGreaterThan(10);
  });

  test("the rows cover these systems (each row read from a public source; none made up)", () => {
    const systems = [...new Set(ROWS.map((r) => r.system))].sort();
    expect(systems).toEqual([
      "Deltek Vision",
      "Dynamics 365 Business Central",
      "Dynamics 365 F&O",
      "ERPNext",
      "Kingdee K/3 Cloud",
      "MYOB Greentree",
      "NetSuite",
      "Odoo",
      "Odoo (ja)",
      "Odoo (zh)",
      "Peoplevox (WMS)",
      "QuickBooks",
      "SAP Business One",
      "SAP ECC/S4 (de)",
      "SAP ECC/S4 (en)",
      "SAP ECC/S4 (zh)",
      "Somax",
      "Vision (wholesale)",
      "Yonyou U8/NC",
    ]);
    expect(ROWS).toHaveLength(40);
  });
});

describe("the ERP dictionary", () => {
  test("every label names a system and a source", () => {
    for (const label of ERP_LABELS) {
      expect(label.system).not.toBe("");
      expect(label.source.length).toBeGreaterThan(10);
    }
  });

  test.each(ERP_LABELS.filter((l) => l.tier !== "weak").map((l) => [l.system, l.text, l] as const))(
    "%s: %s maps to its field on its own",
    (_system, _text, label) => {
      const d = detectColumns(["(unrelated)", label.text]);
      const field = label.field === "openQty" ? "receivedQty" : label.field;
      expect(d.columns[field]).toBe(1);
      expect(d.receivedQtyFromOpenQty).toBe(label.field === "openQty");
    },
  );

  test("headers the issue measured as missed", () => {
    expect(detectColumns(["PO", "Ln", "Supplier", "Qty", "Promised", "Recv qty"]).columns).toEqual({
      poNumber: 0,
      line: 1,
      supplier: 2,
      orderedQty: 3,
      promisedDate: 4,
      receivedQty: 5,
    });
    for (const header of ["Need by date", "Need date", "Needed by", "Date needed", "Date required", "Required delivery date"]) {
      expect(detectColumns([header]).columns).toEqual({ requestedDate: 0 });
    }
    expect(detectColumns(["Order Deadline"]).matches).toEqual([
      { field: "orderDate", column: 0, header: "Order Deadline", confidence: "synonym" },
    ]);
  });

  test("SAP's open quantity still derives the received quantity in every UI language", () => {
    for (const open of ["Still to be delivered (qty)", "noch zu liefern (Menge)", "仍要交货(数量)", "未清数量", "Quantity Remaining"]) {
      const d = detectColumns(["PO", "Supplier", "Qty", "Delivery date", open]);
      expect(d.columns.receivedQty).toBe(4);
      expect(d.receivedQtyFromOpenQty).toBe(true);
    }
  });
});

describe("labels that belong to another field stay out of it", () => {
  test("Dynamics 365 F&O's ItemNumber is the product, not the line; a line-number column still is the line", () => {
    expect(detectColumns(["PurchaseOrderNumber", "ItemNumber"]).columns).toEqual({ poNumber: 0, item: 1 });
    expect(detectColumns(["ItemNumber", "LineNumber"]).columns).toEqual({ item: 0, line: 1 });
    // The vendor's own item number is neither the line nor the item when the item is there.
    expect(detectColumns(["ExternalItemNumber", "ItemNumber"]).columns).toEqual({ item: 1 });
    // SAP's "Item No." stays the line.
    expect(detectColumns(["Item No.", "Material"]).columns).toEqual({ line: 0, item: 1 });
  });

  test("ERPNext's Supplier Part Number is never the supplier", () => {
    expect(detectColumns(["Supplier Part Number"]).columns).toEqual({ item: 0 });
    expect(detectColumns(["Supplier", "Item Code", "Supplier Part Number"]).columns).toEqual({ supplier: 0, item: 1 });
  });

  test("ERPNext's Reqd by Date is the requested date", () => {
    expect(detectColumns(["Reqd by Date"]).matches).toEqual([
      { field: "requestedDate", column: 0, header: "Reqd by Date", confidence: "synonym" },
    ]);
  });

  test("a record's modification time is no order date", () => {
    expect(detectColumns(["PurchaseOrderResponseLastModificationDateTime"]).matches).toEqual([]);
    expect(detectColumns(["PO last modified date"]).matches).toEqual([]);
    expect(detectColumns(["PO creation date"]).columns).toEqual({ orderDate: 0 });
  });

  test("a follow-up export's progress owner and percentage are not the production stage", () => {
    expect(detectColumns(["Quantity Progress Responsible", "Quantity Progress", "Production stage"]).columns).toEqual({ stage: 2 });
  });

  test("Odoo's Chinese labels: 单号 and 业务伙伴 only as whole headers", () => {
    expect(detectColumns(["单号", "业务伙伴", "产品"]).columns).toEqual({ poNumber: 0, supplier: 1, item: 2 });
    // A more specific column wins over the weak Odoo labels.
    expect(detectColumns(["单号", "采购订单号", "业务伙伴", "供应商"]).columns).toEqual({ poNumber: 1, supplier: 3 });
  });
});

describe("word-level fallback", () => {
  const guess = (header: string) => {
    const d = detectColumns([header]);
    return d.matches.map((m) => [m.field, m.confidence, m.guessed === true]);
  };

  test.each([
    ["Need Date (Plant)", "requestedDate"],
    ["Customer wanted date", "requestedDate"],
    ["Req. del. date", "requestedDate"],
    ["NeededByDate", "requestedDate"],
    ["Vendor promised ship date", "promisedDate"],
    ["Supplier confirmed dt", "promisedDate"],
    ["ETA (revised)", "promisedDate"],
    ["Original commit date", "committedDate"],
    ["PO creation date", "orderDate"],
    ["Actual GR date", "receivedDate"],
    ["Ordered qty (pcs)", "orderedQty"],
    ["Qty recv'd to date", "receivedQty"],
    ["PO Ln", "line"],
    ["PO Nr.", "poNumber"],
    ["Purchase order ref", "poNumber"],
    ["需求到货日期", "requestedDate"],
    ["要求到厂日期", "requestedDate"],
    ["供应商确认日期", "promisedDate"],
    ["首次回复交期", "committedDate"],
    ["采购下单日期", "orderDate"],
    ["实际入库日期", "receivedDate"],
    ["希望納入日", "requestedDate"],
    ["要求納期(客先)", "requestedDate"],
    ["回答日付", "promisedDate"],
    ["初回回答日", "committedDate"],
    ["発注No.", "poNumber"],
  ] as const)("%s → %s (guessed, partial)", (header, field) => {
    const d = detectColumns([header]);
    expect(d.columns).toEqual({ [field]: 0 });
    const match = d.matches[0];
    expect(match.confidence).not.toBe("exact");
    expect(match.confidence).not.toBe("manual");
  });

  test("the guesses are marked and ranked lowest", () => {
    expect(guess("Customer wanted date")).toEqual([["requestedDate", "partial", true]]);
    expect(guess("Supplier ETA date")).toEqual([["promisedDate", "partial", true]]);
    expect(guess("Requested date")).toEqual([["requestedDate", "exact", false]]);
  });

  test("zh and ja guesses carry the same lower confidence (the mapping table shows them as guesses)", () => {
    expect(guess("需求到货日期")).toEqual([["requestedDate", "partial", true]]);
    expect(guess("供应商确认日期")).toEqual([["promisedDate", "partial", true]]);
    expect(guess("希望納入日")).toEqual([["requestedDate", "partial", true]]);
    expect(guess("確約日")).toEqual([["promisedDate", "partial", true]]);
    // The dictionary's own words are no guesses.
    expect(guess("需求日期")).toEqual([["requestedDate", "exact", false]]);
    expect(guess("希望納期")).toEqual([["requestedDate", "exact", false]]);
  });

  test("people, not dates: 'Requested By', 'Ordered By', 'Approved By' stay unmapped", () => {
    expect(detectColumns(["Requested By", "Ordered By", "Approved By"]).matches).toEqual([]);
  });

  test("a sales order number is not the PO number", () => {
    expect(detectColumns(["Sales order no"]).columns).toEqual({ salesOrder: 0 });
    expect(detectColumns(["Customer PO ref"]).columns.poNumber).toBeUndefined();
  });

  test("never overrides an exact or synonym match: the field keeps its exact column", () => {
    const d = detectColumns(["Customer wanted date", "Requested date", "Supplier confirmed dt", "Promised date"]);
    expect(d.columns).toEqual({ requestedDate: 1, promisedDate: 3 });
    expect(d.unmapped.map((u) => u.header)).toEqual(["Customer wanted date", "Supplier confirmed dt"]);
  });

  test("never takes a column a dictionary match took, and never maps two columns to one field", () => {
    const d = detectColumns(["Need date (plant)", "Needed by (site)", "Deliv. date"]);
    // "Deliv. date" is a synonym: it is the requested date; the two guesses are left unmapped.
    expect(d.columns).toEqual({ requestedDate: 2 });
    const twoGuesses = detectColumns(["Need date (plant)", "Needed by (site)"]);
    expect(twoGuesses.columns).toEqual({ requestedDate: 0 });
    expect(twoGuesses.unmapped).toEqual([{ column: 1, header: "Needed by (site)" }]);
  });

  test("a manual mapping beats a guess", () => {
    const d = detectColumns(["PO", "Supplier", "Qty", "Customer wanted date", "Date X"], { requestedDate: 4 });
    expect(d.columns.requestedDate).toBe(4);
    expect(d.unmapped.map((u) => u.header)).toEqual(["Customer wanted date"]);
  });

  test("an exact derived open quantity beats a guessed received quantity", () => {
    const d = detectColumns(["PO", "Supplier", "Qty", "Delivery date", "Rcvd quantity to date", "Open qty"]);
    // The dictionary's "Open qty" wins; the guess never competes with it.
    expect(d.columns.receivedQty).toBe(5);
    expect(d.receivedQtyFromOpenQty).toBe(true);
  });

  test("an export path's last part is read as the header", () => {
    const d = detectColumns(["Order Lines/Quantity", "Order Lines/Need date"]);
    expect(d.matches).toEqual([
      // "Need date" is in the dictionary: found inside the header, a plain partial match.
      { field: "requestedDate", column: 1, header: "Order Lines/Need date", confidence: "partial" },
      // "Quantity" is a generic word, never searched inside headers: read from the path, a guess.
      { field: "orderedQty", column: 0, header: "Order Lines/Quantity", confidence: "partial", guessed: true },
    ]);
  });

  test("a word that rules a field out drops a contained match", () => {
    // Contains "Receipt date", but a planned receipt has not happened.
    expect(detectColumns(["Planned Receipt Date"]).matches).toEqual([]);
    expect(detectColumns(["Rcvd quantity to date"]).columns).toEqual({ receivedQty: 0 });
  });

  test("generic words alone are still not guessed", () => {
    expect(detectColumns(["Billed Qty", "Qty to Bill", "Date of birth", "Days to Receive"]).matches).toEqual([]);
  });
});

describe("the word fallback does not take a line amount for the line number", () => {
  test.each(["Line amount", "Line total", "Line value", "Line description", "Product line", "Credit line", "Shipping line"])(
    "%s is not the line",
    (header) => {
      const detection = detectColumns(["PO number", "Supplier", header, "Ordered qty", "Due date"]);
      expect(detection.columns.line).toBeUndefined();
    },
  );
  test.each(["Line no", "Line number", "Ln #", "Ln No."])("%s is the line (a number word)", (header) => {
    expect(detectColumns(["PO number", "Supplier", header, "Ordered qty", "Due date"]).columns.line).toBe(2);
  });
});

test("no ERP label repeats, for the same field, a header SYNONYMS or OPEN_QTY_HEADERS already has (a repeat only blurs the tiers)", () => {
  const known = new Set<string>();
  for (const [field, set] of Object.entries(SYNONYMS))
    for (const text of [...set.primary, ...set.synonyms, ...(set.weak ?? []), ...(set.fallback ?? [])])
      known.add(`${field}|${normalizeHeader(text)}`);
  for (const text of OPEN_QTY_HEADERS) known.add(`openQty|${normalizeHeader(text)}`);
  const repeats: string[] = [];
  for (const label of ERP_LABELS) {
    const key = `${label.field}|${normalizeHeader(label.text)}`;
    if (known.has(key)) repeats.push(label.text);
    known.add(key);
  }
  expect(repeats).toEqual([]);
});
