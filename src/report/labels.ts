import { translator, type Lang, type Translate } from "../i18n/i18n";
import { reportCatalog } from "../i18n/catalogs/report";
import type { AgeingBucket } from "../kpi/ageing";
import type { DelayReason } from "../settings/settings";
import type { ReportLabels } from "./model";

export type ReportKey = keyof (typeof reportCatalog)["en"];
export type ReportText = Translate<ReportKey>;

const cache = new Map<Lang, ReportText>();

/** The report catalogue in one language (English fallback). */
export function reportText(lang: Lang): ReportText {
  let t = cache.get(lang);
  if (!t) cache.set(lang, (t = translator(reportCatalog, lang)));
  return t;
}

const LEVEL_KEYS = ["level0", "level1", "level2", "level3"] as const;
export function levelLabel(t: ReportText, level: 0 | 1 | 2 | 3): string {
  return t(LEVEL_KEYS[level]);
}

const BUCKET_KEYS: Record<AgeingBucket, ReportKey> = {
  notDue: "bucketNotDue",
  d1to7: "bucketD1to7",
  d8to14: "bucketD8to14",
  d15to30: "bucketD15to30",
  d31to60: "bucketD31to60",
  over60: "bucketOver60",
};
export function bucketLabel(t: ReportText, bucket: AgeingBucket): string {
  return t(BUCKET_KEYS[bucket]);
}

const GROUP_KEYS: Record<DelayReason["group"], ReportKey> = {
  supplier: "groupSupplier",
  ourSide: "groupOurSide",
  communication: "groupCommunication",
  logistics: "groupLogistics",
  other: "groupOther",
};
export function reasonGroupLabel(t: ReportText, group: DelayReason["group"] | null): string | null {
  return group ? t(GROUP_KEYS[group]) : null;
}

/** A currency code for headers; lines without a currency are kept under "". */
export function currencyLabel(t: ReportText, currency: string): string {
  return currency === "" ? t("noCurrency") : currency;
}

/** The words a sheet shows for "no data", true and false. */
export function reportLabels(lang: Lang): ReportLabels {
  const t = reportText(lang);
  return { noData: t("noData"), yes: t("yes"), no: t("no"), textCut: t("textCut") };
}
