import { defineCatalog } from "../i18n";

/**
 * Messages for CellIssue codes (src/register/describeIssue.ts). {at} is the cell ("Register!F12
 * (Promised date)"), {value} the raw value already quoted, {expected} one of the expect* phrases.
 */
export const issuesCatalog = defineCatalog({
  en: {
    missingRequiredField: "{at}: no column for {field}. Add a column with that header, or map an existing column by hand.",
    missingRequiredFieldEither:
      "{at}: no column for {field} or {orField}. The register needs at least one of them; add a column or map one by hand.",
    missingValue: "{at}: the cell is blank, but {field} is required.",
    missingDueDate: "{at}: this line has neither a requested nor a promised date. Enter at least one.",
    errorValue: "{at}: the cell shows the error {value}. Expected {expected}.",
    notADate: "{at}: {value} is not a date. Expected {expected}.",
    ambiguousDate:
      "{at}: {value} could be day/month or month/day. Write it as 2026-11-21, or set the workbook's date order in the settings.",
    dateOutOfRange: "{at}: {value} is outside the dates Excel can show (1900-01-01 to 9999-12-31).",
    dateSerialOutOfRange: "{at}: {value} is not a date: Excel's date serials run from 1 (1900-01-01) to 2,958,465 (9999-12-31).",
    notANumber: "{at}: {value} is not a number. Expected {expected}.",
    ambiguousNumber:
      "{at}: {value} could be {asDecimal} or {asGrouped}, and nothing else in this column says whether “.” or “,” is the decimal mark. Write it without a thousands separator (e.g. {asGrouped} or {asDecimal}).",
    negativeNumber: "{at}: {value} is negative. Expected zero or more.",
    unknownLifecycle: "{at}: {value} is not a status the add-in knows. Expected {expected}.",
    unknownInspection: "{at}: {value} is not an inspection result the add-in knows. Expected {expected}.",
    duplicateKey: "{at}: PO line {value} already appears in row {firstRow}. Each PO line should appear once.",
    duplicateKeyOnSheet: "{at}: PO line {value} already appears on sheet {firstSheet}, row {firstRow}. Each PO line should appear once.",
    sheetsReadTogether: "{at}: {count} sheets with this header are read as one register: {sheets}.",
    receivedBeforeOrdered: "{at}: received on {receivedDate}, before the order date {orderDate}. Both dates are kept; please check them.",
    unknownChoice: "{at}: {value} is not one of the expected values. Expected {expected}.",
    orphanChase:
      "{at}: this chase is for PO line {value}, which is not in the register (removed, or its PO or line number changed). It stays in the log and counts for no line.",
    totalsLeftOut: {
      one: "{at}: {count} total, subtotal or footer row is not a PO line and was left out (row {rows}).",
      other: "{at}: {count} total, subtotal or footer rows are not PO lines and were left out (rows {rows}).",
    },
    uncachedFormula:
      "{at}: the cell holds a formula whose result was never saved in the file (a program wrote it, not Excel), so it reads as blank. Open the file in Excel and save it once.",
    unitDropped: "{at}: {value} read as {number}; the unit was dropped.",
    unitDroppedMany: "{at}: {value} read as {number}; the unit was dropped, here and in {more} more cells of this column.",
    expectDate: "a date such as 2026-11-21",
    expectNumber: "a number such as 1200, without units",
    expectText: "text",
    expectLifecycle: "Cancelled, Closed, On hold or blank",
    expectInspection: "Accepted, Rejected, Partial or blank",
    expectAnything: "a value",
    blank: "(blank)",
    quoted: '"{text}"',
  },
  "zh-CN": {
    missingRequiredField: "{at}：没有“{field}”列。请添加该列，或手动指定对应的列。",
    missingRequiredFieldEither: "{at}：没有“{field}”或“{orField}”列。登记表至少需要其中一列；请添加该列或手动指定。",
    missingValue: "{at}：单元格为空，但“{field}”是必填项。",
    missingDueDate: "{at}：该行既没有需求日期也没有承诺交期，请至少填写一个。",
    errorValue: "{at}：单元格显示错误 {value}。应为{expected}。",
    notADate: "{at}：{value} 不是日期。应为{expected}。",
    ambiguousDate: "{at}：{value} 可能是“日/月”也可能是“月/日”。请写成 2026-11-21，或在设置中指定工作簿的日期顺序。",
    dateOutOfRange: "{at}：{value} 超出了 Excel 能显示的日期范围（1900-01-01 至 9999-12-31）。",
    dateSerialOutOfRange: "{at}：{value} 不是日期：Excel 的日期序列号范围为 1（1900-01-01）至 2,958,465（9999-12-31）。",
    notANumber: "{at}：{value} 不是数字。应为{expected}。",
    ambiguousNumber:
      "{at}：{value} 可能是 {asDecimal}，也可能是 {asGrouped}，该列中没有其他值能说明“.”和“,”哪个是小数点。请去掉千位分隔符填写（如 {asGrouped} 或 {asDecimal}）。",
    negativeNumber: "{at}：{value} 是负数。应为零或正数。",
    unknownLifecycle: "{at}：无法识别状态 {value}。应为{expected}。",
    unknownInspection: "{at}：无法识别检验结果 {value}。应为{expected}。",
    duplicateKey: "{at}：采购行 {value} 已在第 {firstRow} 行出现。每个采购行只应出现一次。",
    duplicateKeyOnSheet: "{at}：采购行 {value} 已在工作表 {firstSheet} 第 {firstRow} 行出现。每个采购行只应出现一次。",
    sheetsReadTogether: "{at}：表头相同的 {count} 个工作表合并为一个登记表读取：{sheets}。",
    receivedBeforeOrdered: "{at}：收货日期 {receivedDate} 早于下单日期 {orderDate}。两个日期均保留，请核对。",
    unknownChoice: "{at}：{value} 不是允许的值。应为{expected}。",
    orphanChase:
      "{at}：此跟催记录对应的采购订单行 {value} 不在登记表中（已删除，或订单号、行号已更改）。该记录保留在日志中，但不计入任何行。",
    totalsLeftOut: "{at}：{count} 行合计、小计或页脚不是采购订单行，已略过（第 {rows} 行）。",
    uncachedFormula:
      "{at}：该单元格是公式，但文件中从未保存其计算结果（由程序而非 Excel 写入），因此读作空白。请在 Excel 中打开并保存一次。",
    unitDropped: "{at}：{value} 读作 {number}，已去掉单位。",
    unitDroppedMany: "{at}：{value} 读作 {number}，已去掉单位；该列另有 {more} 个单元格同样处理。",
    expectDate: "日期，例如 2026-11-21",
    expectNumber: "数字，例如 1200（不带单位）",
    expectText: "文本",
    expectLifecycle: "取消、关闭、暂停或留空",
    expectInspection: "合格、不合格、部分合格或留空",
    expectAnything: "一个值",
    blank: "（空）",
    quoted: "“{text}”",
  },
  ja: {
    missingRequiredField: "{at}：「{field}」の列がありません。この見出しの列を追加するか、既存の列を手動で割り当ててください。",
    missingRequiredFieldEither:
      "{at}：「{field}」または「{orField}」の列がありません。少なくとも一方が必要です。列を追加するか、手動で割り当ててください。",
    missingValue: "{at}：セルが空欄ですが、「{field}」は必須です。",
    missingDueDate: "{at}：この明細には希望納期も回答納期もありません。少なくとも一方を入力してください。",
    errorValue: "{at}：セルにエラー {value} が表示されています。{expected}が必要です。",
    notADate: "{at}：{value} は日付ではありません。{expected}が必要です。",
    ambiguousDate: "{at}：{value} は日/月とも月/日とも読めます。2026-11-21 の形式で入力するか、設定でブックの日付順を指定してください。",
    dateOutOfRange: "{at}：{value} は Excel で表示できる日付（1900-01-01～9999-12-31）の範囲外です。",
    dateSerialOutOfRange: "{at}：{value} は日付ではありません。Excel の日付シリアル値は 1（1900-01-01）～2,958,465（9999-12-31）です。",
    notANumber: "{at}：{value} は数値ではありません。{expected}が必要です。",
    ambiguousNumber:
      "{at}：{value} は {asDecimal} とも {asGrouped} とも読めます。この列のほかの値からは「.」と「,」のどちらが小数点か分かりません。桁区切りを付けずに入力してください（例: {asGrouped} または {asDecimal}）。",
    negativeNumber: "{at}：{value} は負の値です。0 以上の値が必要です。",
    unknownLifecycle: "{at}：{value} は認識できないステータスです。{expected}が必要です。",
    unknownInspection: "{at}：{value} は認識できない検査結果です。{expected}が必要です。",
    duplicateKey: "{at}：発注明細 {value} は {firstRow} 行目にもあります。発注明細は 1 行に 1 つだけにしてください。",
    duplicateKeyOnSheet:
      "{at}：発注明細 {value} はシート {firstSheet} の {firstRow} 行目にもあります。発注明細は 1 行に 1 つだけにしてください。",
    sheetsReadTogether: "{at}：見出しが同じ {count} 枚のシートを 1 つの台帳として読み込みました：{sheets}。",
    receivedBeforeOrdered: "{at}：入荷日 {receivedDate} が発注日 {orderDate} より前です。両方の日付はそのまま残します。確認してください。",
    unknownChoice: "{at}：{value} は使用できる値ではありません。{expected}が必要です。",
    orphanChase:
      "{at}：この催促記録の発注明細 {value} は台帳にありません（削除されたか、発注番号・明細番号が変わりました）。記録はログに残りますが、どの明細にも数えません。",
    totalsLeftOut: "{at}：合計・小計・フッターの {count} 行は発注明細ではないため読み飛ばしました（{rows} 行目）。",
    uncachedFormula:
      "{at}：数式のセルですが、計算結果がファイルに保存されていません（Excel ではなくプログラムが書き込んだもの）。空白として読みます。Excel で開いて一度保存してください。",
    unitDropped: "{at}：{value} を {number} と読み、単位を除きました。",
    unitDroppedMany: "{at}：{value} を {number} と読み、単位を除きました。この列のほか {more} 個のセルも同様です。",
    expectDate: "2026-11-21 のような日付",
    expectNumber: "1200 のような数値（単位なし）",
    expectText: "文字列",
    expectLifecycle: "キャンセル、クローズ、保留、または空欄",
    expectInspection: "合格、不合格、一部合格、または空欄",
    expectAnything: "値",
    blank: "（空欄）",
    quoted: "「{text}」",
  },
});
