import { defineCatalog } from "../i18n";

/**
 * The Settings view's "load with this workbook" switch (Office.addin startup behaviour, src/excel/startupBehavior.ts):
 * the cure for the ribbon's first click doing nothing (office-js#5176, docs/manual-checks.md).
 */
export const startupBehaviorCatalog = defineCatalog({
  en: {
    startupTitle: "Ribbon",
    loadWithWorkbook: "Load PO Follow-up when this workbook opens (the ribbon's Follow-up report then works on the first click)",
    loadWithWorkbookHelp:
      "Off by default. The choice is kept in this workbook only (save the workbook to keep it) and acts from the next time it is opened. When off, open the task pane once before using the ribbon.",
    loadWithWorkbookChecking: "Checking whether PO Follow-up loads with this workbook…",
    loadWithWorkbookNeedsSharedRuntime:
      "Not available in this version of Excel: loading with the workbook needs the shared runtime (SharedRuntime 1.1). Open the task pane once before using the ribbon.",
    loadWithWorkbookNotInExcel: "Available only inside Excel.",
    loadWithWorkbookInMemory: "Playground: the choice is remembered for this in-memory workbook only; it takes effect in Excel.",
    loadWithWorkbookOn: "PO Follow-up will load the next time this workbook is opened.",
    loadWithWorkbookOff: "PO Follow-up will no longer load by itself when this workbook is opened.",
    loadWithWorkbookFailed: "The setting was not changed: {message}",
    loadWithWorkbookReadFailed: "Could not read whether PO Follow-up loads with this workbook: {message}",
  },
  "zh-CN": {
    startupTitle: "功能区",
    loadWithWorkbook: "打开此工作簿时加载采购跟单（这样功能区的“跟单报告”第一次单击即可生效）",
    loadWithWorkbookHelp:
      "默认关闭。此选择只保存在本工作簿中（请保存工作簿），从下次打开时起生效。关闭时，请先打开一次任务窗格再使用功能区。",
    loadWithWorkbookChecking: "正在检查打开此工作簿时是否加载采购跟单…",
    loadWithWorkbookNeedsSharedRuntime:
      "此版本的 Excel 不支持：随工作簿加载需要共享运行时（SharedRuntime 1.1）。请先打开一次任务窗格再使用功能区。",
    loadWithWorkbookNotInExcel: "仅在 Excel 中可用。",
    loadWithWorkbookInMemory: "演示环境：此选择仅记在这个内存工作簿中，在 Excel 中才会生效。",
    loadWithWorkbookOn: "下次打开此工作簿时将加载采购跟单。",
    loadWithWorkbookOff: "打开此工作簿时将不再自动加载采购跟单。",
    loadWithWorkbookFailed: "设置未更改：{message}",
    loadWithWorkbookReadFailed: "无法读取打开此工作簿时是否加载采购跟单：{message}",
  },
  ja: {
    startupTitle: "リボン",
    loadWithWorkbook: "このブックを開いたときに発注フォローアップを読み込む（リボンの［フォローアップ報告］が最初のクリックで動作します）",
    loadWithWorkbookHelp:
      "既定ではオフです。この選択はこのブックにだけ保存され（ブックを保存してください）、次にブックを開いたときから有効になります。オフの場合は、リボンを使う前に作業ウィンドウを一度開いてください。",
    loadWithWorkbookChecking: "このブックを開いたときに発注フォローアップを読み込むかどうかを確認しています…",
    loadWithWorkbookNeedsSharedRuntime:
      "このバージョンの Excel では使用できません：ブックと一緒に読み込むには共有ランタイム（SharedRuntime 1.1）が必要です。リボンを使う前に作業ウィンドウを一度開いてください。",
    loadWithWorkbookNotInExcel: "Excel の中でのみ使用できます。",
    loadWithWorkbookInMemory: "プレイグラウンド：この選択はこのメモリ上のブックにだけ記憶され、Excel で有効になります。",
    loadWithWorkbookOn: "次にこのブックを開いたときに発注フォローアップを読み込みます。",
    loadWithWorkbookOff: "このブックを開いても発注フォローアップは自動では読み込まれなくなります。",
    loadWithWorkbookFailed: "設定は変更されませんでした：{message}",
    loadWithWorkbookReadFailed: "このブックを開いたときに発注フォローアップを読み込むかどうかを読み取れませんでした：{message}",
  },
});
