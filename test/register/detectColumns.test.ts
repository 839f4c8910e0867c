import type { FieldKey } from "../../src/model";
import { detectColumns } from "../../src/register/detectColumns";
import { FIELD_KEYS, fieldLabel } from "../../src/register/fields";

/** Headers that must map to the field when they are the only column: English, Chinese (incl. Traditional), Japanese. */
const FAMILIES: Record<FieldKey, { en: string[]; zh: string[]; ja: string[] }> = {
  poNumber: {
    en: ["PO No.", "Purchase Order", "PO #", "Order Reference", "Purchasing Document"],
    zh: ["采购单号", "订单号", "採購單號", "采购订单"],
    ja: ["発注番号", "注文番号", "購買伝票"],
  },
  line: { en: ["Line", "Line no", "PO line", "Item no"], zh: ["行号", "项次", "行號"], ja: ["明細番号", "明細行", "行番号"] },
  supplier: {
    en: ["Supplier", "Vendor", "Name of Vendor", "Supplier/Supplying Plant"],
    zh: ["供应商", "供應商", "厂商", "供货商"],
    ja: ["仕入先", "サプライヤー", "発注先"],
  },
  item: {
    en: ["Item code", "Material", "Product", "Part number", "SKU"],
    zh: ["物料编码", "料号", "品号"],
    ja: ["品目コード", "品番", "部品番号"],
  },
  description: { en: ["Description", "Short Text", "Item name"], zh: ["描述", "物料描述", "规格型号"], ja: ["品名", "品目名", "仕様"] },
  buyer: {
    en: ["Buyer", "Purchasing Group", "Purchase Representative", "Purchaser"],
    zh: ["采购员", "跟单员", "採購員"],
    ja: ["購買担当", "発注担当者", "バイヤー"],
  },
  supplierEmail: {
    en: ["Supplier email", "Vendor e-mail", "Email"],
    zh: ["供应商邮箱", "邮箱", "供應商郵箱"],
    ja: ["仕入先メール", "メールアドレス"],
  },
  orderDate: {
    en: ["Order date", "Document Date", "PO date", "Date"],
    zh: ["下单日期", "订单日期", "採購日期"],
    ja: ["発注日", "注文日", "伝票日付"],
  },
  requestedDate: {
    en: ["Requested date", "Need by", "Required By", "Delivery Date", "Expected Arrival", "Date Planned"],
    zh: ["需求日期", "要求交期", "交货日期", "交貨日期"],
    ja: ["希望納期", "納期", "指定納期"],
  },
  promisedDate: {
    en: ["Promised date", "Confirmed date", "ETA", "Promised delivery date"],
    zh: ["交期", "承诺交期", "承諾交期", "确认交期"],
    ja: ["納期回答", "回答納期", "入荷予定日"],
  },
  committedDate: {
    en: ["Committed date", "First confirmed date", "Original promised date"],
    zh: ["首次承诺交期", "原交期", "首次確認交期"],
    ja: ["初回回答納期", "当初納期"],
  },
  orderedQty: {
    en: ["Ordered qty", "Order Quantity", "Quantity", "Qty"],
    zh: ["订购数量", "采购数量", "數量"],
    ja: ["発注数量", "注文数量", "数量"],
  },
  receivedQty: {
    en: ["Received qty", "Qty received", "GR qty"],
    zh: ["已收数量", "收货数量", "實收數量"],
    ja: ["入荷数量", "受入数量", "検収数量"],
  },
  receivedDate: {
    en: ["Received date", "Receipt date", "GR date", "Actual delivery date"],
    zh: ["收货日期", "到货日期", "實際到貨日期"],
    ja: ["入荷日", "納入日", "検収日"],
  },
  unitPrice: { en: ["Unit price", "Net Price", "Price", "Rate"], zh: ["单价", "單價", "采购单价"], ja: ["単価", "発注単価"] },
  currency: { en: ["Currency", "Crcy", "Curr."], zh: ["币种", "幣別", "货币"], ja: ["通貨", "通貨コード"] },
  lifecycle: { en: ["PO status", "Status", "Line status"], zh: ["订单状态", "状态", "狀態"], ja: ["発注ステータス", "ステータス", "状況"] },
  stage: { en: ["Stage", "Milestone", "Production status"], zh: ["进度", "生产进度", "生產進度"], ja: ["進捗", "進捗状況", "工程"] },
  tracking: { en: ["Tracking", "Tracking number", "AWB", "B/L"], zh: ["物流单号", "运单号", "快遞單號"], ja: ["追跡番号", "送り状番号"] },
  delayReason: {
    en: ["Delay reason", "Reason for delay", "Reason"],
    zh: ["延误原因", "延迟原因", "延誤原因"],
    ja: ["遅延理由", "遅延原因"],
  },
  lastChaseDate: {
    en: ["Last chase", "Last follow-up", "Last contacted"],
    zh: ["上次跟催", "上次跟进", "上次跟進"],
    ja: ["前回督促日", "最終連絡日"],
  },
  nextChaseDate: {
    en: ["Next chase", "Next follow-up", "Follow-up date", "Chase on"],
    zh: ["下次跟催", "下次跟进", "跟進日期"],
    ja: ["次回督促日", "次回フォロー日"],
  },
  inspection: { en: ["Inspection", "QC result", "QC"], zh: ["检验结果", "质检结果", "檢驗結果"], ja: ["検査結果", "受入検査", "検品結果"] },
  salesOrder: { en: ["Sales order", "SO number", "SO"], zh: ["销售订单", "客户订单号", "銷售訂單"], ja: ["受注番号", "製番"] },
  customer: { en: ["Customer", "Client", "End customer"], zh: ["客户", "客戶", "客户名称"], ja: ["得意先", "顧客名"] },
  notes: { en: ["Notes", "Remarks", "Comment"], zh: ["备注", "備註", "说明"], ja: ["備考", "メモ", "コメント"] },
  shipDate: {
    en: ["Ship date", "ETD", "Ex-factory date", "Date shipped"],
    zh: ["出货日期", "发货日期", "开船日期"],
    ja: ["出荷日", "出港日", "船積日"],
  },
  // "ETA" alone stays the promised date (see the stage-field tests below).
  eta: {
    en: ["ETA (shipment)", "Estimated time of arrival", "Carrier ETA"],
    zh: ["预计到港", "预计到港时间"],
    ja: ["着荷予定", "入港予定"],
  },
  portArrivalDate: { en: ["Arrival at port", "Port arrival", "ATA"], zh: ["到港日期", "到港日"], ja: ["着港日", "入港日"] },
  carrier: { en: ["Carrier", "Forwarder", "Courier"], zh: ["承运商", "物流公司", "货代"], ja: ["運送会社", "運送業者", "フォワーダー"] },
  acceptedQty: { en: ["Accepted qty", "Qty accepted", "Good qty"], zh: ["合格数量", "检验合格数量"], ja: ["合格数", "良品数"] },
  rejectedQty: { en: ["Rejected qty", "Reject qty", "NG qty"], zh: ["不合格数量", "拒收数量", "不合格数"], ja: ["不良数", "不良品数"] },
  returnedQty: { en: ["Returned qty", "Return qty", "RTV qty"], zh: ["退货数量", "退回数量"], ja: ["返品数", "返品数量"] },
  soNeedDate: { en: ["SO need date", "Customer due date", "Sales order need date"], zh: ["客户需求日期", "客户交期"], ja: ["受注納期", "客先納期"] },
};

describe("every synonym family in every language", () => {
  const cases = FIELD_KEYS.flatMap((field) =>
    (["en", "zh", "ja"] as const).flatMap((lang) => FAMILIES[field][lang].map((header) => [field, lang, header] as const)),
  );
  test.each(cases)("%s (%s): %s", (field, _lang, header) => {
    const detection = detectColumns(["(unrelated)", header]);
    expect(detection.columns[field]).toBe(1);
  });

  test("the table covers every field", () => {
    expect(Object.keys(FAMILIES).sort()).toEqual([...FIELD_KEYS].sort());
  });
});

describe("matching", () => {
  test("ignores case, spaces, punctuation and full-width forms", () => {
    const d = detectColumns(["ＰＯ　ＮＯ．", " supplier ", "ORDERED-QTY", "promised_date"]);
    expect(d.columns).toEqual({ poNumber: 0, supplier: 1, orderedQty: 2, promisedDate: 3 });
    expect(d.missingRequired).toEqual([]);
  });

  test("confidence: exact for canonical names, synonym, partial for a header containing a synonym", () => {
    const d = detectColumns(["Purchase Order", "Vendor", "Supplier email (main)", "poNumber"]);
    const byField = Object.fromEntries(d.matches.map((m) => [m.field, m.confidence]));
    // "Purchase Order" (col 0) and "poNumber" (col 3) are both exact: the leftmost wins.
    expect(d.columns.poNumber).toBe(0);
    expect(byField).toEqual({ poNumber: "exact", supplier: "synonym", supplierEmail: "partial" });
    expect(d.unmapped).toEqual([{ column: 3, header: "poNumber" }]);
  });

  test("partial match: a header that contains a synonym", () => {
    const d = detectColumns(["Supplier name (main)", "交期（最新）"]);
    expect(d.matches).toEqual([
      { field: "supplier", column: 0, header: "Supplier name (main)", confidence: "partial" },
      { field: "promisedDate", column: 1, header: "交期（最新）", confidence: "partial" },
    ]);
  });

  test("the more specific contained synonym wins", () => {
    // Contains "delivery date" (requested) and "confirmed delivery date" (promised): the longer term names the column.
    const d = detectColumns(["Latest confirmed delivery date"]);
    expect(d.columns).toEqual({ promisedDate: 0 });
  });

  test("each field takes one column and each column one field; better confidence beats leftmost", () => {
    const d = detectColumns(["Vendor", "Supplier", "Supplier code"]);
    // "Supplier" is exact, "Vendor" only a synonym: the supplier is column 1. The others stay unmapped.
    expect(d.columns).toEqual({ supplier: 1 });
    expect(d.unmapped.map((u) => u.column)).toEqual([0, 2]);
  });

  test("ties go to the leftmost column", () => {
    const d = detectColumns(["Vendor", "Notes", "Vendor"]);
    expect(d.columns.supplier).toBe(0);
  });

  test("generic words do not match inside longer headers", () => {
    const d = detectColumns(["Billed Qty", "Qty to Bill", "Price Unit", "Payment status", "Date of birth"]);
    expect(d.matches).toEqual([]);
  });

  test("'Item' is the part in a buyer's sheet but the line when another column is the part", () => {
    expect(detectColumns(["PO", "Item", "Qty"]).columns).toEqual({ poNumber: 0, item: 1, orderedQty: 2 });
    expect(detectColumns(["PO", "Item", "Material"]).columns).toEqual({ poNumber: 0, line: 1, item: 2 });
    expect(detectColumns(["PO", "Line", "Item"]).columns).toEqual({ poNumber: 0, line: 1, item: 2 });
  });

  test("headers that are numbers, null or blank do not break detection", () => {
    const d = detectColumns([null, 2026, "", undefined, "Supplier"]);
    expect(d.columns).toEqual({ supplier: 4 });
    expect(d.unmapped).toEqual([{ column: 1, header: "2026" }]);
  });
});

describe("missing required fields", () => {
  test("poNumber, supplier, orderedQty and one of requested/promised", () => {
    expect(detectColumns(["PO", "Supplier", "Qty", "Requested date"]).missingRequired).toEqual([]);
    expect(detectColumns(["PO", "Supplier", "Qty", "Promised date"]).missingRequired).toEqual([]);
  });

  test("neither due date column: both are reported", () => {
    expect(detectColumns(["PO", "Supplier", "Notes"]).missingRequired).toEqual(["orderedQty", "requestedDate", "promisedDate"]);
  });

  test("an empty header row misses everything required", () => {
    expect(detectColumns([]).missingRequired).toEqual(["poNumber", "supplier", "orderedQty", "requestedDate", "promisedDate"]);
  });
});

describe("override", () => {
  test("a manual mapping wins over detection and takes the column away from other fields", () => {
    const d = detectColumns(["PO", "Supplier", "Remarks", "Qty"], { notes: 1, supplier: 2 });
    expect(d.columns).toEqual({ poNumber: 0, notes: 1, supplier: 2, orderedQty: 3 });
    expect(d.matches.find((m) => m.field === "supplier")).toEqual({
      field: "supplier",
      column: 2,
      header: "Remarks",
      confidence: "manual",
    });
  });

  test("null un-maps a field even when a header matches", () => {
    const d = detectColumns(["PO", "Supplier", "Notes"], { notes: null });
    expect(d.columns.notes).toBeUndefined();
    expect(d.unmapped).toEqual([{ column: 2, header: "Notes" }]);
  });

  test("two fields mapped to one column: the first field (schema order) keeps it", () => {
    const d = detectColumns(["PO", "X"], { supplier: 1, notes: 1 });
    expect(d.columns).toEqual({ poNumber: 0, supplier: 1 });
  });

  test("an invalid index is ignored, and the field stays unmapped", () => {
    const d = detectColumns(["PO", "Supplier"], { supplier: -1 });
    expect(d.columns).toEqual({ poNumber: 0 });
  });
});

// More real header rows, Odoo's among them, one row each: test/register/erpHeaders.test.ts.
describe("ERP exports (real header rows)", () => {
  test("SAP ME2N", () => {
    const headers = [
      "Purchasing Document",
      "Item",
      "Document Date",
      "Material",
      "Short Text",
      "Material Group",
      "Plant",
      "Storage Location",
      "Vendor",
      "Name of Vendor",
      "Purchasing Group",
      "Delivery Date",
      "Order Quantity",
      "Order Unit",
      "Still to be delivered (qty)",
      "Still to be delivered (value)",
      "Still to be invoiced (qty)",
      "Net Price",
      "Currency",
      "Price Unit",
    ];
    const d = detectColumns(headers);
    expect(d.columns).toEqual({
      poNumber: 0,
      line: 1,
      orderDate: 2,
      item: 3,
      description: 4,
      supplier: 9,
      buyer: 10,
      requestedDate: 11,
      orderedQty: 12,
      receivedQty: 14,
      unitPrice: 17,
      currency: 18,
    });
    expect(d.receivedQtyFromOpenQty).toBe(true);
    expect(d.matches.find((m) => m.field === "receivedQty")?.derivedFrom).toBe("openQty");
    expect(d.missingRequired).toEqual([]);
    expect(d.unmapped.map((u) => u.header)).toEqual([
      "Material Group",
      "Plant",
      "Storage Location",
      "Vendor",
      "Order Unit",
      "Still to be delivered (value)",
      "Still to be invoiced (qty)",
      "Price Unit",
    ]);
  });

  test("SAP ME2N without the vendor name: the vendor column is the supplier", () => {
    expect(detectColumns(["Purchasing Document", "Item", "Vendor", "Order Quantity", "Delivery Date"]).columns.supplier).toBe(2);
  });

  test("ERPNext Purchase Order Analysis: the Received Qty column beats Pending Qty", () => {
    const headers = [
      "Date",
      "Required By",
      "Purchase Order",
      "Status",
      "Supplier",
      "Project",
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
    ];
    const d = detectColumns(headers);
    expect(d.columns).toEqual({
      orderDate: 0,
      requestedDate: 1,
      poNumber: 2,
      lifecycle: 3,
      supplier: 4,
      item: 6,
      orderedQty: 7,
      receivedQty: 8,
    });
    expect(d.receivedQtyFromOpenQty).toBe(false);
    expect(d.missingRequired).toEqual([]);
  });

  test("ERPNext without Received Qty: received is derived from Pending Qty", () => {
    const d = detectColumns(["Purchase Order", "Supplier", "Qty", "Pending Qty", "Required By"]);
    expect(d.columns.receivedQty).toBe(3);
    expect(d.receivedQtyFromOpenQty).toBe(true);
  });
});

test.each(["en", "zh-CN", "ja"] as const)("a header row of the %s field labels maps every field exactly", (lang) => {
  const labels = FIELD_KEYS.map((k) => fieldLabel(k, lang));
  const d = detectColumns(labels);
  expect(d.matches.map((m) => [m.field, m.column, m.confidence])).toEqual(FIELD_KEYS.map((k, i) => [k, i, "exact"]));
  expect(d.unmapped).toEqual([]);
});
