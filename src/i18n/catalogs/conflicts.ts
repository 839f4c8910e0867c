import { defineCatalog } from "../i18n";

/**
 * Two buyers in one workbook: what the pane says when another buyer's write got there first (DESIGN.md
 * "Many buyers, one workbook"). A chunk with taskpane/state/conflictText.ts, fetched while a chase is saved.
 */
export const conflictsCatalog = defineCatalog({
  en: {
    refusedChanged:
      "Nothing was saved: {changes} changed after the pane read it, probably another buyer logging a chase at the same time. The pane now shows the current values: check the line and log your chase again.",
    savedOverOther:
      "Saved, but at the same moment someone else changed {changes}, and your chase replaced that value. The pane now shows the current values: check the line.",
    cellChange: "{field} in row {row} of {sheet} (was {was}, now {now})",
    blankValue: "blank",
  },
  "zh-CN": {
    refusedChanged:
      "未保存任何内容：任务窗格读取后，{changes}已被更改，可能是另一位采购员同时在记录跟催。任务窗格已显示最新数据，请核对该行后重新记录跟催。",
    savedOverOther: "已保存，但在同一时刻有人更改了{changes}，您的跟催覆盖了该值。任务窗格已显示最新数据，请核对该行。",
    cellChange: "工作表“{sheet}”第 {row} 行的“{field}”（原为 {was}，现为 {now}）",
    blankValue: "空白",
  },
  ja: {
    refusedChanged:
      "何も保存されていません：作業ウィンドウが読み込んだ後に {changes} が変更されました。別の購買担当者が同時に督促を記録した可能性があります。作業ウィンドウは最新の値を表示しています。明細を確認してから督促を記録し直してください。",
    savedOverOther:
      "保存しましたが、同じタイミングで他の方が {changes} を変更しており、その値はこの督促の値で置き換えられました。作業ウィンドウは最新の値を表示しています。明細をご確認ください。",
    cellChange: "シート「{sheet}」{row} 行目の「{field}」（変更前 {was}、現在 {now}）",
    blankValue: "空欄",
  },
});
