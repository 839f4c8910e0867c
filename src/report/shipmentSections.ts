/**
 * Issue 12 sections: In transit, Stage risk (at risk before late), Quality at receipt (reject rate by
 * supplier) and Open replacements. Every figure comes from LineStatus.shipment (src/followup/stageRisk)
 * and the scorecard's reject rate (src/kpi/quality); nothing is re-derived here. A register without
 * shipment or inspection columns gets none of these sections (see shipmentSections).
 */
import type { Lang } from "../i18n/i18n";
import { translator, type Translate } from "../i18n/i18n";
import { shipmentCatalog } from "../i18n/catalogs/shipment";
import type { LineStatus } from "../followup/types";
import { isFollowedUp } from "../followup/followUpState";
import { awaitingReplacement } from "../followup/quality";
import { stageRiskLines } from "../followup/stageRiskLines";
import type { SupplierScore } from "../kpi/scorecard";
import { fieldLabel } from "../register/fields";
import type { CellValue, Column, TableSection } from "./model";
import { compareText, numberCell, rateCell, textCell } from "./cells";
import type { ReportText } from "./labels";
import { lineCells, lineColumns } from "./lineColumns";

export type ShipmentKey = keyof (typeof shipmentCatalog)["en"];

export function shipmentText(lang: Lang): Translate<ShipmentKey> {
  return translator(shipmentCatalog, lang);
}

/** The register follows shipments (a line with a stage, ship date, ETA, port arrival, carrier) or inspections. */
function hasShipmentData(statuses: readonly LineStatus[]): boolean {
  return statuses.some(
    ({ line }) =>
      typeof line.stage === "string" ||
      typeof line.shipDate === "number" ||
      typeof line.eta === "number" ||
      typeof line.carrier === "string",
  );
}

function hasQualityData(statuses: readonly LineStatus[]): boolean {
  return statuses.some(
    ({ line }) =>
      typeof line.acceptedQty === "number" ||
      typeof line.rejectedQty === "number" ||
      typeof line.returnedQty === "number" ||
      (line.inspection ?? null) !== null,
  );
}

/** The sections this register has data for, in the order of the sheet. */
export function shipmentSections(
  statuses: readonly LineStatus[],
  suppliers: readonly SupplierScore[],
  t: ReportText,
  lang: Lang,
): TableSection[] {
  const s = shipmentText(lang);
  const sections: TableSection[] = [];
  if (hasShipmentData(statuses)) sections.push(inTransitSection(statuses, t, s, lang), stageRiskSection(statuses, t, s, lang));
  if (hasQualityData(statuses)) sections.push(qualitySection(suppliers, t, s, lang), replacementsSection(statuses, t, s, lang));
  return sections;
}

type Picked = { status: LineStatus; supplier: string; sortDate: number };

function byDateThenSupplier(a: Picked, b: Picked): number {
  return a.sortDate - b.sortDate || compareText(a.supplier, b.supplier) || compareText(a.status.line.key, b.status.line.key);
}

/** Shipped, not yet arrived: chased with the carrier's reference. Sorted by ETA (else due date). */
export function inTransitSection(statuses: readonly LineStatus[], t: ReportText, s: Translate<ShipmentKey>, lang: Lang): TableSection {
  const picked: Picked[] = [];
  for (const status of statuses) {
    if (!status.shipment?.inTransit) continue;
    const eta = numberCell(status.line.eta ?? null);
    picked.push({
      status,
      supplier: textCell(status.line.supplier) ?? "",
      sortDate: eta ?? (typeof status.due === "number" ? status.due : Infinity),
    });
  }
  picked.sort(byDateThenSupplier);
  const rows = picked.map(({ status, supplier }): CellValue[] => [
    ...lineCells(status, supplier || t("noSupplier")),
    numberCell(status.line.shipDate ?? null),
    numberCell(status.line.eta ?? null),
    status.shipment?.carrier ?? null,
    status.shipment?.tracking ?? null,
  ]);
  const columns: Column[] = [
    ...lineColumns(t, lang),
    { key: "shipDate", header: fieldLabel("shipDate", lang), type: "date" },
    { key: "eta", header: fieldLabel("eta", lang), type: "date" },
    { key: "carrier", header: fieldLabel("carrier", lang), type: "text" },
    { key: "tracking", header: fieldLabel("tracking", lang), type: "text" },
  ];
  return { id: "inTransit", kind: "table", title: s("inTransitTitle"), columns, rows, emptyText: s("inTransitEmpty") };
}

/** Open lines at risk before they are late (LineStatus.shipment.risk), by due date. */
export function stageRiskSection(statuses: readonly LineStatus[], t: ReportText, s: Translate<ShipmentKey>, lang: Lang): TableSection {
  // The one list Today shows too (src/followup/stageRiskLines): same lines, same order.
  const picked = stageRiskLines(statuses).map((status) => ({ status, supplier: textCell(status.line.supplier) ?? "" }));
  const why = (shipment: NonNullable<LineStatus["shipment"]>): string | null =>
    shipment.risk === "notShipped"
      ? s("riskNotShipped", { days: shipment.transitDays })
      : shipment.risk === "etaAfterCommitted"
        ? s("riskEtaAfterCommitted")
        : null;
  const rows = picked.map(({ status, supplier }): CellValue[] => [
    ...lineCells(status, supplier || t("noSupplier")),
    textCell(status.line.stage),
    status.shipment?.shipBy ?? null,
    numberCell(status.line.eta ?? null),
    numberCell(status.committed),
    status.shipment ? why(status.shipment) : null,
  ]);
  const columns: Column[] = [
    ...lineColumns(t, lang),
    { key: "stage", header: fieldLabel("stage", lang), type: "text" },
    { key: "shipBy", header: s("colShipBy"), type: "date" },
    { key: "eta", header: fieldLabel("eta", lang), type: "date" },
    { key: "committed", header: fieldLabel("committedDate", lang), type: "date" },
    { key: "risk", header: s("colRisk"), type: "text" },
  ];
  return { id: "stageRisk", kind: "table", title: s("stageRiskTitle"), columns, rows, emptyText: s("stageRiskEmpty") };
}

/** Reject rate by supplier for the period's inspected receipts (src/kpi/quality). */
export function qualitySection(suppliers: readonly SupplierScore[], t: ReportText, s: Translate<ShipmentKey>, lang: Lang): TableSection {
  const rows: CellValue[][] = [];
  for (const score of suppliers) {
    const r = score.rejectRate;
    if (!r || r.kind !== "rate") continue;
    rows.push([score.supplier === "" ? t("noSupplier") : score.supplier, r.denominator, r.numerator, rateCell(r)]);
  }
  const columns: Column[] = [
    { key: "supplier", header: fieldLabel("supplier", lang), type: "text" },
    { key: "receivedQty", header: fieldLabel("receivedQty", lang), type: "number" },
    { key: "rejectedQty", header: fieldLabel("rejectedQty", lang), type: "number" },
    { key: "rejectRate", header: s("colRejectRate"), type: "percent" },
  ];
  return { id: "quality", kind: "table", title: s("qualityTitle"), columns, rows, emptyText: s("qualityEmpty") };
}

/** Lines still expected whose rejected or returned goods are waiting to be replaced. */
export function replacementsSection(statuses: readonly LineStatus[], t: ReportText, s: Translate<ShipmentKey>, lang: Lang): TableSection {
  const picked: (Picked & { waiting: number })[] = [];
  for (const status of statuses) {
    if (!isFollowedUp(status.lifecycle)) continue;
    const waiting = awaitingReplacement(status.line);
    if (waiting > 0)
      picked.push({
        status,
        supplier: textCell(status.line.supplier) ?? "",
        sortDate: typeof status.due === "number" ? status.due : Infinity,
        waiting,
      });
  }
  picked.sort(byDateThenSupplier);
  const rows = picked.map(({ status, supplier, waiting }): CellValue[] => [
    ...lineCells(status, supplier || t("noSupplier")),
    numberCell(status.line.receivedQty),
    numberCell(status.line.rejectedQty ?? null),
    numberCell(status.line.returnedQty ?? null),
    waiting,
  ]);
  const columns: Column[] = [
    ...lineColumns(t, lang),
    { key: "receivedQty", header: fieldLabel("receivedQty", lang), type: "number" },
    { key: "rejectedQty", header: fieldLabel("rejectedQty", lang), type: "number" },
    { key: "returnedQty", header: fieldLabel("returnedQty", lang), type: "number" },
    { key: "awaiting", header: s("colAwaiting"), type: "number" },
  ];
  return { id: "openReplacements", kind: "table", title: s("replacementsTitle"), columns, rows, emptyText: s("replacementsEmpty") };
}
