import type { Serial } from "../model";

/**
 * The days a KPI period covers, both ends included. `Period` from src/dates/period.ts
 * (week or month with a label) fits this shape, so either can be passed.
 */
export interface PeriodRange {
  start: Serial;
  end: Serial;
}

export function isInPeriod(serial: Serial, period: PeriodRange): boolean {
  return serial >= period.start && serial <= period.end;
}
