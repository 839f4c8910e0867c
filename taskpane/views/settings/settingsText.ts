/**
 * The Rules form as typed, and the raw settings object it stands for. validateSettings (the engine)
 * judges the raw object as the buyer types; this file only turns text boxes into values.
 */
import type { DelayReason, Settings } from "../../../src/settings/settings";
import { formatIsoDate } from "../../../src/dates/serial";
import { readDateInput } from "../../state/dateInput";

export interface SettingsText {
  earlyTolerance: string;
  lateTolerance: string;
  qtyTolerancePercent: string;
  offsets: [string, string, string, string];
  confirmWithin: string;
  dueSoon: string;
  minGap: string;
  /** Seven flags, Monday first: true = non-working day. */
  weekend: boolean[];
  holidays: string;
  delayReasons: string;
}

export function settingsToText(s: Settings): SettingsText {
  return {
    earlyTolerance: s.earlyTolerance === null ? "" : String(s.earlyTolerance),
    lateTolerance: String(s.lateTolerance),
    qtyTolerancePercent: String(Math.round(s.qtyTolerance * 10000) / 100),
    offsets: s.escalationOffsets.map(String) as [string, string, string, string],
    confirmWithin: String(s.confirmWithin),
    dueSoon: String(s.dueSoon),
    minGap: String(s.minGap),
    weekend: s.weekend.split("").map((c) => c === "1"),
    holidays: s.holidays.map(formatIsoDate).join("\n"),
    delayReasons: s.delayReasons.map((r) => r.code).join("\n"),
  };
}

/** A number when the text is one, else the text itself (so the validator reports it). */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The raw settings the text stands for; codes keep the group they had (new codes: "other"). */
export function textToRawSettings(text: SettingsText, current: Settings): Record<string, unknown> {
  const percent = numberOrText(text.qtyTolerancePercent);
  const groups = new Map(current.delayReasons.map((r) => [r.code.toLowerCase(), r.group]));
  return {
    ...current,
    earlyTolerance: text.earlyTolerance.trim() === "" ? null : numberOrText(text.earlyTolerance),
    lateTolerance: numberOrText(text.lateTolerance),
    qtyTolerance: typeof percent === "number" ? percent / 100 : percent,
    escalationOffsets: text.offsets.map(numberOrText),
    confirmWithin: numberOrText(text.confirmWithin),
    dueSoon: numberOrText(text.dueSoon),
    minGap: numberOrText(text.minGap),
    weekend: text.weekend.map((w) => (w ? "1" : "0")).join(""),
    holidays: lines(text.holidays).map((l) => readDateInput(l) ?? l),
    delayReasons: lines(text.delayReasons).map((code): DelayReason => ({ code, group: groups.get(code.toLowerCase()) ?? "other" })),
  };
}
