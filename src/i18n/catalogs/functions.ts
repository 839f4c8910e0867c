import { defineCatalog } from "../i18n";

/**
 * Labels the PO.* worksheet functions return (functions/functions.ts): PO.STATUS and PO.AGEBUCKET.
 * They are cell values, so they stay short; the words match the task pane's (catalogs/taskpane.ts).
 */
export const functionsCatalog = defineCatalog({
  en: {
    status_received: "Received",
    status_partial: "Partial",
    status_late: "Late",
    status_unconfirmed: "Unconfirmed",
    status_dueSoon: "Due soon",
    status_onTrack: "On track",
    status_cancelled: "Cancelled",
    status_closed: "Closed",
    status_onHold: "On hold",
    bucket_notDue: "Not due",
    bucket_d1to7: "1–7 days",
    bucket_d8to14: "8–14 days",
    bucket_d15to30: "15–30 days",
    bucket_d31to60: "31–60 days",
    bucket_over60: "> 60 days",
  },
  "zh-CN": {
    status_received: "已收货",
    status_partial: "部分收货",
    status_late: "逾期",
    status_unconfirmed: "未确认",
    status_dueSoon: "即将到期",
    status_onTrack: "正常",
    status_cancelled: "已取消",
    status_closed: "已关闭",
    status_onHold: "暂停",
    bucket_notDue: "未到期",
    bucket_d1to7: "1–7 天",
    bucket_d8to14: "8–14 天",
    bucket_d15to30: "15–30 天",
    bucket_d31to60: "31–60 天",
    bucket_over60: "60 天以上",
  },
  ja: {
    status_received: "入荷済み",
    status_partial: "一部入荷",
    status_late: "遅延",
    status_unconfirmed: "未回答",
    status_dueSoon: "納期間近",
    status_onTrack: "順調",
    status_cancelled: "キャンセル",
    status_closed: "完了",
    status_onHold: "保留",
    bucket_notDue: "納期前",
    bucket_d1to7: "1–7日",
    bucket_d8to14: "8–14日",
    bucket_d15to30: "15–30日",
    bucket_d31to60: "31–60日",
    bucket_over60: "60日超",
  },
});

export type FunctionsMessage = keyof (typeof functionsCatalog)["en"];
