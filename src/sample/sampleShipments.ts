import type { Serial } from "../model";
import { makeCalendar, workday } from "../dates/calendar";
import type { SampleLine } from "./sampleLines";

/** The shipment and quality columns the playground's sample adds (issue 12), headed as in the register template. */
export const SHIPMENT_HEADERS = [
  "Ship date",
  "ETA (shipment)",
  "Arrival at port",
  "Carrier",
  "Tracking",
  "Inspection",
  "Accepted qty",
  "Rejected qty",
  "Returned qty",
] as const;

/** Ship date, ETA, port arrival, carrier, tracking, inspection, accepted, rejected, returned; blank on most lines. */
export type ShipmentCells = [Serial | "", Serial | "", Serial | "", string, string, string, number | "", number | "", number | ""];

const NONE: ShipmentCells = ["", "", "", "", "", "", "", "", ""];

export interface SampleShipments {
  /** The lines, with the stage of the two shipment examples set to what their columns say. */
  lines: SampleLine[];
  cells: ShipmentCells[];
}

/**
 * One line of each new case, so the playground shows them all (issue 12, point 7), relative to asOf:
 * - stuck in production: the first line of the 2nd PO due soon (due 1–4 working days after asOf, fewer than
 *   the 5 default transit days) has stage Production and no ship date: at risk before it is late;
 * - in transit: the first line of the 3rd PO due soon shipped 3 working days before asOf (stage Shipped) with
 *   carrier and tracking, ETA its due date (in time);
 * - rejected lot: the first line received on time had a tenth of its lot rejected at inspection (Partial,
 *   accepted 90 %), which reopens that tenth;
 * - return awaiting replacement: the first line received late was rejected whole and sent back.
 * The first PO due soon is left alone: it feeds SO-7002 in the sales-order example.
 */
export function sampleShipments(lines: readonly SampleLine[], asOf: Serial): SampleShipments {
  const cal = makeCalendar();
  const out = [...lines];
  const cells: ShipmentCells[] = lines.map(() => NONE);
  const dueSoonPos = [...new Set(lines.filter((l) => l.scenario === "dueSoon").map((l) => l.poNumber))];
  const firstOfPo = (po: string | undefined) => (po === undefined ? -1 : lines.findIndex((l) => l.poNumber === po));
  const first = (scenario: SampleLine["scenario"]) => lines.findIndex((l) => l.scenario === scenario);

  const stuck = firstOfPo(dueSoonPos[1]);
  if (stuck >= 0) out[stuck] = { ...lines[stuck], stage: "Production" };

  const transit = firstOfPo(dueSoonPos[2]);
  if (transit >= 0) {
    const line = lines[transit];
    out[transit] = { ...line, stage: "Shipped" };
    const eta = line.promisedDate ?? line.requestedDate;
    cells[transit] = [workday(cal, asOf, -3), eta, "", "DHL Express", "JD014600006281", "", "", "", ""];
  }

  const rejected = first("receivedOnTime");
  if (rejected >= 0) {
    const received = lines[rejected].receivedQty ?? 0;
    const refused = Math.max(1, Math.round(received / 10));
    cells[rejected] = ["", "", "", "", "", "Partial", received - refused, refused, ""];
  }

  const returned = first("receivedLate");
  if (returned >= 0) {
    const received = lines[returned].receivedQty ?? 0;
    cells[returned] = ["", "", "", "", "", "Rejected", 0, received, received];
  }
  return { lines: out, cells };
}
