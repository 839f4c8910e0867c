import type { ErpLabel, OtherErpHeader } from "./types";

// Kingdee 金蝶 K/3 Cloud 云星空 (采购订单 PUR_PurchaseOrder) and Yonyou 用友 U8 / NC.
const KINGDEE = "index id 2985611554: Kingdee K/3 Cloud PUR_PurchaseOrder field list (FBillNo 单据编号 …)";
const KINGDEE_APS = "chenyuzt111/APS src/main/java/com/benewake/system/entity/kingdee/KingdeePurchaseOrder.java";
const U8 = "index id 9032653400: import of a Yonyou U8 采购订单列表 export";
const NC = "index id 24302033601: Yonyou NC arrival table, dplanreceivedate 计划到货日期";

export const CHINA_LABELS: readonly ErpLabel[] = [
  { text: "单据编号", field: "poNumber", tier: "synonym", system: "Kingdee K/3 Cloud", source: KINGDEE },
  { text: "累计入库数量", field: "receivedQty", tier: "synonym", system: "Kingdee K/3 Cloud", source: KINGDEE },
  { text: "未入库数量", field: "openQty", tier: "synonym", system: "Kingdee K/3 Cloud", source: KINGDEE },
  { text: "剩余收料数量", field: "openQty", tier: "synonym", system: "Kingdee K/3 Cloud", source: KINGDEE_APS },
  { text: "业务员", field: "buyer", tier: "synonym", system: "Yonyou U8/NC", source: U8 },
  { text: "存货名称", field: "description", tier: "synonym", system: "Yonyou U8/NC", source: U8 },
  { text: "原币单价", field: "unitPrice", tier: "synonym", system: "Yonyou U8/NC", source: U8 },
  { text: "原币含税单价", field: "unitPrice", tier: "weak", system: "Yonyou U8/NC", source: U8 },
  { text: "计划到货日期", field: "requestedDate", tier: "synonym", system: "Yonyou U8/NC", source: NC },
];

export const CHINA_OTHER_HEADERS: readonly OtherErpHeader[] = [{ text: "需求分类代码说明", source: U8 }];
