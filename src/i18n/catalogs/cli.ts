import { defineCatalog } from "../i18n";

/**
 * Texts of the headless runner (cli/ and src/xlsx): messages, progress, the `check` listing, the
 * notes the xlsx renderer writes where a chart would be, and the email. Placeholders are {name}.
 */
export const cliCatalog = defineCatalog({
  en: {
    usage:
      "Usage:\n" +
      "  po-followup report <register.xlsx> [--sheet NAME | --table NAME] [--as-of YYYY-MM-DD] [--period week|month]\n" +
      "                     [--out report.xlsx] [--html summary.html] [--text summary.txt] [--lang en|zh-CN|ja] [--json]\n" +
      "  po-followup report <a.xlsx> <b.xlsx> … | <folder> --consolidate --out Department.xlsx [--as-of] [--period] [--lang] [--json]\n" +
      "  po-followup check <register.xlsx> [--sheet NAME | --table NAME] [--json]\n" +
      "  po-followup impact <register.xlsx> [--sheet NAME | --table NAME] [--as-of YYYY-MM-DD] [--out file.xlsx] [--json]\n" +
      "  po-followup send <register.xlsx> --to a@b [--to c@d] --smtp-host HOST --smtp-port PORT [--smtp-user USER] [--from ADDRESS]\n" +
      "                     [--config FILE] [--allow-insecure-auth] [+ the report options]\n" +
      "  po-followup send <register.xlsx> --suppliers [--dry-run FOLDER] [--sent-log FILE] [--rate PER_MINUTE] [--as-of YYYY-MM-DD]\n" +
      "                     [+ the SMTP options; no --to: each supplier's address comes from the register]\n" +
      "With --smtp-user the server must accept STARTTLS first (or use --smtp-secure); --allow-insecure-auth only for a trusted relay.\n" +
      "The SMTP password is read from PO_SMTP_PASSWORD or the config file, never from the command line.\n" +
      "Exit codes: 0 done / clean, 1 problems found (check), 2 file unreadable or bad arguments, 3 sending failed.",
    errUnknownCommand: 'Unknown command "{command}". Use report, check, send or impact.',
    errArguments: "{message}",
    errMissingFile: "Give the register workbook (.xlsx) to read.",
    errNotFound: "{path}: no such file.",
    errSymlinkLoop: "{path} is a symbolic link that leads back to itself; point it at the workbook.",
    errNotReadable: "{path} cannot be read: this account has no permission to open it.",
    errOutputsClash: "{path} is named for two outputs (--out, --html, --text): give each its own file.",
    reason_xml:
      "it is an XML or HTML file (an export saved as a web page or as XML Spreadsheet 2003). Open it in Excel and save it as .xlsx.",
    reason_csv: "it is a CSV file. Open it in Excel and save it as .xlsx.",
    reason_text: "it is a text file.",
    reason_notZip: "its contents are neither a workbook nor text (the file may be damaged or of another kind).",
    reason_damaged: "the file is damaged or is another kind of zip archive ({detail}).",
    reason_damagedAt: "the file is damaged at {place} ({detail}). Open it in Excel, which can repair it, and save it again.",
    place_sheet: 'sheet "{sheet}"',
    place_row: "row {row}",
    place_column: "column {column}",
    place_separator: ", ",
    reason_tooManyCells:
      "{where} holds more than {limit} cells to read, more than any register needs: the read was stopped. Split the register.",
    csvReadNote: "Read as CSV text: {encoding}, delimiter {delimiter}, {rows} rows.",
    csvTab: "tab",
    csvCopyNote: "A CSV file is not a workbook: the report workbook holds the report and KPI sheets only.",
    errCsvLineTooLong:
      "{path}: the record that starts on line {line} is longer than {limit} characters. A quote that is never closed makes the rest of the file one field: check the quotes on that line.",
    errCsvTooManyColumns: "{path}: line {line} has more than {limit} columns (Excel's limit). Check the delimiter, or split the file.",
    errCsvTooManyRows:
      "{path} has more than {limit} rows (Excel's limit), from line {line} on. Split the register or remove old received lines.",
    errCsvUnclosedQuote:
      '{path}: the quote opened on line {line} is never closed. Fix the quotes on that line (a quote inside a quoted field is written twice: "").',
    errCsvMalformed: "{path} cannot be read as CSV near line {line} ({detail}).",
    errCsvNoValues: "{path} holds no values (only blank lines).",
    errCsvNoHeader:
      "No register header in the first 50 rows of {path} (read as {encoding}, delimiter {delimiter}): no row names PO number, supplier, ordered quantity and a requested or promised date.",
    errNotAFile: "{path} is not a file.",
    errEmpty: "{path} is empty (0 bytes).",
    errEncrypted:
      "{path} is password-protected. Save an unprotected copy in Excel (File > Info > Protect Workbook > Encrypt with Password, clear the password) and run again.",
    errLegacyXls: "{path} is an old-format workbook (.xls). Open it in Excel and save it as .xlsx.",
    errNotXlsx: "{path} is not an Excel workbook (.xlsx): {reason}",
    errTooLarge: "{path} is {size} MB; the limit is {max} MB. Split the register or remove old received lines.",
    errNoRegister:
      "No register found in {path}: no table named Register and no sheet with the register's headers (PO number, supplier, ordered quantity, requested or promised date). Use --sheet or --table.",
    errTableNotFound: 'No table named "{name}" in {path}. Tables: {names}.',
    errSheetNotFound: 'No sheet named "{name}" in {path}. Sheets: {names}.',
    errMissingRequired: "The register on {sheet} lacks required columns: {fields}. Run `po-followup check` for details.",
    errNoLines: "The register on {sheet} has no PO lines yet: no report was written.",
    errOutIsInput: "An output (--out, --html, --text) must not be the input file: the register is never overwritten.",
    errMacrosNeedXlsm:
      "The workbook holds macros and its copy keeps them, but Excel opens a macro-enabled workbook only under an .xlsm name: use --out {suggestion} instead of {path}.",
    errBadDate: "--as-of {value} is not a date. Write it as YYYY-MM-DD.",
    errBadPeriod: "--period must be week or month, not {value}.",
    errBadLang: "--lang must be en, zh-CN or ja, not {value}.",
    errSheetAndTable: "Give --sheet or --table, not both.",
    errWrite: "Could not write {path}: {reason}",
    errSmtpMissing: "Sending needs {what} (command line, environment or config file).",
    errPasswordOnCommandLine: "The SMTP password is never taken from the command line: set PO_SMTP_PASSWORD or put it in the config file.",
    errConfig: "Could not read the config file {path}: {reason}",
    errSend: "The email could not be sent: {reason}",
    progressReading: "Reading {path} ({size} MB)…",
    progressRead: "Read {rows} register rows from {where} in {ms} ms.",
    progressComputing: "Computing the report as of {asOf} ({period})…",
    progressWriting: "Writing {path}…",
    progressSending: "Sending to {to} via {host}:{port}…",
    unkeptContentNote:
      "Note: the copy does not keep the workbook's {parts} (the library that writes .xlsx files cannot); the input file is unchanged.",
    unkept_charts: "charts",
    unkept_pivotTables: "pivot tables",
    unkept_slicers: "slicers",
    unkept_macros: "macros",
    wroteReport: "Report {sheet} written to {path}.",
    wroteFile: "Wrote {path}.",
    sent: 'Sent "{subject}" to {to}.',
    reportCounts: {
      one: "{count} line to chase now; {problems} problem cells in the register.",
      other: "{count} lines to chase now; {problems} problem cells in the register.",
    },
    checkRegister: "Register: {where}, header on row {row}, {lines} lines, {system} date system.",
    checkMapping: "Columns:",
    checkMapped: '  {field} ← {column} "{header}" ({confidence})',
    checkMissing: "  {field}: no column",
    checkUnmapped: "Not used: {headers}",
    checkChases: "Chase log: {where}, {entries} entries.",
    checkNoChases: "Chase log: none.",
    checkProblems: { one: "{count} problem:", other: "{count} problems:" },
    checkClean: "No problems found.",
    checkNotes: {
      one: "{count} note (nothing is lost, the figures do not change):",
      other: "{count} notes (nothing is lost, the figures do not change):",
    },
    checkSettings: { one: "{count} saved setting cannot be used:", other: "{count} saved settings cannot be used:" },
    checkMore: "… and {count} more (use --json for the full list).",
    chartNotDrawn:
      'Chart "{title}" is not drawn in files written by po-followup (the xlsx library cannot create charts). Its data is the table "{source}" above.',
    trendNotDrawn:
      'Trend chart "{title}" is not drawn in files written by po-followup (the xlsx library cannot create charts). Its data is the KpiHistory table from A29.',
    mailAttachment: "The full report is attached: {file}",
    errConfigJson:
      "The config file {path} is not valid JSON (line {line}, column {column}). Its text is not shown here because it may hold a password.",
    errConfigJsonNoPlace: "The config file {path} is not valid JSON. Its text is not shown here because it may hold a password.",
    errNoStartTls:
      "{host}:{port} offers no encrypted connection (STARTTLS), so the password was not sent. Use the server's STARTTLS port, port 465 with --smtp-secure, or --allow-insecure-auth for a trusted relay.",
    errBadRate: "--rate is messages per minute, a whole number from 1 to {max}, not {value}.",
    errSentLog: "Could not use the sent log {path}: {reason}",
    supplierSent: "{supplier}: letter sent to {to} ({count} lines).",
    supplierDrafted: "{supplier}: letter written to {path} ({count} lines).",
    supplierNoEmail: "{supplier}: no address in the register's supplier e-mail column; no letter.",
    supplierHeldBack: "{supplier}: chased on {date}; the minimum gap lets the next letter go on {until}.",
    supplierRefused: "{supplier}: the server refused the letter to {to}: {reason}",
    suppliersDone:
      "Supplier letters: {sent} sent, {drafted} written for review, {held} held back by the minimum gap, {noEmail} without an address, {failed} refused.",
    reason_zipBomb_total: "it would unpack to {size} MB, more than any workbook needs: it was refused unread (a zip bomb looks like this).",
    reason_zipBomb_ratio:
      "its part {part} would unpack to {size} MB, {ratio} times its packed size, far beyond any workbook: it was refused unread (a zip bomb looks like this).",
    reason_zipBomb_lyingSize:
      "its part {part} unpacks to more than the {size} MB its zip directory states: reading was stopped (a zip bomb looks like this).",
    errNoSalesOrders:
      '{sheet} has no sales-order column: there is no customer order to report on. Add a "Sales order" column (and "SO need date").',
    wroteImpact: "Wrote the customer impact to {path}: {count} sales orders, {atRisk} at risk.",
  },
  "zh-CN": {
    usage:
      "用法：\n" +
      "  po-followup report <登记表.xlsx> [--sheet 工作表 | --table 表名] [--as-of YYYY-MM-DD] [--period week|month]\n" +
      "                     [--out report.xlsx] [--html summary.html] [--text summary.txt] [--lang en|zh-CN|ja] [--json]\n" +
      "  po-followup report <a.xlsx> <b.xlsx> … | <文件夹> --consolidate --out 部门KPI.xlsx [--as-of] [--period] [--lang] [--json]\n" +
      "  po-followup check <登记表.xlsx> [--sheet 工作表 | --table 表名] [--json]\n" +
      "  po-followup impact <登记表.xlsx> [--sheet 工作表 | --table 表名] [--as-of YYYY-MM-DD] [--out 文件.xlsx] [--json]\n" +
      "  po-followup send <登记表.xlsx> --to a@b [--to c@d] --smtp-host 主机 --smtp-port 端口 [--smtp-user 用户] [--from 发件人]\n" +
      "                     [--config 文件] [--allow-insecure-auth] [+ report 的选项]\n" +
      "  po-followup send <登记表.xlsx> --suppliers [--dry-run 文件夹] [--sent-log 文件] [--rate 每分钟封数] [--as-of YYYY-MM-DD]\n" +
      "                     [+ SMTP 选项；无需 --to：各供应商的邮箱取自登记表]\n" +
      "指定 --smtp-user 时，服务器必须先接受 STARTTLS（或使用 --smtp-secure）；--allow-insecure-auth 仅用于可信中继。\n" +
      "SMTP 密码只从环境变量 PO_SMTP_PASSWORD 或配置文件读取，绝不从命令行读取。\n" +
      "退出码：0 完成/无问题，1 发现问题（check），2 文件无法读取或参数错误，3 发送失败。",
    errUnknownCommand: "未知命令“{command}”。请使用 report、check、send 或 impact。",
    errArguments: "{message}",
    errMissingFile: "请指定要读取的登记表工作簿（.xlsx）。",
    errNotFound: "{path}：文件不存在。",
    errSymlinkLoop: "{path} 是指向自身的符号链接，请让它指向工作簿。",
    errNotReadable: "无法读取 {path}：当前账户没有打开它的权限。",
    errOutputsClash: "{path} 被指定为两个输出（--out、--html、--text）：请为每个输出指定不同的文件。",
    reason_xml: "这是 XML 或 HTML 文件（另存为网页或 XML 电子表格 2003 的导出）。请在 Excel 中打开并另存为 .xlsx。",
    reason_csv: "这是 CSV 文件。请在 Excel 中打开并另存为 .xlsx。",
    reason_text: "这是文本文件。",
    reason_notZip: "其内容既不是工作簿也不是文本（文件可能已损坏或是其他类型）。",
    reason_damaged: "文件已损坏或是其他类型的 zip 压缩包（{detail}）。",
    reason_damagedAt: "文件在{place}处已损坏（{detail}）。请在 Excel 中打开（Excel 可以修复），然后重新保存。",
    place_sheet: "工作表“{sheet}”",
    place_row: "第 {row} 行",
    place_column: "{column} 列",
    place_separator: "，",
    reason_tooManyCells: "{where} 中要读取的单元格超过 {limit} 个，远超任何登记表所需，已停止读取。请拆分登记表。",
    csvReadNote: "已按 CSV 文本读取：{encoding}，分隔符 {delimiter}，共 {rows} 行。",
    csvTab: "制表符",
    csvCopyNote: "CSV 文件不是工作簿：报告工作簿只包含报告和 KPI 工作表。",
    errCsvLineTooLong: "{path}：从第 {line} 行开始的记录超过 {limit} 个字符。未闭合的引号会把文件其余部分读成一个字段，请检查该行的引号。",
    errCsvTooManyColumns: "{path}：第 {line} 行超过 {limit} 列（Excel 的上限）。请检查分隔符，或拆分文件。",
    errCsvTooManyRows: "{path} 超过 {limit} 行（Excel 的上限），从第 {line} 行起超出。请拆分登记表或删除已收货的旧行。",
    errCsvUnclosedQuote: '{path}：第 {line} 行开始的引号没有闭合。请修正该行的引号（带引号字段中的引号要写两次：""）。',
    errCsvMalformed: "{path} 在第 {line} 行附近无法按 CSV 读取（{detail}）。",
    errCsvNoValues: "{path} 没有任何值（只有空行）。",
    errCsvNoHeader:
      "{path} 的前 50 行中没有登记表表头（按 {encoding}、分隔符 {delimiter} 读取）：没有一行含 PO 号、供应商、订购数量、需求或承诺日期。",
    errNotAFile: "{path} 不是文件。",
    errEmpty: "{path} 是空文件（0 字节）。",
    errEncrypted: "{path} 受密码保护。请在 Excel 中另存一份未加密的副本（文件 > 信息 > 保护工作簿 > 用密码进行加密，清除密码）后重试。",
    errLegacyXls: "{path} 是旧格式工作簿（.xls）。请在 Excel 中打开并另存为 .xlsx。",
    errNotXlsx: "{path} 不是 Excel 工作簿（.xlsx）：{reason}",
    errTooLarge: "{path} 大小为 {size} MB，上限为 {max} MB。请拆分登记表或删除已收货的旧行。",
    errNoRegister:
      "{path} 中找不到登记表：没有名为 Register 的表，也没有含登记表表头（PO 号、供应商、订购数量、需求或承诺日期）的工作表。请使用 --sheet 或 --table。",
    errTableNotFound: "{path} 中没有名为“{name}”的表。现有表：{names}。",
    errSheetNotFound: "{path} 中没有名为“{name}”的工作表。现有工作表：{names}。",
    errMissingRequired: "{sheet} 上的登记表缺少必需列：{fields}。运行 `po-followup check` 查看详情。",
    errNoLines: "{sheet} 上的登记表还没有任何采购行：未生成报告。",
    errOutIsInput: "输出文件（--out、--html、--text）不能是输入文件：登记表绝不会被覆盖。",
    errMacrosNeedXlsm: "该工作簿含有宏，副本会保留宏，而 Excel 只以 .xlsm 文件名打开含宏的工作簿：请用 --out {suggestion} 代替 {path}。",
    errBadDate: "--as-of {value} 不是日期。请写成 YYYY-MM-DD。",
    errBadPeriod: "--period 只能是 week 或 month，而不是 {value}。",
    errBadLang: "--lang 只能是 en、zh-CN 或 ja，而不是 {value}。",
    errSheetAndTable: "--sheet 和 --table 只能给一个。",
    errWrite: "无法写入 {path}：{reason}",
    errSmtpMissing: "发送邮件需要 {what}（命令行、环境变量或配置文件）。",
    errPasswordOnCommandLine: "SMTP 密码不从命令行读取：请设置 PO_SMTP_PASSWORD 或写入配置文件。",
    errConfig: "无法读取配置文件 {path}：{reason}",
    errSend: "邮件发送失败：{reason}",
    progressReading: "正在读取 {path}（{size} MB）…",
    progressRead: "已从 {where} 读取 {rows} 行登记表，用时 {ms} 毫秒。",
    progressComputing: "正在计算截至 {asOf} 的报告（{period}）…",
    progressWriting: "正在写入 {path}…",
    progressSending: "正在通过 {host}:{port} 发送给 {to}…",
    unkeptContentNote: "注意：副本不会保留工作簿中的{parts}（写入 .xlsx 的程序库不支持）；输入文件未被修改。",
    unkept_charts: "图表",
    unkept_pivotTables: "数据透视表",
    unkept_slicers: "切片器",
    unkept_macros: "宏",
    wroteReport: "报告 {sheet} 已写入 {path}。",
    wroteFile: "已写入 {path}。",
    sent: "已将“{subject}”发送给 {to}。",
    reportCounts: "现在需跟催 {count} 行；登记表中有 {problems} 个问题单元格。",
    checkRegister: "登记表：{where}，表头在第 {row} 行，共 {lines} 行，{system} 日期系统。",
    checkMapping: "列：",
    checkMapped: "  {field} ← {column} “{header}”（{confidence}）",
    checkMissing: "  {field}：无对应列",
    checkUnmapped: "未使用：{headers}",
    checkChases: "跟催记录：{where}，{entries} 条。",
    checkNoChases: "跟催记录：无。",
    checkProblems: "{count} 个问题：",
    checkClean: "未发现问题。",
    checkNotes: "{count} 条提示（没有数据丢失，数字不受影响）：",
    checkSettings: "{count} 项已保存的设置无法使用：",
    checkMore: "……还有 {count} 个（用 --json 查看完整列表）。",
    chartNotDrawn: "图表“{title}”未在 po-followup 生成的文件中绘制（所用 xlsx 库无法创建图表）。其数据为上方的表“{source}”。",
    trendNotDrawn: "趋势图“{title}”未在 po-followup 生成的文件中绘制（所用 xlsx 库无法创建图表）。其数据为 A29 起的 KpiHistory 表。",
    mailAttachment: "完整报告见附件：{file}",
    errConfigJson: "配置文件 {path} 不是有效的 JSON（第 {line} 行，第 {column} 列）。因其中可能含有密码，此处不显示其内容。",
    errConfigJsonNoPlace: "配置文件 {path} 不是有效的 JSON。因其中可能含有密码，此处不显示其内容。",
    errNoStartTls:
      "{host}:{port} 不提供加密连接（STARTTLS），因此未发送密码。请使用服务器的 STARTTLS 端口、带 --smtp-secure 的 465 端口，或仅对可信中继使用 --allow-insecure-auth。",
    errBadRate: "--rate 为每分钟发送的邮件数，应为 1 到 {max} 的整数，而不是 {value}。",
    errSentLog: "无法使用发送记录 {path}：{reason}",
    supplierSent: "{supplier}：催货函已发送至 {to}（{count} 行）。",
    supplierDrafted: "{supplier}：催货函已写入 {path}（{count} 行），待审阅。",
    supplierNoEmail: "{supplier}：登记表的供应商邮箱列中没有地址，未生成催货函。",
    supplierHeldBack: "{supplier}：已于 {date} 催过；按最短间隔，下一封最早于 {until} 发送。",
    supplierRefused: "{supplier}：服务器拒收发往 {to} 的催货函：{reason}",
    suppliersDone:
      "供应商催货函：已发送 {sent} 封，已写出待审阅 {drafted} 封，因最短间隔暂缓 {held} 家，无邮箱 {noEmail} 家，被拒收 {failed} 封。",
    reason_zipBomb_total: "解压后将达 {size} MB，远超任何工作簿所需，已拒绝读取（疑似 zip 炸弹）。",
    reason_zipBomb_ratio: "其部件 {part} 解压后将达 {size} MB，是压缩大小的 {ratio} 倍，远超任何工作簿，已拒绝读取（疑似 zip 炸弹）。",
    reason_zipBomb_lyingSize: "其部件 {part} 解压后超过 zip 目录所记录的 {size} MB，已停止读取（疑似 zip 炸弹）。",
    errNoSalesOrders: "{sheet} 没有销售订单列，无法列出客户订单影响。请添加“销售订单”列（及“客户需求日期”列）。",
    wroteImpact: "客户订单影响已写入 {path}：共 {count} 个销售订单，其中 {atRisk} 个有风险。",
  },
  ja: {
    usage:
      "使い方:\n" +
      "  po-followup report <台帳.xlsx> [--sheet シート名 | --table テーブル名] [--as-of YYYY-MM-DD] [--period week|month]\n" +
      "                     [--out report.xlsx] [--html summary.html] [--text summary.txt] [--lang en|zh-CN|ja] [--json]\n" +
      "  po-followup report <a.xlsx> <b.xlsx> … | <フォルダー> --consolidate --out 部門KPI.xlsx [--as-of] [--period] [--lang] [--json]\n" +
      "  po-followup check <台帳.xlsx> [--sheet シート名 | --table テーブル名] [--json]\n" +
      "  po-followup impact <台帳.xlsx> [--sheet シート名 | --table テーブル名] [--as-of YYYY-MM-DD] [--out ファイル.xlsx] [--json]\n" +
      "  po-followup send <台帳.xlsx> --to a@b [--to c@d] --smtp-host ホスト --smtp-port ポート [--smtp-user ユーザー] [--from 差出人]\n" +
      "                     [--config ファイル] [--allow-insecure-auth] [+ report のオプション]\n" +
      "  po-followup send <台帳.xlsx> --suppliers [--dry-run フォルダー] [--sent-log ファイル] [--rate 1分あたりの通数] [--as-of YYYY-MM-DD]\n" +
      "                     [+ SMTP のオプション。--to は不要: 各仕入先のアドレスは台帳から取得]\n" +
      "--smtp-user を指定した場合、サーバーは先に STARTTLS に応じる必要があります (または --smtp-secure)。--allow-insecure-auth は信頼できる中継サーバー専用です。\n" +
      "SMTP のパスワードは PO_SMTP_PASSWORD または設定ファイルからのみ読み取り、コマンドラインからは受け付けません。\n" +
      "終了コード: 0 完了/問題なし、1 問題あり (check)、2 ファイルを読めない・引数の誤り、3 送信失敗。",
    errUnknownCommand: "不明なコマンド「{command}」です。report、check、send、impact のいずれかを使ってください。",
    errArguments: "{message}",
    errMissingFile: "読み込む台帳ブック (.xlsx) を指定してください。",
    errNotFound: "{path}: ファイルがありません。",
    errSymlinkLoop: "{path} は自分自身を指すシンボリックリンクです。ブックを指すようにしてください。",
    errNotReadable: "{path} を読み取れません。このアカウントには開く権限がありません。",
    errOutputsClash: "{path} が 2 つの出力（--out、--html、--text）に指定されています。出力ごとに別のファイルを指定してください。",
    reason_xml:
      "XML または HTML ファイルです（Web ページや XML スプレッドシート 2003 として保存されたもの）。Excel で開き .xlsx で保存してください。",
    reason_csv: "CSV ファイルです。Excel で開き .xlsx で保存してください。",
    reason_text: "テキスト ファイルです。",
    reason_notZip: "内容がブックでもテキストでもありません（ファイルが壊れているか、別の種類のファイルです）。",
    reason_damaged: "ファイルが壊れているか、別の種類の zip アーカイブです（{detail}）。",
    reason_damagedAt: "ファイルの{place}が壊れています（{detail}）。Excel で開いて修復し、保存し直してください。",
    place_sheet: "シート「{sheet}」",
    place_row: "{row} 行目",
    place_column: "{column} 列",
    place_separator: "、",
    reason_tooManyCells:
      "{where} には読み込むセルが {limit} 個を超えてあり、どの台帳にも必要な量を超えるため読み込みを中止しました。台帳を分割してください。",
    csvReadNote: "CSV テキストとして読み込みました: {encoding}、区切り文字 {delimiter}、{rows} 行。",
    csvTab: "タブ",
    csvCopyNote: "CSV ファイルはブックではないため、レポートブックにはレポートと KPI シートのみを含めます。",
    errCsvLineTooLong:
      "{path}: {line} 行目から始まるレコードが {limit} 文字を超えています。閉じられていない引用符があるとファイルの残りが 1 つのフィールドになります。その行の引用符を確認してください。",
    errCsvTooManyColumns:
      "{path}: {line} 行目の列数が {limit} 列 (Excel の上限) を超えています。区切り文字を確認するか、ファイルを分割してください。",
    errCsvTooManyRows:
      "{path} は {limit} 行 (Excel の上限) を超えています ({line} 行目以降)。台帳を分割するか、受入済みの古い行を削除してください。",
    errCsvUnclosedQuote:
      '{path}: {line} 行目で開いた引用符が閉じられていません。その行の引用符を修正してください (引用符で囲んだフィールド内の引用符は 2 つ重ねて "" と書きます)。',
    errCsvMalformed: "{path} は {line} 行目付近で CSV として読み込めません ({detail})。",
    errCsvNoValues: "{path} には値がありません (空行のみ)。",
    errCsvNoHeader:
      "{path} の先頭 50 行に台帳の見出しがありません ({encoding}、区切り文字 {delimiter} として読み込み): 発注番号、仕入先、発注数量、希望納期または回答納期を含む行がありません。",
    errNotAFile: "{path} はファイルではありません。",
    errEmpty: "{path} は空です (0 バイト)。",
    errEncrypted:
      "{path} はパスワードで保護されています。Excel で保護を解除したコピー (ファイル > 情報 > ブックの保護 > パスワードを使用して暗号化、パスワードを消去) を保存して再実行してください。",
    errLegacyXls: "{path} は旧形式のブック (.xls) です。Excel で開き .xlsx で保存してください。",
    errNotXlsx: "{path} は Excel ブック (.xlsx) ではありません: {reason}",
    errTooLarge: "{path} は {size} MB で、上限は {max} MB です。台帳を分割するか、受入済みの古い行を削除してください。",
    errNoRegister:
      "{path} に台帳が見つかりません: Register という名前のテーブルも、台帳の見出し (発注番号、仕入先、発注数量、希望納期または回答納期) のあるシートもありません。--sheet か --table を指定してください。",
    errTableNotFound: "{path} に「{name}」という名前のテーブルはありません。テーブル: {names}。",
    errSheetNotFound: "{path} に「{name}」という名前のシートはありません。シート: {names}。",
    errMissingRequired: "{sheet} の台帳に必須の列がありません：{fields}。詳細は `po-followup check` で確認してください。",
    errNoLines: "{sheet} の台帳にはまだ発注明細がありません。レポートは作成していません。",
    errOutIsInput: "出力（--out、--html、--text）に入力ファイルは指定できません: 台帳は上書きしません。",
    errMacrosNeedXlsm:
      "このブックにはマクロがあり、コピーにも残ります。Excel はマクロ有効ブックを .xlsm の名前でしか開きません: {path} ではなく --out {suggestion} を指定してください。",
    errBadDate: "--as-of {value} は日付ではありません。YYYY-MM-DD の形式で指定してください。",
    errBadPeriod: "--period は week か month です ({value} は不可)。",
    errBadLang: "--lang は en、zh-CN、ja のいずれかです ({value} は不可)。",
    errSheetAndTable: "--sheet と --table はどちらか一方だけ指定してください。",
    errWrite: "{path} に書き込めません: {reason}",
    errSmtpMissing: "送信には {what} が必要です (コマンドライン、環境変数、設定ファイル)。",
    errPasswordOnCommandLine:
      "SMTP のパスワードはコマンドラインから受け付けません: PO_SMTP_PASSWORD を設定するか設定ファイルに記入してください。",
    errConfig: "設定ファイル {path} を読めません: {reason}",
    errSend: "メールを送信できませんでした: {reason}",
    progressReading: "{path} ({size} MB) を読み込み中…",
    progressRead: "{where} から台帳 {rows} 行を {ms} ミリ秒で読み込みました。",
    progressComputing: "{asOf} 時点のレポート ({period}) を計算中…",
    progressWriting: "{path} を書き込み中…",
    progressSending: "{host}:{port} 経由で {to} に送信中…",
    unkeptContentNote:
      "注意：コピーにはブックの{parts}は含まれません（.xlsx を書き出すライブラリが対応していません）。入力ファイルは変更されていません。",
    unkept_charts: "グラフ",
    unkept_pivotTables: "ピボットテーブル",
    unkept_slicers: "スライサー",
    unkept_macros: "マクロ",
    wroteReport: "レポート {sheet} を {path} に書き込みました。",
    wroteFile: "{path} を書き込みました。",
    sent: "「{subject}」を {to} に送信しました。",
    reportCounts: "督促が必要な行: {count}、台帳の問題セル: {problems}。",
    checkRegister: "台帳: {where}、見出しは {row} 行目、{lines} 行、{system} 日付システム。",
    checkMapping: "列:",
    checkMapped: "  {field} ← {column} 「{header}」 ({confidence})",
    checkMissing: "  {field}: 列なし",
    checkUnmapped: "未使用: {headers}",
    checkChases: "督促ログ: {where}、{entries} 件。",
    checkNoChases: "督促ログ: なし。",
    checkProblems: "問題 {count} 件:",
    checkClean: "問題は見つかりませんでした。",
    checkNotes: "お知らせ {count} 件（失われるものはなく、数値は変わりません）:",
    checkSettings: "保存された設定のうち {count} 件は使用できません:",
    checkMore: "…ほか {count} 件 (全件は --json で表示)。",
    chartNotDrawn:
      "グラフ「{title}」は po-followup が書き出すファイルには描画されません (xlsx ライブラリがグラフを作成できないため)。データは上のテーブル「{source}」です。",
    trendNotDrawn:
      "推移グラフ「{title}」は po-followup が書き出すファイルには描画されません (xlsx ライブラリがグラフを作成できないため)。データは A29 からの KpiHistory テーブルです。",
    mailAttachment: "レポート全体を添付しています: {file}",
    errConfigJson:
      "設定ファイル {path} は正しい JSON ではありません ({line} 行目、{column} 文字目)。パスワードが含まれている可能性があるため、内容は表示しません。",
    errConfigJsonNoPlace:
      "設定ファイル {path} は正しい JSON ではありません。パスワードが含まれている可能性があるため、内容は表示しません。",
    errNoStartTls:
      "{host}:{port} は暗号化接続 (STARTTLS) に対応していないため、パスワードを送信しませんでした。サーバーの STARTTLS 用ポート、--smtp-secure を付けた 465 番ポートを使うか、信頼できる中継サーバーに限り --allow-insecure-auth を指定してください。",
    errBadRate: "--rate は 1 分あたりの送信数で、1 から {max} までの整数です ({value} は不可)。",
    errSentLog: "送信記録 {path} を使用できません: {reason}",
    supplierSent: "{supplier}: 督促状を {to} に送信しました ({count} 行)。",
    supplierDrafted: "{supplier}: 確認用の督促状を {path} に書き出しました ({count} 行)。",
    supplierNoEmail: "{supplier}: 台帳の仕入先メール列にアドレスがないため、督促状は作成していません。",
    supplierHeldBack: "{supplier}: {date} に督促済みです。最小間隔により、次の督促状は {until} 以降に送ります。",
    supplierRefused: "{supplier}: {to} 宛ての督促状はサーバーに拒否されました: {reason}",
    suppliersDone:
      "仕入先への督促状: 送信 {sent} 通、確認用に書き出し {drafted} 通、最小間隔で保留 {held} 社、アドレスなし {noEmail} 社、拒否 {failed} 通。",
    reason_zipBomb_total: "展開すると {size} MB になり、どのブックにも必要のない大きさのため、読み込まずに拒否しました（zip 爆弾の疑い）。",
    reason_zipBomb_ratio:
      "パーツ {part} は展開すると {size} MB（圧縮サイズの {ratio} 倍）になり、ブックとしてあり得ないため、読み込まずに拒否しました（zip 爆弾の疑い）。",
    reason_zipBomb_lyingSize:
      "パーツ {part} が zip のディレクトリに記載された {size} MB を超えて展開されたため、読み込みを中止しました（zip 爆弾の疑い）。",
    errNoSalesOrders:
      "{sheet} に受注番号の列がないため、受注への影響を出力できません。「受注番号」列（と「受注納期」列）を追加してください。",
    wroteImpact: "受注への影響を {path} に書き出しました：受注 {count} 件、うちリスクあり {atRisk} 件。",
  },
});
