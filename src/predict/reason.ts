import { translator, type Lang } from "../i18n/i18n";
import { predictCatalog } from "../i18n/catalogs/predict";
import type { PredictionBasis } from "./predictArrival";
import { quantileFrom } from "./quantile";

/**
 * The reason for a prediction in words, in the buyer's language: what the supplier's own history
 * shows (or that it has none and every supplier's figure stands in), how much the little history was
 * shrunk toward every supplier, and the lateness that narrowed it.
 */
export function predictionReason(basis: PredictionBasis, lang: Lang): string {
  const t = translator(predictCatalog, lang);
  const separator = lang === "en" ? "; " : "；";
  const parts: string[] = [];
  if (basis.kind === "none") return t("noHistory");
  if (basis.receipts.length > 0) {
    parts.push(t("ownHistory", { late: basis.late, count: basis.receipts.length, median: quantileFrom(basis.receipts, 0, 0.5) ?? 0 }));
  }
  if (basis.promiseMoves.length > 0) parts.push(t("promiseMoves", { count: basis.promiseMoves.length }));
  const own = basis.receipts.length + basis.promiseMoves.length;
  if (basis.kind === "allSuppliers") parts.push(t(own > 0 ? "noneThatLong" : "noOwnHistory", { count: basis.everyone }));
  else if (basis.kind === "mixed") parts.push(t("shrunk", { percent: Math.round((1 - basis.weight) * 100) }));
  if (basis.lateSoFar > 0) parts.push(t("lateSoFar", { count: basis.lateSoFar }));
  return parts.join(separator);
}
