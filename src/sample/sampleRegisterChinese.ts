import type { Serial } from "../model";
import { cell, type ValuesMatrix } from "./sampleRegister";
import { sampleLines } from "./sampleLines";

/** Chinese headers of the header-detection demo sheet. */
export const CHINESE_HEADERS = [
  "采购单号",
  "行号",
  "供应商",
  "物料编码",
  "物料描述",
  "采购员",
  "下单日期",
  "需求日期",
  "承诺交期",
  "数量",
  "已收数量",
  "收货日期",
  "单价",
  "币种",
  "备注",
] as const;

/**
 * A smaller sheet (default 36 lines) as a Chinese team would keep it: Chinese headers and
 * descriptions, no lifecycle column (cancelled / on-hold lines are left out), for the
 * header-detection demo. Deterministic.
 */
export function sampleRegisterChinese({ asOf, lines = 36, seed = 8 }: { asOf: Serial; lines?: number; seed?: number }): ValuesMatrix {
  const rows = sampleLines({ asOf, lines: lines * 2, seed, lang: "zh-CN" })
    .filter((l) => l.lifecycle === null)
    .slice(0, lines)
    .map((l) => [
      l.poNumber,
      l.line,
      l.supplier.name,
      l.itemCode,
      l.description,
      l.buyer,
      l.orderDate,
      l.requestedDate,
      cell(l.promisedDate),
      l.orderedQty,
      cell(l.receivedQty),
      cell(l.receivedDate),
      l.unitPrice,
      l.supplier.currency,
      cell(l.notes),
    ]);
  return [[...CHINESE_HEADERS], ...rows];
}
