import { periodOutcome } from "../../src/kpi/population";
import { AS_OF, SETTINGS, WEEK, d, lineStatus, open, received } from "./fixtures";

const measured = (o: ReturnType<typeof periodOutcome>) => (o.kind === "measured" ? o : undefined);

test("a received line committed in the period is measured at its receipt date", () => {
  const o = measured(periodOutcome(received(d(2026, 11, 17), d(2026, 11, 12)), WEEK, AS_OF, SETTINGS));
  expect(o).toEqual({ kind: "measured", onTime: true, inFull: true, daysLate: -5, stillOpen: false, late: false });
});

test("a committed date outside the period leaves the line out", () => {
  expect(periodOutcome(received(d(2026, 11, 23), d(2026, 11, 23)), WEEK, AS_OF, SETTINGS)).toEqual({ kind: "outside" });
  expect(periodOutcome(received(d(2026, 11, 15), d(2026, 11, 15)), WEEK, AS_OF, SETTINGS)).toEqual({ kind: "outside" });
});

test("period bounds are inclusive", () => {
  expect(periodOutcome(received(WEEK.start, WEEK.start), WEEK, AS_OF, SETTINGS).kind).toBe("measured");
  expect(periodOutcome(received(WEEK.end, WEEK.end), WEEK, AS_OF, SETTINGS).kind).toBe("measured");
});

test("cancelled and on-hold lines are never measured", () => {
  expect(periodOutcome(open(d(2026, 11, 18), {}, { lifecycle: "cancelled" }), WEEK, AS_OF, SETTINGS)).toEqual({
    kind: "notMeasured",
    why: "cancelled",
  });
  expect(periodOutcome(open(d(2026, 11, 18), {}, { lifecycle: "onHold" }), WEEK, AS_OF, SETTINGS)).toEqual({
    kind: "notMeasured",
    why: "onHold",
  });
});

test("a closed line is measured when something was received, else left out", () => {
  const short = lineStatus(
    { orderedQty: 100, receivedQty: 50, receivedDate: d(2026, 11, 18) },
    { lifecycle: "closed", committed: d(2026, 11, 18) },
  );
  expect(measured(periodOutcome(short, WEEK, AS_OF, SETTINGS))).toMatchObject({ onTime: true, inFull: false });
  const empty = lineStatus({ receivedQty: null }, { lifecycle: "closed", committed: d(2026, 11, 18) });
  expect(periodOutcome(empty, WEEK, AS_OF, SETTINGS)).toEqual({ kind: "notMeasured", why: "closedWithoutReceipt" });
});

test("an open line joins the population only once it can no longer be on time", () => {
  const line = open(d(2026, 11, 20));
  // asOf = committed: still possible → not yet due
  expect(periodOutcome(line, WEEK, d(2026, 11, 20), SETTINGS)).toEqual({ kind: "notMeasured", why: "notYetDue" });
  // the next day it is a miss, 1 day late
  expect(measured(periodOutcome(line, WEEK, d(2026, 11, 21), SETTINGS))).toMatchObject({ onTime: false, inFull: false, daysLate: 1, late: true });
  // with a 2-day late tolerance it waits until committed + 2 has passed
  const lenient = { ...SETTINGS, lateTolerance: 2 };
  expect(periodOutcome(line, WEEK, d(2026, 11, 22), lenient).kind).toBe("notMeasured");
  expect(periodOutcome(line, WEEK, d(2026, 11, 23), lenient).kind).toBe("measured");
});

test("unknown or blank committed dates and unreadable receipt dates are counted as unknown", () => {
  expect(periodOutcome(open(d(2026, 11, 18), {}, { committed: undefined }), WEEK, AS_OF, SETTINGS)).toEqual({
    kind: "unknown",
    why: "noCommittedDate",
  });
  expect(periodOutcome(open(d(2026, 11, 18), {}, { committed: null, due: null }), WEEK, AS_OF, SETTINGS).kind).toBe("unknown");
  const noDate = lineStatus({ receivedQty: 100, receivedDate: undefined }, { lifecycle: "received", committed: d(2026, 11, 18) });
  expect(periodOutcome(noDate, WEEK, AS_OF, SETTINGS)).toEqual({ kind: "unknown", why: "noReceiptDate" });
});

test("an early tolerance turns a very early receipt into an early miss, which is not 'late'", () => {
  const settings = { ...SETTINGS, earlyTolerance: 3 };
  const o = measured(periodOutcome(received(d(2026, 11, 17), d(2026, 11, 12)), WEEK, AS_OF, settings));
  expect(o).toMatchObject({ onTime: false, late: false, daysLate: -5 });
});
