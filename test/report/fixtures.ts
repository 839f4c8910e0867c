import type { ChaseEntry, PoLine, Serial } from "../../src/model";
import { chaseEntry } from "../fixtures/chaseEntry";
import { blankLine } from "../../src/register/blankLine";
import type { Lang } from "../../src/i18n/i18n";
import { serialFromYmd } from "../../src/dates/serial";
import { periodContaining } from "../../src/dates/period";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import type { ReportInput } from "../../src/report/reportInput";
import type { KpiHistoryRecord } from "../../src/report/kpiHistory";

export const NOV = (day: number): Serial => serialFromYmd(2026, 11, day) as Serial;

/** Friday 20 November 2026, in ISO week 2026-W47 (Mon 16 – Sun 22 November). */
export const AS_OF = NOV(20);
export const WEEK = periodContaining(AS_OF, "week");

export function poLine(key: string, fields: Partial<PoLine> = {}): PoLine {
  const [poNumber, line] = key.split("/");
  return blankLine({
    index: 0,
    sheetRow: 2,
    key,
    poNumber,
    line: line ?? null,
    supplier: "Acme",
    buyer: "Lee",
    orderDate: NOV(2),
    orderedQty: 100,
    ...fields,
  });
}

export function entry(lineKey: string, fields: Partial<ChaseEntry> & { date: Serial }): ChaseEntry {
  const [poNumber, line] = lineKey.split("/");
  return chaseEntry({ lineKey, poNumber, line: line ?? null, buyer: "Lee", ...fields });
}

/**
 * A small register evaluated by the real engine at Friday 2026-11-20 (orders placed 2 Nov, so every
 * confirmation deadline, WORKDAY(2 Nov, 3) = 5 Nov, has passed). See report.test.ts for the
 * figures worked out by hand.
 */
export function scenarioLines(): PoLine[] {
  const usd = { unitPrice: 10, currency: "USD" };
  return [
    poLine("PO-R1/1", { promisedDate: NOV(17), receivedDate: NOV(17), receivedQty: 100, ...usd }),
    poLine("PO-R2/1", { supplier: "Beta", promisedDate: NOV(18), receivedDate: NOV(19), receivedQty: 100, ...usd }),
    poLine("PO-R0/1", { promisedDate: NOV(12), receivedDate: NOV(12), receivedQty: 100, ...usd }),
    poLine("PO-A1/10", { promisedDate: NOV(10), orderedQty: 50, item: "BRK-1", delayReason: "Transport", ...usd }),
    poLine("PO-A2/20", { promisedDate: NOV(17), orderedQty: 90, item: "BRK-2", ...usd }),
    poLine("PO-B1/1", { supplier: "Beta", promisedDate: NOV(5), orderedQty: 10, delayReason: "Supplier capacity", ...usd }),
    poLine("PO-C1/1", { supplier: "Cmix", promisedDate: NOV(10), unitPrice: 20, currency: "EUR", delayReason: "transport " }),
    poLine("PO-A3/30", { supplier: "ACME ", promisedDate: NOV(10), orderedQty: 10, unitPrice: 5, currency: "usd" }),
    poLine("PO-D1/1", { supplier: "Delta", requestedDate: NOV(24) }),
    poLine("PO-D2/1", { supplier: "Delta", promisedDate: NOV(26) }),
    poLine("PO-D3/1", { supplier: "Delta", promisedDate: NOV(25) }),
  ].map((line, i) => ({ ...line, index: i, sheetRow: i + 2 }));
}

export function scenarioChases(): ChaseEntry[] {
  return [
    entry("PO-A1/10", { date: NOV(18), channel: "phone", outcome: "noAnswer" }),
    entry("PO-D2/1", { date: NOV(12), supplier: "Delta", outcome: "newDate", newPromised: NOV(25) }),
    entry("PO-D3/1", { date: NOV(18), supplier: "Delta", buyer: "Kim", outcome: "confirmed", previousPromised: NOV(25) }),
    entry("PO-R2/1", {
      date: NOV(16),
      supplier: "Beta",
      buyer: "Kim",
      outcome: "newDate",
      previousPromised: NOV(17),
      newPromised: NOV(18),
      delayReason: "Supplier capacity",
    }),
  ];
}

export const PREVIOUS_HISTORY: KpiHistoryRecord = {
  period: "2026-W46",
  start: NOV(9),
  end: NOV(15),
  asOf: NOV(13),
  otd: 0.5,
  otif: 0.5,
  confirmation: 0.8,
  linesOverdue: 3,
  avgDaysLate: 4,
  population: 2,
};

export function scenarioInput(lang: Lang = "en", extra: Partial<ReportInput> = {}): ReportInput {
  const lines = scenarioLines();
  const chases = scenarioChases();
  return {
    register: { name: "Register", lines },
    statuses: evaluateRegister(lines, chases, DEFAULT_SETTINGS, AS_OF),
    chases,
    settings: DEFAULT_SETTINGS,
    asOf: AS_OF,
    period: WEEK,
    generatedAt: "2026-11-20T17:05:00+08:00",
    lang,
    history: [PREVIOUS_HISTORY],
    ...extra,
  };
}
