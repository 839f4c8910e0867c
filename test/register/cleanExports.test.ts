import type { FieldKey, PoLine } from "../../src/model";
import { cellIssues, reportReadiness, runPipeline } from "../../src/pipeline";
import { registerSources } from "../fixtures/sources";
import { ERP_ROWS, type ErpRow } from "./erpHeaderRows";

/**
 * A clean export of each kind gives 0 problems: the real header row of each system (erpHeaderRows.ts)
 * with a few data rows written as that system writes them (Excel serials, ISO text, Odoo's date-times,
 * SAP's dotted German dates and decimal commas, US slash dates), through the one pipeline.
 *
 * Dates (1900 system): 2026-11-01 = 46327 and 2026-11-21 = 46347 (see cells.test.ts for the arithmetic);
 * 2026-10-15 = 46327 − 17 = 46310; 2026-11-25 = 46347 + 4 = 46351; 2026-12-05 = 46347 + 14 = 46361.
 *
 * Slash dates: every slash-date column below has a day above 12 somewhere, as a real export of more
 * than a few lines has; a column of only 11/01/2026 cannot tell 1 Nov from 11 Jan and is rightly
 * called ambiguous (columnDates.test.ts), even when the next column settles the order.
 */
const OCT_15 = 46310;
const NOV_1 = 46327;
const NOV_21 = 46347;
const NOV_25 = 46351;
const DEC_5 = 46361;
// The day the pipeline runs; nothing here depends on it (evaluate: false).
const AS_OF = NOV_1;

type Cells = Partial<Record<FieldKey, unknown>>;

function rowNamed(name: string): ErpRow {
  const row = ERP_ROWS.find((r) => r.name === name);
  if (!row) throw new Error(`no header row named "${name}"`);
  return row;
}

/** The export: its header row, then one row per line with each value under the column its field maps to. */
function exportOf(row: ErpRow, lines: Cells[], others: Record<string, unknown> = {}): unknown[][] {
  const body = lines.map((cells) =>
    row.headers.map((header) => {
      const field = (Object.keys(row.expect) as FieldKey[]).find((f) => row.expect[f] === header);
      if (field && field in cells) return cells[field];
      return others[header] ?? "";
    }),
  );
  return [row.headers, ...body];
}

interface Expected {
  poNumber: string;
  supplier: string;
  orderedQty: number;
  receivedQty: number | null;
  orderDate?: number | null;
  requestedDate?: number | null;
  promisedDate?: number | null;
}

function parse(values: unknown[][]) {
  const sources = registerSources(values);
  const model = runPipeline(sources, { asOf: AS_OF, evaluate: false });
  return { model, readiness: reportReadiness(sources, model) };
}

const brief = (line: PoLine, keys: (keyof Expected)[]) => Object.fromEntries(keys.map((k) => [k, line[k]]));

interface Case {
  name: string;
  values: unknown[][];
  expected: Expected[];
}

const CASES: Case[] = [
  {
    name: "ME2N/ME2M, schedule-line layout",
    // An .xlsx export: dates are serials, numbers are numbers.
    values: exportOf(rowNamed("ME2N/ME2M, schedule-line layout"), [
      {
        orderDate: NOV_1,
        poNumber: "4500001234",
        line: 10,
        supplier: "Acme GmbH",
        item: "MAT-1",
        requestedDate: NOV_21,
        orderedQty: 100,
        receivedQty: 40,
        unitPrice: 12.5,
        currency: "EUR",
        committedDate: NOV_21,
      },
      {
        orderDate: NOV_1,
        poNumber: "4500001234",
        line: 20,
        supplier: "Acme GmbH",
        item: "MAT-2",
        requestedDate: DEC_5,
        orderedQty: 5,
        receivedQty: 0,
        unitPrice: 3,
        currency: "EUR",
        committedDate: DEC_5,
      },
    ]),
    expected: [
      { poNumber: "4500001234", supplier: "Acme GmbH", orderedQty: 100, receivedQty: 40, orderDate: NOV_1, requestedDate: NOV_21 },
      { poNumber: "4500001234", supplier: "Acme GmbH", orderedQty: 5, receivedQty: 0, orderDate: NOV_1, requestedDate: DEC_5 },
    ],
  },
  {
    name: "ME2N Dispositionsliste (German UI)",
    // SAP's German CSV: dotted D.M.Y dates, decimal commas, thousands dots.
    values: exportOf(rowNamed("ME2N Dispositionsliste (German UI)"), [
      {
        supplier: "Müller AG",
        buyer: "E01",
        poNumber: "4500000077",
        line: "10",
        orderDate: "15.10.2026",
        requestedDate: "21.11.2026",
        item: "M-7",
        description: "Welle",
        orderedQty: "1.200,000",
        unitPrice: "12,50",
        currency: "EUR",
        receivedQty: "200,000",
      },
      {
        supplier: "Müller AG",
        buyer: "E01",
        poNumber: "4500000077",
        line: "20",
        orderDate: "15.10.2026",
        requestedDate: "05.12.2026",
        item: "M-8",
        description: "Lager",
        orderedQty: "50,000",
        unitPrice: "3,20",
        currency: "EUR",
        receivedQty: "0,000",
      },
    ]),
    expected: [
      // "1.200,000" = 1200 and "200,000" = 200 (comma decimals: the column's other cells decide).
      { poNumber: "4500000077", supplier: "Müller AG", orderedQty: 1200, receivedQty: 200, orderDate: OCT_15, requestedDate: NOV_21 },
      { poNumber: "4500000077", supplier: "Müller AG", orderedQty: 50, receivedQty: 0, orderDate: OCT_15, requestedDate: DEC_5 },
    ],
  },
  {
    name: "ME2N (Chinese UI)",
    values: exportOf(rowNamed("ME2N (Chinese UI)"), [
      {
        poNumber: "4500002001",
        line: "10",
        supplier: "深圳精密五金",
        item: "100-001",
        description: "轴套",
        orderDate: "2026/10/15",
        requestedDate: "2026/11/21",
        orderedQty: 300,
        receivedQty: 100,
      },
      {
        poNumber: "4500002001",
        line: "20",
        supplier: "深圳精密五金",
        item: "100-002",
        description: "垫片",
        orderDate: "2026/10/15",
        requestedDate: "2026/12/05",
        orderedQty: 1000,
        receivedQty: 0,
      },
    ]),
    expected: [
      { poNumber: "4500002001", supplier: "深圳精密五金", orderedQty: 300, receivedQty: 100, orderDate: OCT_15, requestedDate: NOV_21 },
      { poNumber: "4500002001", supplier: "深圳精密五金", orderedQty: 1000, receivedQty: 0, orderDate: OCT_15, requestedDate: DEC_5 },
    ],
  },
  {
    name: "ME2N 'PO Report', all 53 columns of a production export",
    // The received quantity comes from "Still to be delivered (qty)": 100 − 40 = 60, 20 − 20 = 0.
    values: exportOf(
      rowNamed("ME2N 'PO Report', all 53 columns of a production export"),
      [
        {
          poNumber: "4100000001",
          line: 10,
          buyer: "P01",
          orderDate: NOV_1,
          supplier: "PT Sinar",
          item: "A-1",
          description: "Bolt",
          orderedQty: 100,
          unitPrice: 2,
          receivedQty: 40,
          currency: "IDR",
          requestedDate: NOV_21,
        },
        {
          poNumber: "4100000001",
          line: 20,
          buyer: "P01",
          orderDate: NOV_1,
          supplier: "PT Sinar",
          item: "A-2",
          description: "Nut",
          orderedQty: 20,
          unitPrice: 1,
          receivedQty: 20,
          currency: "IDR",
          requestedDate: DEC_5,
        },
      ],
      { "Supplier/Supplying Plant": "200017  PT Sinar", Plant: "1000", "Purchasing Doc. Type": "EU20", "Order Unit": "PC" },
    ),
    expected: [
      { poNumber: "4100000001", supplier: "PT Sinar", orderedQty: 100, receivedQty: 60, orderDate: NOV_1, requestedDate: NOV_21 },
      { poNumber: "4100000001", supplier: "PT Sinar", orderedQty: 20, receivedQty: 0, orderDate: NOV_1, requestedDate: DEC_5 },
    ],
  },
  {
    name: "purchase.order.line list export (17/18 field strings)",
    // Odoo's CSV writes date-times; no line-number column: the line is PO + product.
    values: exportOf(rowNamed("purchase.order.line list export (17/18 field strings)"), [
      {
        poNumber: "P00012",
        supplier: "Wood Corner",
        item: "[FURN_7800] Desk",
        description: "Desk",
        requestedDate: "2026-11-21 10:00:00",
        orderedQty: 10,
        receivedQty: 4,
        unitPrice: 120,
        currency: "USD",
        orderDate: "2026-11-01 09:30:00",
      },
      {
        poNumber: "P00012",
        supplier: "Wood Corner",
        item: "[FURN_8220] Chair",
        description: "Chair",
        requestedDate: "2026-12-05 10:00:00",
        orderedQty: 6,
        receivedQty: 0,
        unitPrice: 45,
        currency: "USD",
        orderDate: "2026-11-01 09:30:00",
      },
    ]),
    expected: [
      { poNumber: "P00012", supplier: "Wood Corner", orderedQty: 10, receivedQty: 4, orderDate: NOV_1, requestedDate: NOV_21 },
      { poNumber: "P00012", supplier: "Wood Corner", orderedQty: 6, receivedQty: 0, orderDate: NOV_1, requestedDate: DEC_5 },
    ],
  },
  {
    name: "purchase.order.line fields in Chinese (OpenERP 6.1 zh_CN labels)",
    values: exportOf(rowNamed("purchase.order.line fields in Chinese (OpenERP 6.1 zh_CN labels)"), [
      {
        poNumber: "PO00031",
        supplier: "宁波模具厂",
        item: "[M-01] 模具",
        notes: "模具",
        requestedDate: "2026-11-21 08:00:00",
        orderedQty: 2,
        unitPrice: 8800,
        lifecycle: "",
      },
      {
        poNumber: "PO00031",
        supplier: "宁波模具厂",
        item: "[M-02] 镶件",
        notes: "镶件",
        requestedDate: "2026-12-05 08:00:00",
        orderedQty: 12,
        unitPrice: 150,
        lifecycle: "",
      },
    ]),
    expected: [
      { poNumber: "PO00031", supplier: "宁波模具厂", orderedQty: 2, receivedQty: null, requestedDate: NOV_21 },
      { poNumber: "PO00031", supplier: "宁波模具厂", orderedQty: 12, receivedQty: null, requestedDate: DEC_5 },
    ],
  },
  {
    name: "Purchase Order Analysis (v13 columns)",
    // ERPNext: ISO dates; the same PO twice with two items, no line column.
    values: exportOf(rowNamed("Purchase Order Analysis (v13 columns)"), [
      {
        orderDate: "2026-11-01",
        requestedDate: "2026-11-21",
        poNumber: "PUR-ORD-2026-00007",
        lifecycle: "To Receive and Bill",
        supplier: "Zuber Metals",
        item: "ITM-001",
        orderedQty: 50,
        receivedQty: 10,
      },
      {
        orderDate: "2026-11-01",
        requestedDate: "2026-12-05",
        poNumber: "PUR-ORD-2026-00007",
        lifecycle: "To Receive and Bill",
        supplier: "Zuber Metals",
        item: "ITM-002",
        orderedQty: 8,
        receivedQty: 0,
      },
    ]),
    expected: [
      {
        poNumber: "PUR-ORD-2026-00007",
        supplier: "Zuber Metals",
        orderedQty: 50,
        receivedQty: 10,
        orderDate: NOV_1,
        requestedDate: NOV_21,
      },
      { poNumber: "PUR-ORD-2026-00007", supplier: "Zuber Metals", orderedQty: 8, receivedQty: 0, orderDate: NOV_1, requestedDate: DEC_5 },
    ],
  },
  {
    name: "Purchase Order Items To Be Received (query report)",
    values: exportOf(rowNamed("Purchase Order Items To Be Received (query report)"), [
      {
        poNumber: "PO-00042",
        orderDate: "2026-10-15",
        requestedDate: "2026-11-21",
        supplier: "Kaveri Castings",
        item: "CAST-9",
        orderedQty: 40,
        receivedQty: 15,
        description: "Housing",
      },
      {
        poNumber: "PO-00043",
        orderDate: "2026-11-01",
        requestedDate: "2026-12-05",
        supplier: "Kaveri Castings",
        item: "CAST-9",
        orderedQty: 40,
        receivedQty: 0,
        description: "Housing",
      },
    ]),
    expected: [
      { poNumber: "PO-00042", supplier: "Kaveri Castings", orderedQty: 40, receivedQty: 15, orderDate: OCT_15, requestedDate: NOV_21 },
      { poNumber: "PO-00043", supplier: "Kaveri Castings", orderedQty: 40, receivedQty: 0, orderDate: NOV_1, requestedDate: DEC_5 },
    ],
  },
  {
    name: "Purchase Lines with the receipt-date fields",
    // Business Central in the US: month/day/year (15 and 21 above 12 settle each column's order).
    values: exportOf(rowNamed("Purchase Lines with the receipt-date fields"), [
      {
        poNumber: "106001",
        line: 10000,
        supplier: "30000",
        description: "ATHENS Desk",
        orderedQty: 12,
        receivedQty: 2,
        unitPrice: 506.6,
        currency: "",
        orderDate: "10/15/2026",
        requestedDate: "11/21/2026",
        promisedDate: "11/25/2026",
      },
      {
        poNumber: "106001",
        line: 20000,
        supplier: "30000",
        description: "PARIS Guest Chair",
        orderedQty: 4,
        receivedQty: 0,
        unitPrice: 125.1,
        currency: "",
        orderDate: "10/15/2026",
        requestedDate: "12/05/2026",
        promisedDate: "",
      },
    ]),
    expected: [
      {
        poNumber: "106001",
        supplier: "30000",
        orderedQty: 12,
        receivedQty: 2,
        orderDate: OCT_15,
        requestedDate: NOV_21,
        promisedDate: NOV_25,
      },
      { poNumber: "106001", supplier: "30000", orderedQty: 4, receivedQty: 0, orderDate: OCT_15, requestedDate: DEC_5, promisedDate: null },
    ],
  },
  {
    name: "PO receiving saved search",
    // Status left blank: NetSuite's "Pending Receipt" is not yet a known status word (cells.ts), see the report.
    values: exportOf(rowNamed("PO receiving saved search"), [
      {
        poNumber: "PO1187",
        supplier: "Leather Works Ltd",
        lifecycle: "",
        item: "BAG-01",
        orderedQty: 200,
        receivedQty: 50,
        requestedDate: "11/21/2026",
      },
      {
        poNumber: "PO1187",
        supplier: "Leather Works Ltd",
        lifecycle: "",
        item: "BAG-02",
        orderedQty: 120,
        receivedQty: 0,
        requestedDate: "12/5/2026",
      },
    ]),
    expected: [
      { poNumber: "PO1187", supplier: "Leather Works Ltd", orderedQty: 200, receivedQty: 50, requestedDate: NOV_21 },
      { poNumber: "PO1187", supplier: "Leather Works Ltd", orderedQty: 120, receivedQty: 0, requestedDate: DEC_5 },
    ],
  },
  {
    name: "Open Purchase Orders Detail (Desktop)",
    values: exportOf(rowNamed("Open Purchase Orders Detail (Desktop)"), [
      {
        orderDate: "10/15/2026",
        poNumber: "1041",
        notes: "",
        supplier: "Patton Hardware Supplies",
        requestedDate: "11/21/2026",
        item: "Hardware:Doorknobs Std",
        orderedQty: 30,
        receivedQty: 10,
      },
      {
        orderDate: "10/15/2026",
        poNumber: "1041",
        notes: "",
        supplier: "Patton Hardware Supplies",
        requestedDate: "11/21/2026",
        item: "Hardware:Lk Doorknobs",
        orderedQty: 15,
        receivedQty: 0,
      },
    ]),
    expected: [
      { poNumber: "1041", supplier: "Patton Hardware Supplies", orderedQty: 30, receivedQty: 10, orderDate: OCT_15, requestedDate: NOV_21 },
      { poNumber: "1041", supplier: "Patton Hardware Supplies", orderedQty: 15, receivedQty: 0, orderDate: OCT_15, requestedDate: NOV_21 },
    ],
  },
  {
    name: "采购订单 PUR_PurchaseOrder fields",
    values: exportOf(rowNamed("采购订单 PUR_PurchaseOrder fields"), [
      {
        poNumber: "CGDD000123",
        item: "03.01.001",
        description: "不锈钢板",
        orderedQty: 500,
        receivedQty: 200,
        requestedDate: "2026-11-21",
        supplier: "昆山钢材",
      },
      {
        poNumber: "CGDD000123",
        item: "03.01.002",
        description: "铝板",
        orderedQty: 80,
        receivedQty: 0,
        requestedDate: "2026-12-05",
        supplier: "昆山钢材",
      },
    ]),
    expected: [
      { poNumber: "CGDD000123", supplier: "昆山钢材", orderedQty: 500, receivedQty: 200, requestedDate: NOV_21 },
      { poNumber: "CGDD000123", supplier: "昆山钢材", orderedQty: 80, receivedQty: 0, requestedDate: DEC_5 },
    ],
  },
  {
    name: "U8 采购订单列表",
    values: exportOf(rowNamed("U8 采购订单列表"), [
      {
        poNumber: "0000000056",
        orderDate: "2026-10-15",
        buyer: "王芳",
        currency: "人民币",
        item: "01019",
        description: "电机",
        supplier: "常州电机",
        orderedQty: 20,
        unitPrice: 350,
        requestedDate: "2026-11-21",
      },
      {
        poNumber: "0000000056",
        orderDate: "2026-10-15",
        buyer: "王芳",
        currency: "人民币",
        item: "01020",
        description: "端盖",
        supplier: "常州电机",
        orderedQty: 40,
        unitPrice: 12,
        requestedDate: "2026-12-05",
      },
    ]),
    expected: [
      { poNumber: "0000000056", supplier: "常州电机", orderedQty: 20, receivedQty: null, orderDate: OCT_15, requestedDate: NOV_21 },
      { poNumber: "0000000056", supplier: "常州电机", orderedQty: 40, receivedQty: null, orderDate: OCT_15, requestedDate: DEC_5 },
    ],
  },
  {
    name: "purchase.order.line list export in Japanese (Odoo 16 ja labels)",
    // Odoo writes date-times as "YYYY-MM-DD HH:MM:SS" text; the date part is the day.
    values: exportOf(rowNamed("purchase.order.line list export in Japanese (Odoo 16 ja labels)"), [
      {
        poNumber: "P00042",
        supplier: "株式会社大阪精工",
        item: "[B-100] ブラケット",
        description: "ブラケット",
        promisedDate: "2026-11-21 09:00:00",
        orderedQty: 120,
        receivedQty: 20,
        unitPrice: 350,
        currency: "JPY",
        orderDate: "2026-10-15 14:30:00",
      },
      {
        poNumber: "P00042",
        supplier: "株式会社大阪精工",
        item: "[B-200] ボルト",
        description: "ボルト",
        promisedDate: "2026-12-05 09:00:00",
        orderedQty: 500,
        receivedQty: 0,
        unitPrice: 12,
        currency: "JPY",
        orderDate: "2026-10-15 14:30:00",
      },
    ]),
    expected: [
      { poNumber: "P00042", supplier: "株式会社大阪精工", orderedQty: 120, receivedQty: 20, orderDate: OCT_15, promisedDate: NOV_21 },
      { poNumber: "P00042", supplier: "株式会社大阪精工", orderedQty: 500, receivedQty: 0, orderDate: OCT_15, promisedDate: DEC_5 },
    ],
  },
  {
    name: "OPOR + POR1 query export (database field names as headers)",
    // Received = Quantity − OpenQty: 100 − 60 = 40, 20 − 20 = 0.
    values: exportOf(rowNamed("OPOR + POR1 query export (database field names as headers)"), [
      {
        poNumber: 1001,
        supplier: "Tech Supplies Inc.",
        requestedDate: NOV_21,
        item: "MOUSE-001",
        description: "Wireless Mouse",
        orderedQty: 100,
        receivedQty: 60,
      },
      {
        poNumber: 1001,
        supplier: "Tech Supplies Inc.",
        requestedDate: NOV_21,
        item: "KEY-002",
        description: "Keyboard",
        orderedQty: 20,
        receivedQty: 20,
      },
    ]),
    expected: [
      { poNumber: "1001", supplier: "Tech Supplies Inc.", orderedQty: 100, receivedQty: 40, requestedDate: NOV_21 },
      { poNumber: "1001", supplier: "Tech Supplies Inc.", orderedQty: 20, receivedQty: 0, requestedDate: NOV_21 },
    ],
  },
  {
    name: "Received PO Items report columns",
    // US slash dates (a day above 12 settles the order). Received = Qty Ordered − Open Qty: 50 − 20 = 30, 10 − 10 = 0.
    values: exportOf(rowNamed("Received PO Items report columns"), [
      {
        poNumber: "PO-0310",
        supplier: "Office Depot",
        item: "CHAIR-01",
        description: "Task chair",
        orderDate: "10/15/2026",
        orderedQty: 50,
        receivedQty: 20,
        requestedDate: "11/21/2026",
      },
      {
        poNumber: "PO-0310",
        supplier: "Office Depot",
        item: "DESK-02",
        description: "Desk",
        orderDate: "10/15/2026",
        orderedQty: 10,
        receivedQty: 10,
        requestedDate: "12/05/2026",
      },
    ]),
    expected: [
      { poNumber: "PO-0310", supplier: "Office Depot", orderedQty: 50, receivedQty: 30, orderDate: OCT_15, requestedDate: NOV_21 },
      { poNumber: "PO-0310", supplier: "Office Depot", orderedQty: 10, receivedQty: 0, orderDate: OCT_15, requestedDate: DEC_5 },
    ],
  },
  {
    name: "PO Summary Report, full details",
    // One line per order in this report: two orders.
    values: exportOf(rowNamed("PO Summary Report, full details"), [
      {
        poNumber: "PO10021",
        supplier: "Fletcher Building",
        currency: "NZD",
        requestedDate: NOV_21,
        unitPrice: 8.5,
        orderedQty: 40,
        receivedQty: 25,
      },
      {
        poNumber: "PO10022",
        supplier: "Fletcher Building",
        currency: "NZD",
        requestedDate: DEC_5,
        unitPrice: 30,
        orderedQty: 10,
        receivedQty: 0,
      },
    ]),
    expected: [
      { poNumber: "PO10021", supplier: "Fletcher Building", orderedQty: 40, receivedQty: 25, requestedDate: NOV_21 },
      { poNumber: "PO10022", supplier: "Fletcher Building", orderedQty: 10, receivedQty: 0, requestedDate: DEC_5 },
    ],
  },
  {
    name: "Open Purchase Orders by Vendor",
    values: exportOf(rowNamed("Open Purchase Orders by Vendor"), [
      {
        supplier: "Grainger",
        poNumber: "2026-0455",
        line: 1,
        item: "BRG-6204",
        description: "Bearing 6204",
        lifecycle: "Partial",
        orderedQty: 12,
        receivedQty: 4,
        orderDate: OCT_15,
        promisedDate: NOV_21,
      },
      {
        supplier: "Grainger",
        poNumber: "2026-0455",
        line: 2,
        item: "BLT-A42",
        description: "V-belt A42",
        lifecycle: "Open",
        orderedQty: 6,
        receivedQty: 0,
        orderDate: OCT_15,
        promisedDate: DEC_5,
      },
    ]),
    expected: [
      { poNumber: "2026-0455", supplier: "Grainger", orderedQty: 12, receivedQty: 4, orderDate: OCT_15, promisedDate: NOV_21 },
      { poNumber: "2026-0455", supplier: "Grainger", orderedQty: 6, receivedQty: 0, orderDate: OCT_15, promisedDate: DEC_5 },
    ],
  },
  {
    name: "Outstanding POs by product (first 21 documented columns)",
    // UK dates, day first (a day above 12 settles the order); no received column, so received is no data.
    values: exportOf(rowNamed("Outstanding POs by product (first 21 documented columns)"), [
      {
        item: "WINE-0117",
        description: "Rioja Crianza 75cl",
        supplier: "Bodegas Norte",
        poNumber: "PO004512",
        orderDate: "15/10/2026",
        requestedDate: "21/11/2026",
        orderedQty: 60,
      },
      {
        item: "WINE-0220",
        description: "Albariño 75cl",
        supplier: "Bodegas Norte",
        poNumber: "PO004512",
        orderDate: "15/10/2026",
        requestedDate: "05/12/2026",
        orderedQty: 24,
      },
    ]),
    expected: [
      { poNumber: "PO004512", supplier: "Bodegas Norte", orderedQty: 60, receivedQty: null, orderDate: OCT_15, requestedDate: NOV_21 },
      { poNumber: "PO004512", supplier: "Bodegas Norte", orderedQty: 24, receivedQty: null, orderDate: OCT_15, requestedDate: DEC_5 },
    ],
  },
];

describe("a clean export of each kind gives 0 problems", () => {
  test.each(CASES.map((c) => [`${rowNamed(c.name).system}: ${c.name}`, c] as const))("%s", (_name, c) => {
    const { model, readiness } = parse(c.values);
    expect(cellIssues(model)).toEqual([]);
    expect(readiness.blocker).toBeNull();
    const lines = model.parsed?.lines ?? [];
    expect(lines).toHaveLength(c.expected.length);
    lines.forEach((line, i) => {
      const want = c.expected[i];
      expect(brief(line, Object.keys(want) as (keyof Expected)[])).toEqual(want);
    });
    // One line per row, each its own (PO + line, else PO + item).
    expect(new Set(lines.map((l) => l.key)).size).toBe(lines.length);
  });

  test("every system with a header row that has its required columns has a clean export here", () => {
    const covered = new Set(CASES.map((c) => rowNamed(c.name).system));
    const complete = new Set(ERP_ROWS.filter((r) => (r.missing ?? []).length === 0).map((r) => r.system));
    expect([...complete].filter((s) => !covered.has(s))).toEqual([]);
  });
});
