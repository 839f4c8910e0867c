import { makeCalendar } from "../../src/dates/calendar";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { evaluateLine } from "../../src/followup/evaluateLine";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { DEFAULT_TRANSIT_DAYS, stageRisk, type StageRiskInput } from "../../src/followup/stageRisk";
import { stageCode } from "../../src/followup/stage";
import type { PoLine } from "../../src/model";
import { NOV, makeLine } from "./fixtures";

// November 2026: the 1st is a Sunday, so the 20th is a Friday. Wednesday the 18th is a holiday.
const HOLIDAY = NOV(18);
const calendar = makeCalendar("0000011", [HOLIDAY]);
const DUE = NOV(20);

function risk(line: Partial<PoLine>, input: Partial<StageRiskInput> = {}) {
  return stageRisk(makeLine({ promisedDate: DUE, stage: "Production", ...line }), {
    calendar,
    asOf: NOV(13),
    lifecycle: "open",
    due: DUE,
    committed: DUE,
    ...input,
  });
}

describe("not shipped within transitDays of the due date", () => {
  // WORKDAY(Fri 20, −5) with the 18th off: 19 (1), 17 (2), 16 (3), 13 (4), 12 (5) → ship by Thu 12.
  test("ship-by skips the weekend and the holiday", () => {
    expect(DEFAULT_TRANSIT_DAYS).toBe(5);
    expect(risk({}, { asOf: NOV(12) })?.shipBy).toBe(NOV(12));
  });

  test("on the ship-by day 5 working days remain (13, 16, 17, 19, 20): not yet at risk", () => {
    expect(risk({}, { asOf: NOV(12) })?.risk).toBeNull();
  });

  test("a day later only 4 remain (16, 17, 19, 20): at risk before it is late", () => {
    expect(risk({}, { asOf: NOV(13) })?.risk).toBe("notShipped");
    // Saturday the 14th too.
    expect(risk({}, { asOf: NOV(14) })?.risk).toBe("notShipped");
  });

  test("without the holiday the ship-by day is one working day later (Fri 13)", () => {
    const plain = makeCalendar("0000011", []);
    const status = risk({}, { calendar: plain, asOf: NOV(13) });
    expect(status?.shipBy).toBe(NOV(13));
    expect(status?.risk).toBeNull();
  });

  test("the supplier's own transit days: 2 → WORKDAY(20, −2) = 17 (19, then 17 over the holiday)", () => {
    expect(risk({}, { asOf: NOV(17), transitDays: 2 })).toMatchObject({ shipBy: NOV(17), risk: null });
    expect(risk({}, { asOf: NOV(18), transitDays: 2 })?.risk).toBe("notShipped");
  });

  test("an unusable transit-day value falls back to the default", () => {
    expect(risk({}, { asOf: NOV(12), transitDays: -1 })?.shipBy).toBe(NOV(12));
    expect(risk({}, { asOf: NOV(12), transitDays: 2.5 })?.shipBy).toBe(NOV(12));
  });

  test("a planned ship date still ahead does not count as shipped", () => {
    expect(risk({ shipDate: NOV(19) }, { asOf: NOV(16) })).toMatchObject({ shipped: false, risk: "notShipped" });
  });

  test("a late line has no stage risk: it is late already", () => {
    expect(risk({}, { asOf: NOV(23) })?.risk).toBeNull();
  });

  test("a line whose stage nobody follows (no stage, no ship date) is not called unshipped", () => {
    expect(risk({ stage: null }, { asOf: NOV(16) })).toMatchObject({ shipped: false, risk: null });
    expect(risk({ stage: null, shipDate: NOV(19) }, { asOf: NOV(16) })?.risk).toBe("notShipped");
  });

  test("no due date: nothing to count back from", () => {
    expect(risk({ promisedDate: null }, { due: null, committed: null })).toMatchObject({ shipBy: null, risk: null });
  });
});

describe("shipped and in transit", () => {
  test("stage Shipped (in any of the three languages): no risk, chased with the carrier's reference", () => {
    for (const stage of ["Shipped", "已发货", "出荷済み", " in transit "]) {
      expect(risk({ stage, carrier: "Maersk", tracking: " MAEU1234567 " }, { asOf: NOV(16) })).toEqual({
        shipped: true,
        inTransit: true,
        risk: null,
        shipBy: NOV(12),
        transitDays: 5,
        carrier: "Maersk",
        tracking: "MAEU1234567",
      });
    }
  });

  test("a ship date on or before asOf means shipped", () => {
    expect(risk({ shipDate: NOV(16) }, { asOf: NOV(16) })).toMatchObject({ shipped: true, inTransit: true, risk: null });
  });

  test("arrived at port (stage or date): shipped, no longer in transit", () => {
    expect(risk({ portArrivalDate: NOV(17) }, { asOf: NOV(17) })).toMatchObject({ shipped: true, inTransit: false });
    expect(risk({ stage: "到港" }, { asOf: NOV(17) })).toMatchObject({ shipped: true, inTransit: false });
  });

  test("in production is not shipped", () => {
    expect(risk({ stage: "Production" }, { asOf: NOV(16) })).toMatchObject({ shipped: false, inTransit: false, risk: "notShipped" });
  });
});

describe("ETA after the committed date: late-predicted", () => {
  test("ETA Mon 23 after committed Fri 20", () => {
    expect(risk({ stage: "Shipped", eta: NOV(23) }, { asOf: NOV(16) })?.risk).toBe("etaAfterCommitted");
  });

  test("ETA on the committed date is on time", () => {
    expect(risk({ stage: "Shipped", eta: NOV(20) }, { asOf: NOV(16) })?.risk).toBeNull();
  });

  test("measured against the committed date, not a later promise", () => {
    // Promise moved to the 27th; first commitment the 20th; ETA the 24th: still after what was committed.
    expect(risk({ promisedDate: NOV(27), eta: NOV(24), stage: "Shipped" }, { asOf: NOV(16), due: NOV(27), committed: DUE })?.risk).toBe(
      "etaAfterCommitted",
    );
  });
});

describe("only followed-up lines", () => {
  test.each(["received", "cancelled", "closed", "onHold"] as const)("%s: null", (lifecycle) => {
    expect(risk({}, { lifecycle })).toBeNull();
  });
});

describe("stage words", () => {
  test("codes and their Chinese and Japanese words; unknown text is unknown", () => {
    expect(stageCode("QC")).toBe("QC");
    expect(stageCode("生产中")).toBe("Production");
    expect(stageCode("梱包済み")).toBe("Packed");
    expect(stageCode("清关")).toBe("Customs");
    expect(stageCode("waiting for paint")).toBeUndefined();
    expect(stageCode(null)).toBeUndefined();
  });
});

test("evaluateLine computes it once, with the line's transit days", () => {
  const line = makeLine({ promisedDate: DUE, orderDate: NOV(2), stage: "Packed" });
  const settings = { ...DEFAULT_SETTINGS, holidays: [HOLIDAY] };
  const status = evaluateLine(line, { settings, calendar, asOf: NOV(13) });
  expect(status.shipment).toMatchObject({ risk: "notShipped", shipBy: NOV(12) });
  // With 3 transit days: WORKDAY(20, −3) = 16 (19, 17, 16): on the 13th not at risk yet.
  expect(evaluateLine(line, { settings, calendar, asOf: NOV(13), transitDays: 3 }).shipment).toMatchObject({ risk: null, shipBy: NOV(16) });
  expect(
    evaluateLine(makeLine({ ...line, receivedQty: 100, receivedDate: NOV(12) }), { settings, calendar, asOf: NOV(13) }).shipment,
  ).toBeNull();
});

test("evaluateRegister takes the supplier's own transit days (Settings → Per-supplier rules)", () => {
  // Acme ships in 2 working days: WORKDAY(Fri 20, −2) = Wed 18 (no holidays here); on Mon 16 not at risk.
  // Bolt has no rule: the default 5 → ship by Fri 13; on Mon 16 at risk.
  const lines = [
    makeLine({ key: "A", promisedDate: DUE, stage: "QC" }),
    makeLine({ key: "B", supplier: "Bolt", promisedDate: DUE, stage: "QC" }),
  ];
  const settings = { ...DEFAULT_SETTINGS, suppliers: [{ name: "ACME", transitDays: 2 }] };
  const [acme, bolt] = evaluateRegister(lines, [], settings, NOV(16));
  expect(acme.shipment).toMatchObject({ shipBy: NOV(18), risk: null, transitDays: 2 });
  expect(bolt.shipment).toMatchObject({ shipBy: NOV(13), risk: "notShipped", transitDays: 5 });
});
