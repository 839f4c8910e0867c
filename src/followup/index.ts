/** Public API of the follow-up rules (DESIGN.md "Core definitions"). */
export type { LineStatus, ChaseGroup, ChaseReason, HeldBack, SupplierGap } from "./types";
export { dueDate } from "./dueDate";
export { committedDate } from "./committedDate";
export { daysLate } from "./daysLate";
export { workdaysLate } from "./workdaysLate";
export { openQty } from "./openQty";
export { openValue } from "./openValue";
export { lifecycle, isReceivedInFull } from "./lifecycle";
export { followUpState, isFollowedUp, confirmationDeadline } from "./followUpState";
export { escalation, escalationBase, escalationMilestones, type Escalation, type EscalationLevel } from "./escalation";
export { nextChaseDate, ownNextChaseDate, supplierGapEnd, type NextChaseFacts } from "./nextChaseDate";
export { chaseReason, reasonUrgency, CHASE_REASONS_BY_URGENCY } from "./chaseReason";
export { dueLine, type DueLine } from "./chaseNow";
export { evaluateLine, type LineContext } from "./evaluateLine";
export { evaluateRegister } from "./evaluateRegister";
export { calendarFromSettings } from "./calendarFromSettings";
export { supplierKey } from "./supplierKey";
export { buildChaseFacts, type ChaseFacts, type LineChaseFacts } from "./chaseFacts";
export { chaseList, currencyOf, type ChaseListFilter } from "./chaseList";
export {
  applyChase,
  applyChaseToMany,
  type ApplyChaseContext,
  type ApplyChaseResult,
  type ApplyChaseManyResult,
  type ChaseInput,
  type ChaseError,
  type ChaseErrorCode,
  type RegisterChange,
  type RegisterChangeField,
} from "./applyChase";
export { stageRisk, DEFAULT_TRANSIT_DAYS, type StageStatus, type StageRiskReason, type StageRiskInput } from "./stageRisk";
export { stageCode, isShippedStage, STAGE_ORDER, type StageCode } from "./stage";
