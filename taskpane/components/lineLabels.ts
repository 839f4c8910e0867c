/** Short texts about a line, shared by the Today and Line views. */
import type { LineStatus } from "../../src/followup/types";
import type { Lang } from "../../src/i18n/i18n";
import type { T } from "../state/i18n";
import type { TaskpaneKey } from "../../src/i18n/catalogs/taskpane";
import { statusKey, type StatusKey } from "../../src/followup/statusKey";
import { showDate, showNumber } from "./format";
import { translator } from "../../src/i18n/i18n";
import { shipmentFieldsCatalog } from "../../src/i18n/catalogs/shipmentFields";

/** "4500012345/10" */
export function poLabel(status: LineStatus): string {
  const { poNumber, line } = status.line;
  return line ? `${poNumber ?? "?"}/${line}` : String(poNumber ?? "?");
}

const STATUS_LABELS: Record<StatusKey, TaskpaneKey> = {
  late: "state_late",
  unconfirmed: "state_unconfirmed",
  dueSoon: "state_dueSoon",
  onTrack: "state_onTrack",
  partial: "lifecycle_partial",
  received: "lifecycle_received",
  cancelled: "lifecycle_cancelled",
  closed: "lifecycle_closed",
  onHold: "lifecycle_onHold",
};

/**
 * The status word, by the same rule as PO.STATUS (statusKey): a partly received line on track says
 * "Partly received", a late one "Late". An open line whose state cannot be read says "unknown".
 */
export function statusLabel(status: LineStatus, t: T): string {
  if (status.state === undefined && (status.lifecycle === "open" || status.lifecycle === "partial")) return t("unknown");
  return t(STATUS_LABELS[statusKey(status.lifecycle, status.state)]);
}

/** "12 d late" / "3 d left" / "" */
export function lateLabel(status: LineStatus, t: T): string {
  const days = status.daysLate;
  if (typeof days !== "number" || days === 0) return "";
  return days > 0 ? t("daysLateShort", { days }) : t("daysLeftShort", { days: -days });
}

/** One line of the Today list: "PO 4500012345/10 · due 2026-11-02 · 12 d late · open 500". */
export function lineSummary(status: LineStatus, t: T, lang: Lang): string {
  const parts = [poLabel(status)];
  if (typeof status.due === "number") parts.push(t("due", { date: showDate(status.due, "", "") }));
  const late = lateLabel(status, t);
  if (late) parts.push(late);
  if (typeof status.openQty === "number") parts.push(t("openQtyShort", { qty: showNumber(status.openQty, lang, "", "") }));
  const shipment = shipmentMark(status, lang);
  if (shipment) parts.push(shipment);
  return parts.join(" · ");
}

/**
 * Stage risk before the line is late, or the reference to chase an in-transit line with:
 * "ship by 2026-11-13" / "ETA 2026-11-25 late" / "in transit · DHL 1Z999"; "" otherwise.
 */
export function shipmentMark(status: LineStatus, lang: Lang): string {
  const shipment = status.shipment;
  if (!shipment) return "";
  const t = translator(shipmentFieldsCatalog, lang);
  if (shipment.risk === "notShipped" && shipment.shipBy !== null) return t("shipByMark", { date: showDate(shipment.shipBy, "", "") });
  if (shipment.risk === "etaAfterCommitted") return t("etaLateMark", { date: showDate(status.line.eta ?? null, "", "") });
  if (!shipment.inTransit) return "";
  const ref = [shipment.carrier, shipment.tracking].filter(Boolean).join(" ");
  return ref ? t("inTransitMark", { ref }) : t("inTransitBare");
}
