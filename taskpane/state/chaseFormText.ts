/** The chase form as typed (strings), and reading it into a ChaseDraft. Kept per line so nothing typed is lost. */
import type { Channel, Outcome } from "../../src/model";
import { readDateInput } from "./dateInput";
import type { ChaseDraft } from "./services";

export interface ChaseFormText {
  channel: Channel;
  contact: string;
  outcome: Outcome;
  newPromised: string;
  delayReason: string;
  stage: string;
  note: string;
  nextChase: string;
  /** The buyer typed a next chase date: stop prefilling it. */
  nextChaseTouched: boolean;
}

export const EMPTY_FORM: ChaseFormText = {
  channel: "email",
  contact: "",
  outcome: "noAnswer",
  newPromised: "",
  delayReason: "",
  stage: "",
  note: "",
  nextChase: "",
  nextChaseTouched: false,
};

export type DateFieldErrors = Partial<Record<"newPromised" | "nextChase", true>>;

/** The draft, or which date fields could not be read. */
export function readChaseForm(text: ChaseFormText): { draft: ChaseDraft; errors: null } | { draft: null; errors: DateFieldErrors } {
  const newPromised = readDateInput(text.newPromised);
  const nextChase = text.nextChaseTouched ? readDateInput(text.nextChase) : null;
  const errors: DateFieldErrors = {};
  if (newPromised === undefined) errors.newPromised = true;
  if (nextChase === undefined) errors.nextChase = true;
  if (newPromised === undefined || nextChase === undefined) return { draft: null, errors };
  return {
    draft: {
      channel: text.channel,
      contact: text.contact.trim(),
      outcome: text.outcome,
      newPromised,
      delayReason: text.delayReason || null,
      stage: text.stage || null,
      note: text.note,
      nextChase,
    },
    errors: null,
  };
}
