import { defineCatalog } from "../i18n";

/**
 * Messages of the "Follow-up report" ribbon command (commands/followUpReport.ts): the result it
 * returns (shown by the task pane, copied with the summary) and the status line under the report's title.
 */
export const reportCommandCatalog = defineCatalog({
  en: {
    done: "{sheet} is ready: {lines} lines, {toChase} to chase now.",
    problems: {
      one: "{count} cell in the register needs attention: {first}",
      other: "{count} cells in the register need attention, first: {first}",
    },
    notFound: "No register found. Create one with “New register” or choose your table in the task pane, then run the report again.",
    empty: "The register “{register}” has no lines yet. Nothing was written.",
    unmapped:
      "The register “{register}” has no column for {fields}. Map the columns in the task pane, then run the report again. Nothing was written.",
    failed: "The report could not be built: {error}",
    reportSheetNotOurs:
      "A sheet named “{sheet}” already exists and was not made by PO Follow-up, so it was left as it is and no report was written. Rename that sheet, then run the report again.",
    kpiSheetNotOurs:
      "The sheet “{sheet}” was not made by PO Follow-up, so it was left as it is: the KPI figures and history were not updated. Rename it and the add-in makes its own KPI sheet next time.",
    statusLine: "Built {generatedAt} from “{register}” ({lines} lines, as of {asOf}).",
    sheetClash: "The sheet “{sheet}” was not made by PO Follow-up, so it was left as it is; the add-in's sheet is “{written}”.",
    statusProblems: {
      one: "{count} cell needs attention: {first}",
      other: "{count} cells need attention, first: {first}",
    },
    moreIssues: "(+{count} more)",
  },
  "zh-CN": {
    done: "{sheet} 已生成：共 {lines} 行，当前需跟催 {toChase} 行。",
    problems: {
      one: "登记表中有 {count} 个单元格需要处理：{first}",
      other: "登记表中有 {count} 个单元格需要处理，前几个：{first}",
    },
    notFound: "未找到采购登记表。请用“新建登记表”创建，或在任务窗格中选择您的表格，然后重新生成报告。",
    empty: "登记表“{register}”还没有任何行。未写入任何内容。",
    unmapped: "登记表“{register}”缺少以下列：{fields}。请在任务窗格中指定列，然后重新生成报告。未写入任何内容。",
    failed: "报告生成失败：{error}",
    reportSheetNotOurs:
      "已存在名为“{sheet}”的工作表，且不是由 PO Follow-up 创建的，因此未作任何改动，也未生成报告。请重命名该工作表后重新生成报告。",
    kpiSheetNotOurs:
      "工作表“{sheet}”不是由 PO Follow-up 创建的，因此未作任何改动：KPI 数据和历史未更新。将其重命名后，下次加载项会创建自己的 KPI 工作表。",
    statusLine: "于 {generatedAt} 根据“{register}”生成（{lines} 行，截至 {asOf}）。",
    sheetClash: "工作表“{sheet}”不是由 PO Follow-up 创建的，因此未作任何改动；加载项的工作表为“{written}”。",
    statusProblems: {
      one: "{count} 个单元格需要处理：{first}",
      other: "{count} 个单元格需要处理，前几个：{first}",
    },
    moreIssues: "（另有 {count} 个）",
  },
  ja: {
    done: "{sheet} を作成しました：{lines} 行、督促が必要な明細 {toChase} 件。",
    problems: {
      one: "発注台帳の {count} 個のセルを確認してください：{first}",
      other: "発注台帳の {count} 個のセルを確認してください。最初のもの：{first}",
    },
    notFound:
      "発注台帳が見つかりません。「新しい台帳」で作成するか、作業ウィンドウでテーブルを選択してから、もう一度レポートを作成してください。",
    empty: "台帳「{register}」にはまだ明細がありません。何も書き込んでいません。",
    unmapped:
      "台帳「{register}」に次の列がありません：{fields}。作業ウィンドウで列を対応付けてから、もう一度レポートを作成してください。何も書き込んでいません。",
    failed: "レポートを作成できませんでした：{error}",
    reportSheetNotOurs:
      "「{sheet}」という名前のシートが既にあり、PO Follow-up が作成したものではないため、そのままにしました。レポートは作成していません。そのシートの名前を変更してから、もう一度レポートを作成してください。",
    kpiSheetNotOurs:
      "シート「{sheet}」は PO Follow-up が作成したものではないため、そのままにしました。KPI の数値と履歴は更新していません。名前を変更すると、次回アドインが専用の KPI シートを作成します。",
    statusLine: "{generatedAt} に「{register}」から作成（{lines} 行、基準日 {asOf}）。",
    sheetClash: "シート「{sheet}」は PO Follow-up が作成したものではないため、そのままにしました。アドインのシートは「{written}」です。",
    statusProblems: {
      one: "{count} 個のセルを確認してください：{first}",
      other: "{count} 個のセルを確認してください。最初のもの：{first}",
    },
    moreIssues: "（ほか {count} 件）",
  },
});
