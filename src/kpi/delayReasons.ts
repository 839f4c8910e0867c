import type { Serial } from "../model";
import type { LineStatus } from "../followup/types";
import type { DelayReason, Settings } from "../settings/settings";
import { isOpenLine } from "./confirmation";
import type { PeriodRange } from "./periodRange";
import { periodOutcome, type PeriodOutcome } from "./population";
import { delayReasonCode } from "../register/delayReasons";

/**
 * Delay reasons Pareto. Counted lines: the period's late lines (population lines that missed
 * "on time" by being late, including open ones) plus every open line overdue at asOf (days late
 * ≥ 1 against its due date), each line once. Reasons matching a configured code (ignoring case and
 * spaces at the ends, or a default code's label in any language) are counted under that code; other
 * texts are kept as written; a blank reason is counted under "" ("not given"), which tells the team
 * which late lines still need a reason.
 */
export interface ParetoRow {
  /** The configured code, the text as written, or "" for no reason given. */
  reason: string;
  group: DelayReason["group"] | null;
  lines: number;
  /** lines / total, 0..1 */
  share: number;
  /** Running share down the sorted list, 0..1; the last row is 1. */
  cumulativeShare: number;
}

export interface Pareto {
  total: number;
  rows: ParetoRow[];
}

export interface DelayReasonTally {
  counts: Map<string, number>;
  codes: Map<string, DelayReason>;
  /** Reason text as written → the reason it is counted under (saves re-normalising repeats). */
  resolved: Map<string, string>;
  /** The configured codes, for reading a reason typed as a label in any language (delayReasonCode). */
  codeList: readonly string[];
}

export function newDelayReasonTally(settings: Settings): DelayReasonTally {
  const codes = new Map<string, DelayReason>();
  for (const r of settings.delayReasons) codes.set(r.code.trim().toLowerCase(), r);
  return { counts: new Map(), codes, resolved: new Map(), codeList: settings.delayReasons.map((r) => r.code) };
}

/** Late in the period, or overdue now. */
export function isLateOrOverdue(status: LineStatus, outcome: PeriodOutcome): boolean {
  if (outcome.kind === "measured" && outcome.late) return true;
  return isOpenLine(status) && typeof status.daysLate === "number" && status.daysLate > 0;
}

export function addToDelayReasons(tally: DelayReasonTally, status: LineStatus, outcome: PeriodOutcome): void {
  if (!isLateOrOverdue(status, outcome)) return;
  const written = typeof status.line.delayReason === "string" ? status.line.delayReason : "";
  let reason = tally.resolved.get(written);
  if (reason === undefined) {
    const trimmed = written.trim();
    reason = delayReasonCode(trimmed, tally.codeList) ?? trimmed;
    tally.resolved.set(written, reason);
  }
  tally.counts.set(reason, (tally.counts.get(reason) ?? 0) + 1);
}

export function paretoOf(tally: DelayReasonTally): Pareto {
  let total = 0;
  for (const n of tally.counts.values()) total += n;
  const sorted = [...tally.counts].sort(
    ([ra, na], [rb, nb]) => nb - na || (ra === "" ? 1 : 0) - (rb === "" ? 1 : 0) || (ra < rb ? -1 : ra > rb ? 1 : 0),
  );
  let running = 0;
  const rows = sorted.map(([reason, lines]): ParetoRow => {
    running += lines;
    return {
      reason,
      group: tally.codes.get(reason.toLowerCase())?.group ?? null,
      lines,
      share: lines / total,
      cumulativeShare: running / total,
    };
  });
  return { total, rows };
}

export function delayReasonPareto(statuses: readonly LineStatus[], period: PeriodRange, asOf: Serial, settings: Settings): Pareto {
  const tally = newDelayReasonTally(settings);
  for (const status of statuses) addToDelayReasons(tally, status, periodOutcome(status, period, asOf, settings));
  return paretoOf(tally);
}
