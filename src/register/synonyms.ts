import type { FieldKey } from "../model";

/**
 * Header synonyms per field, in English, Chinese (Simplified; Traditional spellings are folded by
 * normalizeHeader, a few are listed anyway), Japanese, and the column names of common ERP exports:
 * SAP ME2N/ME2L, Odoo purchase order lines, ERPNext "Purchase Order Analysis".
 * Headers are compared after normalizeHeader, so case, spaces, punctuation and full-width forms
 * do not matter ("PO No." = "po no" = "ＰＯ\u3000ＮＯ", \u3000 being the ideographic space).
 *
 * Tiers (strongest first):
 * - primary:  the canonical names; an equal header is an "exact" match. The field labels of
 *             src/i18n/catalogs/fields.ts count as primary too.
 * - synonyms: an equal header is a "synonym" match; a header that contains one is a "partial" match
 *             ("Supplier name (main)").
 * - weak:     generic words (Date, Qty, Status, Email…): "synonym" when the header is exactly that
 *             word, never partial, and any primary/synonym match of the same field wins over them.
 * - fallback: weaker still; used for "Item", which is the line number in SAP but usually the
 *             part in a buyer's own sheet: it becomes the line only when another column is the item.
 */
export interface SynonymSet {
  primary: readonly string[];
  synonyms: readonly string[];
  weak?: readonly string[];
  fallback?: readonly string[];
}

export const SYNONYMS: Readonly<Record<FieldKey, SynonymSet>> = {
  poNumber: {
    primary: ["PO number", "PO No.", "Purchase Order", "采购单号", "採購單號", "発注番号"],
    synonyms: [
      "PO #",
      "PO num",
      "P.O. number",
      "Purchase order number",
      "Purchase order no",
      "Order number",
      "Order No.",
      "Order reference",
      "Purchasing Document",
      "Purch. Doc.",
      "Purchasing Doc.",
      "Purchase document",
      "采购订单",
      "采购订单号",
      "采购单",
      "订单号",
      "订单编号",
      "采购编号",
      "PO号",
      "採購訂單",
      "訂單號",
      "注文番号",
      "注文書番号",
      "発注書番号",
      "発注No",
      "PO番号",
      "購買伝票",
      "購買発注番号",
    ],
    weak: ["PO", "Order", "订单", "発注"],
  },
  line: {
    primary: ["Line", "Line no", "行号", "明細番号"],
    synonyms: [
      "Line number",
      "PO line",
      "Line item",
      "Item no",
      "Item number",
      "Position",
      "行项目",
      "项次",
      "項次",
      "行號",
      "明细行",
      "明細行",
      "明細No",
      "行番号",
    ],
    weak: ["Pos", "Pos.", "明细", "明細", "行"],
    fallback: ["Item"],
  },
  supplier: {
    primary: [
      "Supplier",
      "Supplier name",
      "Name of vendor",
      "Name of supplier",
      "Vendor name",
      "供应商",
      "供應商",
      "供应商名称",
      "仕入先",
      "仕入先名",
    ],
    synonyms: [
      "Vendor",
      "Supplier/Supplying plant",
      "Vendor/supplying plant",
      "Vendor code",
      "Supplier code",
      "厂商",
      "供货商",
      "厂家",
      "供应商简称",
      "サプライヤー",
      "サプライヤ",
      "仕入先名称",
      "購入先",
      "発注先",
      "ベンダー",
      "外注先",
    ],
    weak: ["取引先", "業者"],
  },
  item: {
    primary: ["Item code", "物料编码", "品目コード"],
    synonyms: [
      "Material",
      "Material number",
      "Product",
      "Product code",
      "Part number",
      "Part no",
      "P/N",
      "SKU",
      "Article",
      "Article number",
      "物料",
      "物料号",
      "料号",
      "品号",
      "零件号",
      "产品编码",
      "存货编码",
      "商品编码",
      "品番",
      "品目",
      "部品番号",
      "型番",
    ],
    weak: ["Item"],
  },
  description: {
    primary: ["Description", "描述", "品名"],
    synonyms: [
      "Short text",
      "Item name",
      "Item description",
      "Product name",
      "Material description",
      "物料描述",
      "物料名称",
      "规格",
      "规格型号",
      "品名规格",
      "产品名称",
      "摘要",
      "品目名",
      "商品名",
      "仕様",
      "品名規格",
    ],
    weak: ["Name", "名称", "内容"],
  },
  buyer: {
    primary: ["Buyer", "采购员", "購買担当"],
    synonyms: [
      "Purchaser",
      "Purchasing group",
      "Purch. group",
      "Purchase representative",
      "Purchasing agent",
      "Expediter",
      "跟单员",
      "采购人",
      "采购负责人",
      "采购担当",
      "購買担当者",
      "発注担当",
      "発注担当者",
      "発注者",
      "バイヤー",
    ],
    weak: ["Owner", "Responsible", "采购", "担当", "担当者", "负责人"],
  },
  supplierEmail: {
    primary: ["Supplier email", "供应商邮箱", "仕入先メール"],
    synonyms: ["Vendor email", "Supplier e-mail", "Contact email", "供应商邮件", "供应商电子邮件", "仕入先メールアドレス"],
    weak: ["Email", "E-mail", "Mail", "邮箱", "电子邮件", "邮件", "メール", "メールアドレス", "Eメール"],
  },
  orderDate: {
    primary: ["Order date", "下单日期", "発注日"],
    synonyms: [
      "PO date",
      "Document date",
      "Doc. date",
      "Purchase date",
      "Creation date",
      "Date ordered",
      "Ordered on",
      "订单日期",
      "采购日期",
      "订货日期",
      "发单日期",
      "下单日",
      "発注日付",
      "注文日",
      "伝票日付",
    ],
    weak: ["Date", "Created", "日期", "日付"],
  },
  requestedDate: {
    primary: ["Requested date", "需求日期", "希望納期"],
    synonyms: [
      "Need by",
      "Need-by date",
      "Need date",
      "Needed by",
      "Needed by date",
      "Date needed",
      "Date required",
      "Required delivery date",
      "Required by",
      "Required date",
      "Request date",
      "Requested delivery date",
      "Delivery date",
      "Deliv. date",
      "Due date",
      "Expected arrival",
      "Date planned",
      "Planned date",
      "Scheduled date",
      "Receipt date planned",
      "要求交期",
      "要求到货日期",
      "要货日期",
      "交货日期",
      "要求交货日期",
      "需求日",
      "交货期",
      "納期",
      "指定納期",
      "要求納期",
      "納入期日",
      "納入指定日",
      "必要日",
    ],
  },
  promisedDate: {
    primary: ["Promised date", "承诺交期", "回答納期"],
    synonyms: [
      "Confirmed date",
      "Confirmed delivery date",
      "Promise date",
      "Promised delivery date",
      "Supplier promised date",
      "Vendor confirmed date",
      "Current promise",
      "Latest promise",
      "Estimated arrival",
      "ETA",
      "交期",
      "承诺日期",
      "确认交期",
      "回复交期",
      "供应商交期",
      "预计到货日期",
      "预计交期",
      "納期回答",
      "回答日",
      "確定納期",
      "入荷予定日",
      "仕入先回答納期",
      "納入予定日",
    ],
  },
  committedDate: {
    primary: ["Committed date", "首次承诺交期", "初回回答納期"],
    synonyms: [
      "First confirmed date",
      "First promised date",
      "Original promised date",
      "Original confirmed date",
      "Original promise",
      "Baseline date",
      "首次确认交期",
      "原承诺交期",
      "原始交期",
      "原交期",
      "初次交期",
      "初回納期回答",
      "当初回答納期",
      "当初納期",
    ],
  },
  orderedQty: {
    primary: ["Ordered qty", "订购数量", "発注数量"],
    synonyms: [
      "Order quantity",
      "Ordered quantity",
      "Order qty",
      "PO qty",
      "Qty ordered",
      "Quantity ordered",
      "采购数量",
      "订单数量",
      "下单数量",
      "订货数量",
      "注文数量",
      "発注数",
    ],
    weak: ["Quantity", "Qty", "数量"],
  },
  receivedQty: {
    primary: ["Received qty", "已收数量", "入荷数量"],
    synonyms: [
      "Qty received",
      "Received quantity",
      "Recv qty",
      "Recv'd qty",
      "Recv'd",
      "Rcvd qty",
      "Quantity received",
      "Delivered qty",
      "Delivered quantity",
      "GR qty",
      "Goods receipt qty",
      "收货数量",
      "已收货数量",
      "实收数量",
      "到货数量",
      "已到货数量",
      "入库数量",
      "入庫数量",
      "受入数量",
      "納入数量",
      "入荷済数量",
      "検収数量",
      "納品数量",
    ],
    weak: ["Received", "已收", "入荷済"],
  },
  receivedDate: {
    primary: ["Received date", "收货日期", "入荷日"],
    synonyms: [
      "Receipt date",
      "Date received",
      "Last receipt date",
      "GR date",
      "Goods receipt date",
      "Actual delivery date",
      "Delivered date",
      "Delivered on",
      "Arrival date",
      "Actual arrival",
      "Effective date",
      "到货日期",
      "实际到货日期",
      "实际交货日期",
      "入库日期",
      "入庫日",
      "納入日",
      "検収日",
      "受入日",
      "着荷日",
      "入荷実績日",
    ],
  },
  unitPrice: {
    primary: ["Unit price", "单价", "単価"],
    synonyms: [
      "Net price",
      "Unit cost",
      "PO price",
      "Purchase price",
      "采购单价",
      "含税单价",
      "未税单价",
      "発注単価",
      "購入単価",
      "仕入単価",
    ],
    weak: ["Price", "Rate", "价格", "価格"],
  },
  currency: {
    primary: ["Currency", "币种", "通貨"],
    synonyms: ["Curr.", "Crcy", "Currency code", "货币", "幣別", "通貨コード", "通貨単位"],
  },
  lifecycle: {
    primary: ["PO status", "订单状态", "発注ステータス"],
    synonyms: ["Lifecycle", "Line status", "Order status", "采购状态", "行状态", "発注状況", "注文状況"],
    weak: ["Status", "State", "状态", "ステータス", "状況", "状態"],
  },
  stage: {
    primary: ["Stage", "进度", "進捗"],
    synonyms: [
      "Production stage",
      "Production status",
      "Milestone",
      "Progress",
      "生产进度",
      "生产阶段",
      "阶段",
      "进展",
      "進捗状況",
      "生産状況",
      "生産進捗",
      "ステージ",
      "工程",
    ],
  },
  tracking: {
    primary: ["Tracking", "物流单号", "追跡番号"],
    synonyms: [
      "Tracking number",
      "Tracking no",
      "AWB",
      "Air waybill",
      "Bill of lading",
      "B/L",
      "BL no",
      "Waybill",
      "Carrier reference",
      "Shipment reference",
      "快递单号",
      "运单号",
      "提单号",
      "物流信息",
      "送り状番号",
      "問い合わせ番号",
      "追跡No",
      "B/L番号",
    ],
  },
  delayReason: {
    primary: ["Delay reason", "延误原因", "遅延理由"],
    synonyms: [
      "Reason for delay",
      "Delay cause",
      "Late reason",
      "Cause of delay",
      "延迟原因",
      "延期原因",
      "逾期原因",
      "遅延原因",
      "納期遅延理由",
      "遅れ理由",
    ],
    weak: ["Reason", "原因", "理由"],
  },
  lastChaseDate: {
    primary: ["Last chase", "上次跟催", "前回督促日"],
    synonyms: [
      "Last chased",
      "Last chase date",
      "Last follow-up",
      "Last follow up date",
      "Last contact",
      "Last contacted",
      "Last expedite",
      "Last reminder",
      "上次跟进",
      "上次跟单日期",
      "最近跟催日期",
      "上次催货",
      "最近跟进日期",
      "最終督促日",
      "前回フォロー日",
      "最終連絡日",
      "前回催促日",
      "前回督促",
    ],
  },
  nextChaseDate: {
    primary: ["Next chase", "下次跟催", "次回督促日"],
    synonyms: [
      "Next chase date",
      "Next follow-up",
      "Next follow up date",
      "Follow-up date",
      "Follow up on",
      "Next contact",
      "Chase on",
      "Reminder date",
      "Next reminder",
      "下次跟进",
      "下次跟单日期",
      "下次催货",
      "跟进日期",
      "跟催日期",
      "次回フォロー日",
      "次回連絡日",
      "督促予定日",
      "次回催促日",
      "次回督促",
    ],
  },
  inspection: {
    primary: ["Inspection", "检验结果", "検査結果"],
    synonyms: [
      "Inspection result",
      "Inspection status",
      "QC result",
      "Quality check",
      "Incoming inspection",
      "质检结果",
      "检验状态",
      "品检结果",
      "来料检验",
      "受入検査",
      "品質検査",
      "検品結果",
      "検査",
    ],
    weak: ["QC", "IQC", "Quality", "检验", "质检", "品检", "検品"],
  },
  salesOrder: {
    primary: ["Sales order", "销售订单", "受注番号"],
    synonyms: [
      "SO number",
      "SO no",
      "Sales order number",
      "Customer order",
      "Customer PO",
      "销售单号",
      "销售订单号",
      "客户订单号",
      "受注No",
      "製番",
    ],
    weak: ["SO", "受注"],
  },
  customer: {
    primary: ["Customer", "客户", "得意先"],
    synonyms: ["Client", "End customer", "Customer name", "客户名称", "终端客户", "得意先名", "顧客名", "顧客"],
    weak: ["顾客"],
  },
  notes: {
    primary: ["Notes", "备注", "備考"],
    synonyms: ["Note", "Remarks", "Remark", "Comments", "Comment", "Memo", "说明", "メモ", "コメント", "特記事項"],
  },
};

/**
 * Columns that hold the quantity still to be delivered (SAP "Still to be delivered (qty)", ERPNext
 * "Pending Qty"). They are open quantities, not received ones: the parser derives
 * receivedQty = orderedQty − open qty from them, and only when no received-quantity column exists.
 */
export const OPEN_QTY_HEADERS: readonly string[] = [
  "Still to be delivered (qty)",
  "Still to be delivered",
  "To be delivered",
  "Qty to be delivered",
  "Open qty",
  "Open quantity",
  "Outstanding qty",
  "Outstanding quantity",
  "Pending qty",
  "Pending quantity",
  "Remaining qty",
  "Balance qty",
  "Backorder qty",
  "Qty to receive",
  "未交数量",
  "未到货数量",
  "未收数量",
  "欠交数量",
  "未交货数量",
  "剩余数量",
  "残数量",
  "未納数量",
  "発注残",
  "発注残数",
  "入荷残",
  "残数",
  "未入荷数量",
];

/**
 * The header dictionary of ERP exports: the labels each system puts on its purchase-order line columns,
 * each with the public source it was read from. `field: "openQty"` marks an open (still to be
 * delivered) quantity, read like OPEN_QTY_HEADERS. Tiers as in SYNONYMS: "primary" = exact,
 * "synonym" = synonym (and partial inside longer headers), "weak" = only the whole header, beaten by
 * any stronger match of the same field (for labels that mean something else outside that system).
 *
 * Sources named "index id N" are public GitHub files found with the code search of this project's
 * research tools (file ids of that index); they are programs that read or write the system's own
 * export, so the header texts are the system's, not theirs.
 */
export interface ErpLabel {
  text: string;
  field: FieldKey | "openQty";
  tier: "primary" | "synonym" | "weak";
  system: ErpSystem;
  source: string;
}

type ErpSystem =
  | "SAP ECC/S4 (en)"
  | "SAP ECC/S4 (de)"
  | "SAP ECC/S4 (zh)"
  | "SAP ECC/S4 (ja)"
  | "SAP Business One"
  | "Odoo"
  | "ERPNext"
  | "Dynamics 365 Business Central"
  | "NetSuite"
  | "QuickBooks"
  | "Kingdee K/3 Cloud"
  | "Yonyou U8/NC"
  | "Oracle EBS/Fusion"
  | "issue 18";

// Sources, named once.
const SAP_ME2N_A = "index id 27213575521 / 27816547804: SAP ME2N/ME2M export header row (Laravel import)";
const SAP_ME2N_B = "index id 71533191134: ME2N.xlsx extract, SAP column headings";
const SAP_FUP = "index id 69757050501: ME2N-based follow-up export (Last FUP, Next FUP, Total GR Quantity)";
const SAP_SHORT = "index id 69538221384 / 2182398866: SAP short column headings (Purch.Doc., PO Quantity)";
const SAP_OPEN = "index id 35389347336: SAP PO extract, 'Qty remaining to deliver'";
const SAP_CDS = "index id 66113827900: S/4HANA PO schedule line CDS labels (Stat.-Rel. Del. Date)";
const SAP_DE = "index id 66814826341: SAP Dispositionsliste CSV, German ME2N column headings";
const SAP_ZH = "index id 34506268398 / 34700881017: import of an SAP zh ME2N export (采购凭证 … 仍要交货(数量))";
const SAP_JA = "https://help.sap.com/saphelp_46c/helpdata/ja/6e/121b9c9f0411d189b80000e829fbbd/content.htm";
const SAP_B1 = "index id 4787604572: SAP Business One document line model, OpenQty 未清数量";
const ODOO_POL = "odoo/odoo addons/purchase/models/purchase_order_line.py (field strings)";
const ODOO_PO = "odoo/odoo addons/purchase/models/purchase_order.py (date_order 'Order Deadline')";
const ODOO_REPORT = "index id 17697739: odoo addons/purchase/report/purchase_report.py (Odoo 14, Purchase Analysis)";
const ERPNEXT_PT = "frappe/erpnext erpnext/buying/report/procurement_tracker/procurement_tracker.py";
const BC_LINE = "https://microsoft.github.io/BCApps/reference/base-application/Table/Microsoft.Purchases.Document.Purchase-Line.html";
const BC_ARCHIVE =
  "https://learn.microsoft.com/en-us/dynamics365/business-central/application/base-application/table/microsoft.purchases.archive.purchase-line-archive";
const BC_HEADER = "index id 46229181420 / 21671664555: Business Central purchase document pages (Buy-from Vendor Name)";
const NETSUITE = "index id 55229305957: NetSuite PO receiving saved-search export row";
const NETSUITE_LABEL = "index id 29310458050 / 39515182344: NetSuite saved-search column labels";
const QUICKBOOKS = "index id 754589638: Excel add-in over a QuickBooks 'Open Purchase Orders Detail' export";
const KINGDEE = "index id 2985611554: Kingdee K/3 Cloud PUR_PurchaseOrder field list (FBillNo 单据编号 …)";
const KINGDEE_APS = "chenyuzt111/APS src/main/java/com/benewake/system/entity/kingdee/KingdeePurchaseOrder.java";
const U8 = "index id 9032653400: import of a Yonyou U8 采购订单列表 export";
const NC = "index id 24302033601: Yonyou NC arrival table, dplanreceivedate 计划到货日期";
const ISSUE = "issue 18: headers measured as not recognised";

export const ERP_LABELS: readonly ErpLabel[] = [
  // SAP ECC / S/4HANA, English UI (ME2N, ME2L, ME2M, ME80FN share these ALV headings)
  { text: "Scheduled Quantity", field: "orderedQty", tier: "synonym", system: "SAP ECC/S4 (en)", source: SAP_ME2N_A },
  { text: "PO Quantity", field: "orderedQty", tier: "synonym", system: "SAP ECC/S4 (en)", source: SAP_SHORT },
  { text: "Stat.-Rel. Del. Date", field: "committedDate", tier: "synonym", system: "SAP ECC/S4 (en)", source: SAP_CDS },
  { text: "Created On", field: "orderDate", tier: "weak", system: "SAP ECC/S4 (en)", source: SAP_ME2N_B },
  { text: "Total GR Quantity", field: "receivedQty", tier: "synonym", system: "SAP ECC/S4 (en)", source: SAP_FUP },
  { text: "Quantity to be delivered", field: "openQty", tier: "synonym", system: "SAP ECC/S4 (en)", source: SAP_FUP },
  { text: "Qty remaining to deliver", field: "openQty", tier: "synonym", system: "SAP ECC/S4 (en)", source: SAP_OPEN },
  { text: "Last FUP", field: "lastChaseDate", tier: "synonym", system: "SAP ECC/S4 (en)", source: SAP_FUP },
  { text: "Next FUP", field: "nextChaseDate", tier: "synonym", system: "SAP ECC/S4 (en)", source: SAP_FUP },
  { text: "Act. Goods Arrival Date", field: "receivedDate", tier: "synonym", system: "SAP ECC/S4 (en)", source: SAP_SHORT },
  // SAP ECC/S4 (en) "Vendor/supplying plant" (index id 5834995318: SAP-style ME2N purchase-line export (combined_report_detailed.csv)): matched through SYNONYMS / OPEN_QTY_HEADERS.
  // SAP, German UI
  { text: "Einkaufsbeleg", field: "poNumber", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Belegdatum", field: "orderDate", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Lieferdatum", field: "requestedDate", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Kurztext", field: "description", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Lieferant/Lieferwerk", field: "supplier", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Lieferant", field: "supplier", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Einkäufergruppe", field: "buyer", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Bestellmenge", field: "orderedQty", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Einteilungsmenge", field: "orderedQty", tier: "weak", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Gelieferte Menge", field: "receivedQty", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "noch zu liefern (Menge)", field: "openQty", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Nettopreis", field: "unitPrice", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  { text: "Währung", field: "currency", tier: "synonym", system: "SAP ECC/S4 (de)", source: SAP_DE },
  // SAP, Chinese UI
  { text: "采购凭证", field: "poNumber", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "凭证日期", field: "orderDate", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "短文本", field: "description", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "采购订单数量", field: "orderedQty", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "已交货数量", field: "receivedQty", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "仍要交货(数量)", field: "openQty", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "采购组", field: "buyer", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  // "项目" is SAP's item (line) number, but "project" in most Chinese sheets: whole header only.
  { text: "项目", field: "line", tier: "weak", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  // SAP, Japanese UI (PO item overview labels)
  { text: "購買発注数量", field: "orderedQty", tier: "synonym", system: "SAP ECC/S4 (ja)", source: SAP_JA },
  { text: "正味価格", field: "unitPrice", tier: "synonym", system: "SAP ECC/S4 (ja)", source: SAP_JA },
  { text: "購買グループ", field: "buyer", tier: "synonym", system: "SAP ECC/S4 (ja)", source: SAP_JA },
  // SAP Business One
  { text: "未清数量", field: "openQty", tier: "synonym", system: "SAP Business One", source: SAP_B1 },
  // Odoo 14–18
  { text: "Order Deadline", field: "orderDate", tier: "synonym", system: "Odoo", source: ODOO_PO },
  { text: "Confirmation Date", field: "orderDate", tier: "weak", system: "Odoo", source: ODOO_REPORT },
  { text: "Partner", field: "supplier", tier: "weak", system: "Odoo", source: ODOO_POL },
  // Odoo "Qty Ordered" (index id 17697739: odoo addons/purchase/report/purchase_report.py (Odoo 14, Purchase Analysis)): matched through SYNONYMS / OPEN_QTY_HEADERS.
  // Odoo "Qty Received" (index id 17697739: odoo addons/purchase/report/purchase_report.py (Odoo 14, Purchase Analysis)): matched through SYNONYMS / OPEN_QTY_HEADERS.
  // ERPNext
  { text: "Purchase Order Date", field: "orderDate", tier: "synonym", system: "ERPNext", source: ERPNEXT_PT },
  // Procurement Tracker labels the line's Required By so; elsewhere it can be the supplier's date: weak.
  { text: "Expected Delivery Date", field: "requestedDate", tier: "weak", system: "ERPNext", source: ERPNEXT_PT },
  // Dynamics 365 Business Central (table 39 "Purchase Line", page 518 "Purchase Lines")
  { text: "Document No.", field: "poNumber", tier: "weak", system: "Dynamics 365 Business Central", source: BC_LINE },
  { text: "Buy-from Vendor No.", field: "supplier", tier: "synonym", system: "Dynamics 365 Business Central", source: BC_LINE },
  { text: "Buy-from Vendor Name", field: "supplier", tier: "primary", system: "Dynamics 365 Business Central", source: BC_HEADER },
  { text: "Direct Unit Cost", field: "unitPrice", tier: "synonym", system: "Dynamics 365 Business Central", source: BC_ARCHIVE },
  // Dynamics 365 Business Central "Outstanding Quantity" (BC_ARCHIVE): matched through SYNONYMS / OPEN_QTY_HEADERS.
  // Dynamics 365 Business Central "Quantity Received" (BC_ARCHIVE): matched through SYNONYMS / OPEN_QTY_HEADERS.
  { text: "Requested Receipt Date", field: "requestedDate", tier: "synonym", system: "Dynamics 365 Business Central", source: BC_LINE },
  { text: "Promised Receipt Date", field: "promisedDate", tier: "synonym", system: "Dynamics 365 Business Central", source: BC_LINE },
  { text: "Expected Receipt Date", field: "requestedDate", tier: "weak", system: "Dynamics 365 Business Central", source: BC_ARCHIVE },
  { text: "Purchaser Code", field: "buyer", tier: "synonym", system: "Dynamics 365 Business Central", source: BC_LINE },
  // NetSuite (transaction saved searches)
  { text: "Document Number", field: "poNumber", tier: "synonym", system: "NetSuite", source: NETSUITE },
  // NetSuite calls the vendor "Name"; SYNONYMS has "Name" as a weak description: with a supplier column
  // elsewhere the description wins, else the supplier (detectColumns resolves the tie).
  { text: "Name", field: "supplier", tier: "weak", system: "NetSuite", source: NETSUITE },
  { text: "Quantity Fulfilled/Received", field: "receivedQty", tier: "synonym", system: "NetSuite", source: NETSUITE_LABEL },
  { text: "Quantity Remaining", field: "openQty", tier: "synonym", system: "NetSuite", source: NETSUITE },
  { text: "Due Date/Receive By", field: "requestedDate", tier: "synonym", system: "NetSuite", source: NETSUITE },
  // NetSuite "Expected Receipt Date" (index id 29310458050 / 39515182344: NetSuite saved-search column labels): matched through SYNONYMS / OPEN_QTY_HEADERS.
  // QuickBooks Desktop "Open Purchase Orders Detail"
  { text: "Num", field: "poNumber", tier: "weak", system: "QuickBooks", source: QUICKBOOKS },
  { text: "Source Name", field: "supplier", tier: "synonym", system: "QuickBooks", source: QUICKBOOKS },
  // QuickBooks "Deliv Date" (index id 754589638: Excel add-in over a QuickBooks 'Open Purchase Orders Detail' export): matched through SYNONYMS / OPEN_QTY_HEADERS.
  { text: "Rcv'd", field: "receivedQty", tier: "synonym", system: "QuickBooks", source: QUICKBOOKS },
  { text: "Backordered", field: "openQty", tier: "synonym", system: "QuickBooks", source: QUICKBOOKS },
  // Kingdee K/3 Cloud 云星空 (采购订单 PUR_PurchaseOrder)
  { text: "单据编号", field: "poNumber", tier: "synonym", system: "Kingdee K/3 Cloud", source: KINGDEE },
  { text: "累计入库数量", field: "receivedQty", tier: "synonym", system: "Kingdee K/3 Cloud", source: KINGDEE },
  { text: "未入库数量", field: "openQty", tier: "synonym", system: "Kingdee K/3 Cloud", source: KINGDEE },
  { text: "剩余收料数量", field: "openQty", tier: "synonym", system: "Kingdee K/3 Cloud", source: KINGDEE_APS },
  // Yonyou 用友 U8 / NC
  { text: "业务员", field: "buyer", tier: "synonym", system: "Yonyou U8/NC", source: U8 },
  { text: "存货名称", field: "description", tier: "synonym", system: "Yonyou U8/NC", source: U8 },
  { text: "原币单价", field: "unitPrice", tier: "synonym", system: "Yonyou U8/NC", source: U8 },
  { text: "原币含税单价", field: "unitPrice", tier: "weak", system: "Yonyou U8/NC", source: U8 },
  { text: "计划到货日期", field: "requestedDate", tier: "synonym", system: "Yonyou U8/NC", source: NC },
  // Oracle EBS / Fusion (PO schedule columns NEED_BY_DATE, PROMISED_DATE)
  // Oracle EBS/Fusion "Need-By Date" (https://docs.oracle.com/en/cloud/saas/supply-chain-and-manufacturing/24c/oedsc/cmrpurchaseorderinfov-5660.html): matched through SYNONYMS / OPEN_QTY_HEADERS.
  // Oracle EBS/Fusion "Promised Date" (https://docs.oracle.com/en/cloud/saas/supply-chain-and-manufacturing/24c/oedsc/cmrpurchaseorderinfov-5660.html): matched through SYNONYMS / OPEN_QTY_HEADERS.
  // Headers the issue measured as missed
  { text: "Ln", field: "line", tier: "weak", system: "issue 18", source: ISSUE },
  { text: "Promised", field: "promisedDate", tier: "weak", system: "issue 18", source: ISSUE },
  // issue 18 "Recv qty" (issue 18: headers measured as not recognised): matched through SYNONYMS / OPEN_QTY_HEADERS.
];

/**
 * ERP headers that contain a dictionary term but are something else; they name no field and are
 * never matched partially ("Req. Tracking Number" is SAP's requirement tracking number, not a
 * carrier reference).
 */
export const OTHER_ERP_HEADERS: readonly { text: string; source: string }[] = [
  { text: "Req. Tracking Number", source: SAP_ME2N_A },
  { text: "需求分类代码说明", source: U8 },
];
