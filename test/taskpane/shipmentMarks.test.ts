import { lineSummary, shipmentMark } from "../../taskpane/components/lineLabels";
import { makeI18n } from "../../taskpane/state/i18n";
import { readQtyInput, readShipmentForm } from "../../taskpane/state/shipmentFormText";
import { evaluateLine } from "../../src/followup/evaluateLine";
import { makeCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import type { PoLine } from "../../src/model";
import { NOV, makeLine } from "../followup/fixtures";

// Promised Fri 2026-11-20, no holidays: ship by WORKDAY(20, −5) = Fri 13; from Mon 16 a line not shipped is at risk.
const calendar = makeCalendar("0000011", []);
const statusOf = (fields: Partial<PoLine>, asOf = NOV(16)) =>
  evaluateLine(makeLine({ promisedDate: NOV(20), ...fields }), { settings: DEFAULT_SETTINGS, calendar, asOf });

describe("Today's shipment mark", () => {
  test("a line still in production on Mon 16: ship by 2026-11-13, in the summary after the open quantity", () => {
    const status = statusOf({ stage: "Production" });
    expect(shipmentMark(status, "en")).toBe("ship by 2026-11-13");
    expect(shipmentMark(status, "zh-CN")).toBe("须于 2026-11-13 前出货");
    expect(shipmentMark(status, "ja")).toBe("2026-11-13 までに出荷");
    expect(lineSummary(status, makeI18n("en").t, "en")).toBe("PO1/10 · due 2026-11-20 · 4 d left · open 100 · ship by 2026-11-13"); // 17, 18, 19, 20 left
  });

  test("an in-transit line carries its carrier and tracking reference", () => {
    expect(shipmentMark(statusOf({ stage: "Shipped", carrier: "DHL", tracking: "1Z999" }), "en")).toBe("in transit · DHL 1Z999");
    expect(shipmentMark(statusOf({ stage: "Shipped", carrier: null, tracking: null }), "ja")).toBe("輸送中"); // no reference to give
  });

  test("an ETA after the committed date (Mon 23 > Fri 20) says so; a line on course has no mark", () => {
    expect(shipmentMark(statusOf({ stage: "Shipped", eta: NOV(23) }), "en")).toBe("ETA 2026-11-23 late");
    expect(shipmentMark(statusOf({ stage: "Production" }, NOV(13)), "en")).toBe("");
    expect(shipmentMark(statusOf({ stage: "Arrived" }), "en")).toBe("");
  });
});

describe("the chase form's shipment fields", () => {
  test("blank fields are left out; dates, text and quantities read", () => {
    expect(readShipmentForm({ eta: "2026-11-30", carrier: "  ", tracking: " 1Z9 ", acceptedQty: "1,200", rejectedQty: "" })).toEqual({
      shipment: { eta: NOV(30), tracking: "1Z9", acceptedQty: 1200 },
      errors: null,
    });
    expect(readShipmentForm(undefined)).toEqual({ shipment: {}, errors: null });
  });

  test("a date or quantity that cannot be read is named, nothing is returned", () => {
    expect(readShipmentForm({ shipDate: "30/11", rejectedQty: "-3" })).toEqual({ shipment: null, errors: { shipDate: "date", rejectedQty: "qty" } });
    expect(readQtyInput("12.5")).toBe(12.5);
    expect(readQtyInput("abc")).toBeUndefined();
  });
});
