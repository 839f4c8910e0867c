import type { FollowUpState, Serial } from "../model";
import type { ChaseReason } from "./types";

/** Most urgent first: escalate to manager, urgent, reminder, unconfirmed, pre-due reminder. */
export const CHASE_REASONS_BY_URGENCY: readonly ChaseReason[] = ["overdue3", "overdue2", "overdue1", "unconfirmed", "preDue"];

/** 0 = most urgent. */
export function reasonUrgency(reason: ChaseReason): number {
  return CHASE_REASONS_BY_URGENCY.indexOf(reason);
}

/**
 * Why a line is to be chased on `asOf`, or null when its next chase is later (or there is none).
 * The most urgent fact wins: the escalation level, then a missing confirmation; anything else that
 * is due (the pre-due reminder, or a next-chase date the buyer set on a line not yet overdue) is a
 * pre-due reminder.
 */
export function chaseReason(
  facts: { nextChase: Serial | null | undefined; level: 0 | 1 | 2 | 3; state: FollowUpState | null | undefined },
  asOf: Serial,
): ChaseReason | null {
  if (facts.nextChase === null || facts.nextChase === undefined || facts.nextChase > asOf) return null;
  if (facts.state === null) return null;
  if (facts.level === 3) return "overdue3";
  if (facts.level === 2) return "overdue2";
  if (facts.level === 1) return "overdue1";
  if (facts.state === "unconfirmed") return "unconfirmed";
  return "preDue";
}
