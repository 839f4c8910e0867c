import { defineCatalog } from "../i18n";

/** The predicted arrival of an open line: the reason in words (src/predict/reason.ts) and the Line view's labels. */
export const predictCatalog = defineCatalog({
  en: {
    ownHistory: {
      one: "{late} of its last {count} line late, median {median} working days",
      other: "{late} of its last {count} lines late, median {median} working days",
    },
    promiseMoves: { one: "{count} open line re-promised later", other: "{count} open lines re-promised later" },
    shrunk: "little history: weighted {percent}% toward all suppliers",
    noOwnHistory: {
      one: "no history for this supplier: all suppliers' figure ({count} line)",
      other: "no history for this supplier: all suppliers' figure ({count} lines)",
    },
    noneThatLong: {
      one: "none of its own slips is this long: all suppliers' figure ({count} line)",
      other: "none of its own slips is this long: all suppliers' figure ({count} lines)",
    },
    noHistory: "no receipts in the register yet: the due date",
    lateSoFar: {
      one: "already {count} working day late: only longer slips count",
      other: "already {count} working days late: only longer slips count",
    },
    title: "Predicted arrival",
    p50: "Most likely (P50)",
    p90: "At the latest (P90)",
    slipsTitle: "Slips it rests on (working days, receipt − committed)",
    noSlips: "None of its own",
  },
  "zh-CN": {
    ownHistory: "最近 {count} 行中有 {late} 行迟交，中位数 {median} 个工作日",
    promiseMoves: "{count} 个未完成行的交期已被推迟",
    shrunk: "历史较少：按 {percent}% 的比重参考全部供应商",
    noOwnHistory: "该供应商暂无历史：采用全部供应商的数据（{count} 行）",
    noneThatLong: "该供应商没有这么长的延误记录：采用全部供应商的数据（{count} 行）",
    noHistory: "登记表中尚无收货记录：按交期预计",
    lateSoFar: "已迟交 {count} 个工作日：只计更长的延误",
    title: "预计到货",
    p50: "最可能（P50）",
    p90: "最晚（P90）",
    slipsTitle: "依据的延误（工作日，收货日 − 承诺日）",
    noSlips: "该供应商无自身记录",
  },
  ja: {
    ownHistory: "直近 {count} 明細中 {late} 件が遅延、中央値 {median} 営業日",
    promiseMoves: "未納明細 {count} 件で回答納期が後ろ倒し",
    shrunk: "実績が少ないため、全仕入先の値に {percent}% 寄せています",
    noOwnHistory: "この仕入先の実績なし：全仕入先の値（{count} 明細）",
    noneThatLong: "この仕入先にこれほど長い遅れの実績なし：全仕入先の値（{count} 明細）",
    noHistory: "台帳にまだ入荷実績がありません：納期どおりと想定",
    lateSoFar: "すでに {count} 営業日遅延：それより長い遅れのみを参照",
    title: "入荷予測",
    p50: "最も可能性が高い日（P50）",
    p90: "遅くとも（P90）",
    slipsTitle: "根拠となった遅れ（営業日、入荷日 − 確約納期）",
    noSlips: "この仕入先の実績なし",
  },
});
