import { defineCatalog } from "../i18n";

/** Two buyers in one workbook: what the pane says when it reloads for another buyer's change (the conflicts' wording: conflicts.ts). */
export const coauthoringCatalog = defineCatalog({
  en: {
    reloadedForOther: "The register or chase log was changed in another window or by another buyer; the pane has been refreshed.",
  },
  "zh-CN": {
    reloadedForOther: "台账或跟催记录已在其他窗口或由其他采购员更改，任务窗格已刷新。",
  },
  ja: {
    reloadedForOther: "台帳または督促記録が別のウィンドウまたは他の購買担当者によって変更されたため、作業ウィンドウを更新しました。",
  },
});
