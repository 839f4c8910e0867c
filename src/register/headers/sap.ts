import type { ErpLabel, OtherErpHeader } from "./types";

// SAP ECC / S/4HANA purchasing lists (ME2N, ME2L, ME2M, ME80FN share these ALV headings) and SAP
// Business One. Sources, named once.
const SAP_ME2N_A = "index id 27213575521 / 27816547804: SAP ME2N/ME2M export header row (Laravel import)";
const SAP_ME2N_B = "index id 71533191134: ME2N.xlsx extract, SAP column headings";
const SAP_FUP = "index id 69757050501: ME2N-based follow-up export (Last FUP, Next FUP, Total GR Quantity)";
const SAP_SHORT = "index id 69538221384 / 2182398866: SAP short column headings (Purch.Doc., PO Quantity)";
const SAP_OPEN = "index id 35389347336: SAP PO extract, 'Qty remaining to deliver'";
const SAP_CDS = "index id 66113827900: S/4HANA PO schedule line CDS labels (Stat.-Rel. Del. Date)";
const SAP_DE = "index id 66814826341: SAP Dispositionsliste CSV, German ME2N column headings";
const SAP_ZH = "index id 34506268398 / 34700881017: import of an SAP zh ME2N export (采购凭证 … 仍要交货(数量))";
const SAP_JA = "https://help.sap.com/saphelp_46c/helpdata/ja/6e/121b9c9f0411d189b80000e829fbbd/content.htm";
const SAP_B1_QUERY = "jenozu/rf-scanner SAP_PO_EXPORT_GUIDE.md (OPOR + POR1 query export, database field names as headers)";
const SAP_B1 = "index id 4787604572: SAP Business One document line model, OpenQty 未清数量";

export const SAP_LABELS: readonly ErpLabel[] = [
  // English UI
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
  // "Vendor/supplying plant" (index id 5834995318, combined_report_detailed.csv), "Name of Supplier",
  // "Delivery date", "Purch.Doc." (index id 57781976700, ME2N profile of 53 columns): matched through SYNONYMS.
  // German UI
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
  // Chinese UI
  { text: "采购凭证", field: "poNumber", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "凭证日期", field: "orderDate", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "短文本", field: "description", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "采购订单数量", field: "orderedQty", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "已交货数量", field: "receivedQty", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "仍要交货(数量)", field: "openQty", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  { text: "采购组", field: "buyer", tier: "synonym", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  // "项目" is SAP's item (line) number, but "project" in most Chinese sheets: whole header only.
  { text: "项目", field: "line", tier: "weak", system: "SAP ECC/S4 (zh)", source: SAP_ZH },
  // Japanese UI (PO item overview labels). "購買伝票" (PO), "明細" (line), "品目" (material), "通貨" are in SYNONYMS
  // already (index id 48158973907: ABAP structure over S/4 PO items commented with the Japanese UI labels).
  { text: "購買発注数量", field: "orderedQty", tier: "synonym", system: "SAP ECC/S4 (ja)", source: SAP_JA },
  { text: "正味価格", field: "unitPrice", tier: "synonym", system: "SAP ECC/S4 (ja)", source: SAP_JA },
  { text: "購買グループ", field: "buyer", tier: "synonym", system: "SAP ECC/S4 (ja)", source: SAP_JA },
  // SAP Business One. No export header row of B1 in Chinese or Japanese was found; only this label.
  { text: "未清数量", field: "openQty", tier: "synonym", system: "SAP Business One", source: SAP_B1 },
  // A query over OPOR/POR1 exported with the database field names (SAP_B1_QUERY). DocNum and CardName are the
  // document number and business partner of any B1 document: whole header only. "Dscription" is B1's own spelling.
  // OpenQty is OPEN_QTY_HEADERS' "Open qty" once spaces and case are dropped.
  { text: "DocNum", field: "poNumber", tier: "weak", system: "SAP Business One", source: SAP_B1_QUERY },
  { text: "CardName", field: "supplier", tier: "weak", system: "SAP Business One", source: SAP_B1_QUERY },
  { text: "Dscription", field: "description", tier: "synonym", system: "SAP Business One", source: SAP_B1_QUERY },
  { text: "ReqDate", field: "requestedDate", tier: "synonym", system: "SAP Business One", source: SAP_B1_QUERY },
];

/** SAP headers that contain a dictionary term but are something else. */
export const SAP_OTHER_HEADERS: readonly OtherErpHeader[] = [
  // SAP's requirement tracking number, not a carrier reference.
  { text: "Req. Tracking Number", source: SAP_ME2N_A },
  // A person and a percentage of that follow-up export, not the production stage ("Progress").
  { text: "Quantity Progress Responsible", source: SAP_FUP },
  { text: "Quantity Progress", source: SAP_FUP },
];
