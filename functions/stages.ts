/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cells of any type; cells.ts narrows them. */
/**
 * PO.STAGERISK and PO.INFULL (issue 12): thin wrappers over src/followup/stageRisk.ts and
 * src/followup/quality.ts. Per-line arguments broadcast and spill like the other PO.* functions.
 */
import { stageRisk } from "../src/followup/stageRisk";
import { goodQty } from "../src/followup/quality";
import { isReceivedInFull } from "../src/followup/lifecycle";
import { currentCalendar, currentSettings } from "./engine";
import { labels, message } from "./language";
import { firstError, invalid, mapElements, readDate, readQty, readText, scalarOf, todaySerial, type Result } from "./cells";

const MAX_TRANSIT_DAYS = 365;

export function stageRiskLabels(
  args: { due: any[][]; stage: any[][]; shipDate?: any[][]; eta?: any[][]; committed?: any[][]; transitDays?: any[][] },
  asOf?: any,
): any[][] {
  const today = todaySerial();
  const t = labels();
  const calendar = currentCalendar();
  const asOfRead = readDate(scalarOf(asOf), "asOf");
  return mapElements([args.due, args.stage, args.shipDate, args.eta, args.committed, args.transitDays], ([d, s, sd, e, c, td]) => {
    const due = readDate(d, "due");
    const stage = readText(s, "stage");
    const shipDate = readDate(sd, "shipDate");
    const eta = readDate(e, "eta");
    const committed = readDate(c, "committed");
    const transit = readQty(td, "transitDays");
    if (!asOfRead.ok || !due.ok || !stage.ok || !shipDate.ok || !eta.ok || !committed.ok || !transit.ok)
      return firstError(asOfRead, due, stage, shipDate, eta, committed, transit);
    const days = transit.value;
    if (days !== null && (!Number.isInteger(days) || days > MAX_TRANSIT_DAYS)) return invalid(message("err_transitDays", { value: days }));
    if (due.value === null) return "";
    const line = { stage: stage.value === "" ? null : stage.value, tracking: null, shipDate: shipDate.value, eta: eta.value };
    const status = stageRisk(line, {
      calendar,
      asOf: asOfRead.value ?? today,
      lifecycle: "open",
      due: due.value,
      committed: committed.value ?? due.value,
      transitDays: days ?? undefined,
    });
    if (!status?.risk) return "";
    return t(status.risk === "notShipped" ? "risk_notShipped" : "risk_etaAfterCommitted");
  });
}

export function inFullByAccepted(
  args: { orderedQty: any[][]; receivedQty: any[][]; acceptedQty?: any[][]; rejectedQty?: any[][]; returnedQty?: any[][] },
  qtyTolerance?: any,
): any[][] {
  const tolerance = readQty(scalarOf(qtyTolerance), "qtyTolerance");
  const settings = currentSettings();
  return mapElements(
    [args.orderedQty, args.receivedQty, args.acceptedQty, args.rejectedQty, args.returnedQty],
    ([o, r, a, rj, rt]): Result => {
      const ordered = readQty(o, "orderedQty");
      const received = readQty(r, "receivedQty");
      const accepted = readQty(a, "acceptedQty");
      const rejected = readQty(rj, "rejectedQty");
      const returned = readQty(rt, "returnedQty");
      if (!tolerance.ok || !ordered.ok || !received.ok || !accepted.ok || !rejected.ok || !returned.ok)
        return firstError(tolerance, ordered, received, accepted, rejected, returned);
      if (tolerance.value !== null && tolerance.value >= 1) return invalid(message("err_qtyTolerance", { value: tolerance.value }));
      if (ordered.value === null) return "";
      const good = goodQty({
        orderedQty: ordered.value,
        receivedQty: received.value,
        acceptedQty: accepted.value,
        rejectedQty: rejected.value,
        returnedQty: returned.value,
      });
      return isReceivedInFull(good ?? 0, ordered.value, tolerance.value ?? settings.qtyTolerance);
    },
  );
}
