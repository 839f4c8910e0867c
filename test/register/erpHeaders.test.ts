import type { FieldKey } from "../../src/model";
import { detectColumns } from "../../src/register/detectColumns";
import { ERP_LABELS, OPEN_QTY_HEADERS, SYNONYMS } from "../../src/register/synonyms";
import { normalizeHeader } from "../../src/register/normalizeHeader";

/**
 * Whole header rows as ERP systems export purchase-order lines, each with its source, and the
 * mapping each must get (field → header text). "index id N" names a public GitHub file found with
 * the project's code search (a program that reads or writes that system's export); see synonyms.ts.
 */
interface ErpRow {
  system: string;
  name: string;
  source: string;
  headers: string[];
  expect: Partial<Record<FieldKey, string>>;
  /** receivedQty comes from an open-quantity column. */
  fromOpenQty?: boolean;
  /** Fields expected as word-level guesses (ColumnMatch.guessed). */
  guessed?: FieldKey[];
}

const ROWS: ErpRow[] = [
  {
    system: "SAP ECC/S4 (en)",
    name: "ME2N/ME2M, schedule-line layout",
    // index id 27213575521 (Laravel migration comment) and 27816547804 (import of the same export)
    source: "index id 27213575521",
    headers: [
      "Document Date",
      "Item Category",
      "Plant",
      "Purchasing Document",
      "Item",
      "Purchasing Group",
      "Name of Vendor",
      "Material",
      "Short Text",
      "Delivery Date",
      "Scheduled Quantity",
      "Quantity Received",
      "Still to be delivered (qty)",
      "Still to be delivered (value)",
      "Order Unit",
      "Order Price Unit",
      "Price Unit",
      "Net price",
      "Currency",
      "Purchase Requisition",
      "Req. Tracking Number",
      "Stat.-Rel. Del. Date",
    ],
    expect: {
      orderDate: "Document Date",
      poNumber: "Purchasing Document",
      line: "Item",
      buyer: "Purchasing Group",
      supplier: "Name of Vendor",
      item: "Material",
      description: "Short Text",
      requestedDate: "Delivery Date",
      orderedQty: "Scheduled Quantity",
      receivedQty: "Quantity Received",
      unitPrice: "Net price",
      currency: "Currency",
      committedDate: "Stat.-Rel. Del. Date",
    },
  },
  {
    system: "SAP ECC/S4 (en)",
    name: "ME2N, supplier/supplying plant layout",
    // index id 71533191134 (ME2N.xlsx extract writer)
    source: "index id 71533191134",
    headers: [
      "Purchasing Document",
      "Item",
      "Purch. Doc. Type",
      "Supplier/Supplying Plant",
      "Short Text",
      "Material",
      "Material Group",
      "Plant",
      "Purchasing Group",
      "Document Date",
      "Created On",
      "Order Quantity",
      "Order Unit",
      "Net Price",
      "Price Unit",
      "Net Order Value",
      "Currency",
      "Purchase Requisition",
      "Delivery Date",
      "Still to be delivered (qty)",
      "Still to be delivered (value)",
      "Deletion Indicator",
      "Delivery Completed",
    ],
    expect: {
      poNumber: "Purchasing Document",
      line: "Item",
      supplier: "Supplier/Supplying Plant",
      description: "Short Text",
      item: "Material",
      buyer: "Purchasing Group",
      orderDate: "Document Date",
      orderedQty: "Order Quantity",
      unitPrice: "Net Price",
      currency: "Currency",
      requestedDate: "Delivery Date",
      receivedQty: "Still to be delivered (qty)",
    },
    fromOpenQty: true,
  },
  {
    system: "SAP ECC/S4 (en)",
    name: "ME2N columns with shipment follow-up (BL, ETD, ETA)",
    // index id 5834995318 (combined_report_detailed.csv column list)
    source: "index id 5834995318",
    headers: [
      "Month",
      "Purchasing Doc. Type",
      "Vendor/supplying plant",
      "Purchasing Document",
      "Material",
      "Plant",
      "Storage Location",
      "Order Quantity",
      "Still to be invoiced (qty)",
      "Still to be delivered (qty)",
      "Delivery Date",
      "Document Date",
      "header text",
      "BL",
      "ETD",
      "ETA",
      "Factory",
      "Hs Code",
      "Status",
      "Status Quota",
      "Quota No.",
      "Issue Date",
      "Expired",
      "Remark",
    ],
    expect: {
      supplier: "Vendor/supplying plant",
      poNumber: "Purchasing Document",
      item: "Material",
      orderedQty: "Order Quantity",
      receivedQty: "Still to be delivered (qty)",
      requestedDate: "Delivery Date",
      orderDate: "Document Date",
      tracking: "BL",
      promisedDate: "ETA",
      lifecycle: "Status",
      notes: "Remark",
    },
    fromOpenQty: true,
  },
  {
    system: "SAP ECC/S4 (de)",
    name: "ME2N Dispositionsliste (German UI)",
    // index id 66814826341 (C# test of the SAP CSV import)
    source: "index id 66814826341",
    headers: [
      "Lieferant/Lieferwerk",
      "Anzahl der Positionen",
      "Einkäufergruppe",
      "Einkaufsbeleg",
      "Position",
      "Belegdatum",
      "Lieferdatum",
      "Auftragsbestätigung",
      "Material",
      "Kurztext",
      "Werk",
      "Bestellmenge",
      "Bestellmengeneinheit",
      "Nettopreis",
      "Währung",
      "Preiseinheit",
      "Einteilungsmenge",
      "Gelieferte Menge",
      "noch zu liefern (Menge)",
      "Menge in Lager-ME",
    ],
    expect: {
      supplier: "Lieferant/Lieferwerk",
      buyer: "Einkäufergruppe",
      poNumber: "Einkaufsbeleg",
      line: "Position",
      orderDate: "Belegdatum",
      requestedDate: "Lieferdatum",
      item: "Material",
      description: "Kurztext",
      orderedQty: "Bestellmenge",
      unitPrice: "Nettopreis",
      currency: "Währung",
      receivedQty: "Gelieferte Menge",
    },
  },
  {
    system: "SAP ECC/S4 (zh)",
    name: "ME2N (Chinese UI)",
    // index id 34506268398 / 34700881017 (import of the zh export: dr["采购凭证"] … dr["仍要交货(数量)"])
    source: "index id 34506268398",
    headers: [
      "采购凭证",
      "项目",
      "供应商",
      "物料",
      "短文本",
      "凭证日期",
      "交货日期",
      "采购订单数量",
      "已交货数量",
      "仍要交货(数量)",
      "汇总号",
    ],
    expect: {
      poNumber: "采购凭证",
      line: "项目",
      supplier: "供应商",
      item: "物料",
      description: "短文本",
      orderDate: "凭证日期",
      requestedDate: "交货日期",
      orderedQty: "采购订单数量",
      receivedQty: "已交货数量",
    },
  },
  {
    system: "Odoo",
    name: "purchase.order.line list export (17/18 field strings)",
    // odoo/odoo addons/purchase/models/purchase_order_line.py
    source: "odoo/odoo addons/purchase/models/purchase_order_line.py",
    headers: [
      "Order Reference",
      "Partner",
      "Product",
      "Description",
      "Expected Arrival",
      "Quantity",
      "Received Qty",
      "Billed Qty",
      "Unit Price",
      "Taxes",
      "Subtotal",
      "Currency",
      "Order Date",
    ],
    expect: {
      poNumber: "Order Reference",
      supplier: "Partner",
      item: "Product",
      description: "Description",
      requestedDate: "Expected Arrival",
      orderedQty: "Quantity",
      receivedQty: "Received Qty",
      unitPrice: "Unit Price",
      currency: "Currency",
      orderDate: "Order Date",
    },
  },
  {
    system: "Odoo",
    name: "purchase.order.line with the order's vendor and representative (14–16)",
    // odoo/odoo addons/purchase/models/purchase.py (14–16: user_id 'Purchase Representative')
    source: "odoo/odoo addons/purchase/models/purchase.py",
    headers: [
      "Order Reference",
      "Vendor",
      "Product",
      "Description",
      "Quantity",
      "Received Qty",
      "Billed Qty",
      "Unit Price",
      "Subtotal",
      "Currency",
      "Expected Arrival",
      "Order Date",
      "Purchase Representative",
    ],
    expect: {
      poNumber: "Order Reference",
      supplier: "Vendor",
      item: "Product",
      description: "Description",
      orderedQty: "Quantity",
      receivedQty: "Received Qty",
      unitPrice: "Unit Price",
      currency: "Currency",
      requestedDate: "Expected Arrival",
      orderDate: "Order Date",
      buyer: "Purchase Representative",
    },
  },
  {
    system: "Odoo",
    name: "purchase.order export with Order Lines/… sub-fields (Order Deadline)",
    // odoo/odoo addons/purchase/models/purchase_order.py (date_order 'Order Deadline', user_id 'Buyer');
    // sub-field columns are exported as "Order Lines/<field string>"
    source: "odoo/odoo addons/purchase/models/purchase_order.py",
    headers: [
      "Order Reference",
      "Vendor",
      "Vendor Reference",
      "Order Deadline",
      "Buyer",
      "Currency",
      "Status",
      "Order Lines/Product",
      "Order Lines/Description",
      "Order Lines/Quantity",
      "Order Lines/Received Qty",
      "Order Lines/Unit Price",
      "Order Lines/Expected Arrival",
    ],
    expect: {
      poNumber: "Order Reference",
      supplier: "Vendor",
      orderDate: "Order Deadline",
      buyer: "Buyer",
      currency: "Currency",
      lifecycle: "Status",
      item: "Order Lines/Product",
      description: "Order Lines/Description",
      orderedQty: "Order Lines/Quantity",
      receivedQty: "Order Lines/Received Qty",
      unitPrice: "Order Lines/Unit Price",
      requestedDate: "Order Lines/Expected Arrival",
    },
    guessed: ["orderedQty"],
  },
  {
    system: "ERPNext",
    name: "Purchase Order Analysis (v13 columns)",
    // frappe/erpnext erpnext/buying/report/purchase_order_analysis/purchase_order_analysis.py get_columns
    source: "frappe/erpnext erpnext/buying/report/purchase_order_analysis/purchase_order_analysis.py",
    headers: [
      "Date",
      "Required By",
      "Purchase Order",
      "Status",
      "Supplier",
      "Item Code",
      "Qty",
      "Received Qty",
      "Pending Qty",
      "Billed Qty",
      "Qty to Bill",
      "Amount",
      "Billed Amount",
      "Pending Amount",
      "Received Qty Amount",
      "Warehouse",
      "Company",
    ],
    expect: {
      orderDate: "Date",
      requestedDate: "Required By",
      poNumber: "Purchase Order",
      lifecycle: "Status",
      supplier: "Supplier",
      item: "Item Code",
      orderedQty: "Qty",
      receivedQty: "Received Qty",
    },
  },
  {
    system: "ERPNext",
    name: "Purchase Order Analysis, grouped by purchase order (no Item Code)",
    // same get_columns with filters.group_by_po
    source: "frappe/erpnext erpnext/buying/report/purchase_order_analysis/purchase_order_analysis.py",
    headers: [
      "Date",
      "Required By",
      "Purchase Order",
      "Status",
      "Supplier",
      "Qty",
      "Received Qty",
      "Pending Qty",
      "Billed Qty",
      "Qty to Bill",
      "Amount",
      "Billed Amount",
      "Pending Amount",
      "Received Qty Amount",
      "Warehouse",
      "Company",
    ],
    expect: {
      orderDate: "Date",
      requestedDate: "Required By",
      poNumber: "Purchase Order",
      lifecycle: "Status",
      supplier: "Supplier",
      orderedQty: "Qty",
      receivedQty: "Received Qty",
    },
  },
  {
    system: "ERPNext",
    name: "Purchase Order Analysis without Received Qty (received from Pending Qty)",
    // the same report's columns, Received Qty hidden in the report view before export
    source: "frappe/erpnext erpnext/buying/report/purchase_order_analysis/purchase_order_analysis.py",
    headers: ["Date", "Required By", "Purchase Order", "Status", "Supplier", "Item Code", "Qty", "Pending Qty", "Billed Qty", "Amount"],
    expect: {
      orderDate: "Date",
      requestedDate: "Required By",
      poNumber: "Purchase Order",
      lifecycle: "Status",
      supplier: "Supplier",
      item: "Item Code",
      orderedQty: "Qty",
      receivedQty: "Pending Qty",
    },
    fromOpenQty: true,
  },
  {
    system: "ERPNext",
    name: "Procurement Tracker",
    // frappe/erpnext erpnext/buying/report/procurement_tracker/procurement_tracker.py get_columns
    source: "frappe/erpnext erpnext/buying/report/procurement_tracker/procurement_tracker.py",
    headers: [
      "Material Request Date",
      "Material Request No",
      "Cost Center",
      "Project",
      "Requesting Site",
      "Requestor",
      "Item",
      "Quantity",
      "Unit of Measure",
      "Status",
      "Purchase Order Date",
      "Purchase Order",
      "Supplier",
      "Estimated Cost",
      "Actual Cost",
      "Purchase Order Amount",
      "Purchase Order Amount(Company Currency)",
      "Expected Delivery Date",
      "Actual Delivery Date",
    ],
    expect: {
      item: "Item",
      orderedQty: "Quantity",
      lifecycle: "Status",
      orderDate: "Purchase Order Date",
      poNumber: "Purchase Order",
      supplier: "Supplier",
      requestedDate: "Expected Delivery Date",
      receivedDate: "Actual Delivery Date",
    },
  },
  {
    system: "Dynamics 365 Business Central",
    name: "Purchase Line (Archive) fields, table order",
    // https://learn.microsoft.com/en-us/dynamics365/business-central/application/base-application/table/microsoft.purchases.archive.purchase-line-archive
    source: "learn.microsoft.com … microsoft.purchases.archive.purchase-line-archive",
    headers: [
      "Document Type",
      "Buy-from Vendor No.",
      "Document No.",
      "Line No.",
      "Type",
      "No.",
      "Location Code",
      "Posting Group",
      "Expected Receipt Date",
      "Description",
      "Description 2",
      "Unit of Measure",
      "Quantity",
      "Outstanding Quantity",
      "Qty. to Invoice",
      "Qty. to Receive",
      "Direct Unit Cost",
      "Unit Cost (LCY)",
      "VAT %",
      "Quantity Disc. %",
      "Line Discount %",
      "Line Discount Amount",
      "Amount",
      "Amount Including VAT",
      "Unit Price (LCY)",
      "Outstanding Amount",
      "Qty. Rcd. Not Invoiced",
      "Amt. Rcd. Not Invoiced",
      "Quantity Received",
      "Quantity Invoiced",
      "Receipt No.",
      "Receipt Line No.",
    ],
    expect: {
      supplier: "Buy-from Vendor No.",
      poNumber: "Document No.",
      line: "Line No.",
      requestedDate: "Expected Receipt Date",
      description: "Description",
      orderedQty: "Quantity",
      unitPrice: "Direct Unit Cost",
      receivedQty: "Quantity Received",
    },
  },
  {
    system: "Dynamics 365 Business Central",
    name: "Purchase Lines with the receipt-date fields",
    // https://microsoft.github.io/BCApps/reference/base-application/Table/Microsoft.Purchases.Document.Purchase-Line.html
    source: "microsoft.github.io/BCApps … Purchase-Line.html",
    headers: [
      "Document No.",
      "Line No.",
      "Buy-from Vendor No.",
      "No.",
      "Description",
      "Quantity",
      "Quantity Received",
      "Outstanding Quantity",
      "Direct Unit Cost",
      "Currency Code",
      "Order Date",
      "Requested Receipt Date",
      "Promised Receipt Date",
      "Planned Receipt Date",
      "Expected Receipt Date",
    ],
    expect: {
      poNumber: "Document No.",
      line: "Line No.",
      supplier: "Buy-from Vendor No.",
      description: "Description",
      orderedQty: "Quantity",
      receivedQty: "Quantity Received",
      unitPrice: "Direct Unit Cost",
      currency: "Currency Code",
      orderDate: "Order Date",
      requestedDate: "Requested Receipt Date",
      promisedDate: "Promised Receipt Date",
    },
  },
  {
    system: "NetSuite",
    name: "PO receiving saved search",
    // index id 55229305957 (test fixture of a NetSuite saved-search export)
    source: "index id 55229305957",
    headers: [
      "Internal ID",
      "Document Number",
      "Name",
      "Ship To",
      "Final Naghedi Destination",
      "Status",
      "Item",
      "Quantity",
      "Quantity Fulfilled/Received",
      "Quantity Remaining",
      "Due Date/Receive By",
    ],
    expect: {
      poNumber: "Document Number",
      supplier: "Name",
      lifecycle: "Status",
      item: "Item",
      orderedQty: "Quantity",
      receivedQty: "Quantity Fulfilled/Received",
      requestedDate: "Due Date/Receive By",
    },
  },
  {
    system: "QuickBooks",
    name: "Open Purchase Orders Detail (Desktop)",
    // index id 754589638 (Excel add-in over the report; column names as it finds them. "Name" left out:
    // there it is the customer:job, and which other columns the report kept is not shown)
    source: "index id 754589638",
    headers: ["Type", "Date", "Num", "Memo", "Source Name", "Deliv Date", "Item", "Qty", "Rcv'd", "Backordered", "Amount", "Open Balance"],
    expect: {
      orderDate: "Date",
      poNumber: "Num",
      notes: "Memo",
      supplier: "Source Name",
      requestedDate: "Deliv Date",
      item: "Item",
      orderedQty: "Qty",
      receivedQty: "Rcv'd",
    },
  },
  {
    system: "Kingdee K/3 Cloud",
    name: "采购订单 PUR_PurchaseOrder fields",
    // index id 2985611554 (K/3 Cloud WebAPI field list, 中文说明 column)
    source: "index id 2985611554",
    headers: ["单据编号", "计划跟踪号", "物料编码", "物料名称", "数量", "累计入库数量", "未入库数量", "辅助属性", "交货日期", "供应商"],
    expect: {
      poNumber: "单据编号",
      item: "物料编码",
      description: "物料名称",
      orderedQty: "数量",
      receivedQty: "累计入库数量",
      requestedDate: "交货日期",
      supplier: "供应商",
    },
  },
  {
    system: "Yonyou U8/NC",
    name: "U8 采购订单列表",
    // index id 9032653400 (import of the U8 list export; 选择/序号 are U8's list columns)
    source: "index id 9032653400",
    headers: [
      "序号",
      "选择",
      "业务类型",
      "订单编号",
      "日期",
      "部门",
      "业务员",
      "币种",
      "存货编码",
      "存货名称",
      "供应商",
      "规格型号",
      "主计量",
      "数量",
      "原币含税单价",
      "原币单价",
      "原币金额",
      "税率",
      "原币价税合计",
      "付款条件",
      "累计出口数量",
      "项目编码",
      "项目名称",
      "制单人",
      "行关闭人",
      "需求分类代码说明",
      "未开票量",
      "开票状态",
      "计划到货日期",
      "累计开票量",
      "原币税额",
    ],
    expect: {
      poNumber: "订单编号",
      orderDate: "日期",
      buyer: "业务员",
      currency: "币种",
      item: "存货编码",
      description: "存货名称",
      supplier: "供应商",
      orderedQty: "数量",
      unitPrice: "原币单价",
      requestedDate: "计划到货日期",
    },
  },
];

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
    expect(d.missingRequired).toEqual([]);
    expect(d.receivedQtyFromOpenQty).toBe(row.fromOpenQty === true);
    const guessed = d.matches.filter((m) => m.guessed).map((m) => m.field);
    expect(guessed).toEqual(row.guessed ?? []);
  });

  test("every row names its source", () => {
    for (const row of ROWS) expect(row.source.length).toBeGreaterThan(10);
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
