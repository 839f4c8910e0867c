import { defineCatalog, type Translate } from "../i18n";

/**
 * The "Next 31 days" view of the task pane (issue 14, point 4). Its own catalogue so that its text
 * loads with the view's chunk, not with Today.
 */
export const planCatalog = defineCatalog({
  en: {
    planTitle: "Next 31 days",
    planIntro: "Chases falling due each day, if each chase is made on its day. Nothing is planned on weekends or holidays.",
    planTotal: { one: "{count} chase planned in 31 days", other: "{count} chases planned in 31 days" },
    planDaysLabel: "Chase load per day",
    planToday: "Today",
    planDayOff: "Day off",
    planLines: { one: "{count} line", other: "{count} lines" },
    planSuppliers: { one: "{count} supplier", other: "{count} suppliers" },
    planLoad: "{lines}, {suppliers}",
    planDayHeading: "To chase on {date}",
    planNothing: "Nothing to chase on this day.",
    planOverdue: "Due since {date}",
    planHeldByGap: "Waits for the supplier's minimum gap",
    planLegend: "Lines · suppliers",
  },
  "zh-CN": {
    planTitle: "未来 31 天",
    planIntro: "假设每次催货都按期进行，每天到期需要催货的行。周末和节假日不安排催货。",
    planTotal: "31 天内共计划催货 {count} 次",
    planDaysLabel: "每日催货量",
    planToday: "今天",
    planDayOff: "休息日",
    planLines: "{count} 行",
    planSuppliers: "{count} 家供应商",
    planLoad: "{lines}，{suppliers}",
    planDayHeading: "{date} 需催货",
    planNothing: "当天无需催货。",
    planOverdue: "自 {date} 起已到期",
    planHeldByGap: "等待该供应商的最短催货间隔",
    planLegend: "行数 · 供应商数",
  },
  ja: {
    planTitle: "今後 31 日間",
    planIntro: "各催促を予定日どおりに行った場合の、日ごとの催促予定です。土日・休日には予定を入れません。",
    planTotal: "31 日間の催促予定：{count} 件",
    planDaysLabel: "日ごとの催促件数",
    planToday: "今日",
    planDayOff: "休日",
    planLines: "{count} 明細",
    planSuppliers: "{count} 社",
    planLoad: "{lines}、{suppliers}",
    planDayHeading: "{date} の催促予定",
    planNothing: "この日の催促予定はありません。",
    planOverdue: "{date} から期限到来",
    planHeldByGap: "仕入先への最短催促間隔を待っています",
    planLegend: "明細数 · 仕入先数",
  },
});

export type PlanKey = keyof (typeof planCatalog)["en"];
export type PlanT = Translate<PlanKey>;
