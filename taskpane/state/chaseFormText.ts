/** The chase form as typed (strings), and reading it into a ChaseDraft. Kept per line so nothing typed is lost. */
import type { Channel, Outcome, PoLine } from "../../src/model";
import { LANGS } from "../../src/i18n/i18n";
import { taskpaneCatalog } from "../../src/i18n/catalogs/taskpane";
import { delayReasonCode } from "../../src/register/delayReasons";
import { normalizeHeader } from "../../src/register/normalizeHeader";
import { STAGE_CHOICES } from "../../src/register/template";
import { readDateInput } from "./dateInput";
import type { ChaseDraft } from "./services";
import type { ShipmentFormText } from "./shipmentFormText";

export interface ChaseFormText {
  channel: Channel;
  contact: string;
  outcome: Outcome;
  /** The buyer picked the outcome: it no longer follows what else is typed (formOutcome). */
  outcomeTouched?: boolean;
  newPromised: string;
  delayReason: string;
  stage: string;
  note: string;
  nextChase: string;
  /** The buyer typed a next chase date: stop prefilling it. */
  nextChaseTouched: boolean;
  /** Shipment and receipt fields as typed (blank: left as the register has them). */
  shipment?: ShipmentFormText;
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

/**
 * The outcome the form stands for: the one the buyer picked; until they pick one, a typed promised
 * date means "New date" (the supplier gave one), otherwise the blank form's "No answer".
 */
export function formOutcome(text: ChaseFormText): Outcome {
  if (text.outcomeTouched) return text.outcome;
  return text.newPromised.trim() !== "" ? "newDate" : text.outcome;
}

/** Register values the form's lists do not hold: shown as they are, and left as they are when saved unchanged. */
export interface UnlistedValues {
  delayReason: string | null;
  stage: string | null;
}

/** Where a line's form starts: the register's delay reason and stage, as the lists name them. */
export interface LineStart {
  delayReason: string;
  stage: string;
  unlisted: UnlistedValues;
}

/** Normalized stage code or label (any language) → the stage code. */
const STAGE_BY_TEXT: ReadonlyMap<string, string> = new Map(
  STAGE_CHOICES.flatMap((code) =>
    [code, ...LANGS.map((lang) => String(taskpaneCatalog[lang][`stage_${code}` as keyof (typeof taskpaneCatalog)["en"]] ?? code))].map(
      (text) => [normalizeHeader(text), code] as const,
    ),
  ),
);

/**
 * The form of a line the buyer has not typed into: its current delay reason and stage (the settings'
 * code or the stage code when the cell holds one, in any language; the cell's own text otherwise), so
 * the form never shows "(none)" for a reason the register holds, and saving does not overwrite it.
 */
export function lineStart(line: Pick<PoLine, "delayReason" | "stage">, reasonCodes: readonly string[]): LineStart {
  const reasonText = typeof line.delayReason === "string" ? line.delayReason.trim() : "";
  const stageText = typeof line.stage === "string" ? line.stage.trim() : "";
  const reason = delayReasonCode(reasonText, reasonCodes);
  const stage = stageText === "" ? null : (STAGE_BY_TEXT.get(normalizeHeader(stageText)) ?? null);
  return {
    delayReason: reason ?? reasonText,
    stage: stage ?? stageText,
    unlisted: { delayReason: reason === null && reasonText !== "" ? reasonText : null, stage: stage === null && stageText !== "" ? stageText : null },
  };
}

/** The untouched form of a line (see lineStart). */
export function startForm(start: LineStart): ChaseFormText {
  return { ...EMPTY_FORM, delayReason: start.delayReason, stage: start.stage };
}

export type DateFieldErrors = Partial<Record<"newPromised" | "nextChase", true>>;

/**
 * The draft, or which date fields could not be read. A delay reason or stage still equal to the
 * register's own unlisted text is not sent (the cell is left as it is; it is not a code to write).
 */
export function readChaseForm(
  text: ChaseFormText,
  unlisted: UnlistedValues = { delayReason: null, stage: null },
): { draft: ChaseDraft; errors: null } | { draft: null; errors: DateFieldErrors } {
  const newPromised = readDateInput(text.newPromised);
  const nextChase = text.nextChaseTouched ? readDateInput(text.nextChase) : null;
  const errors: DateFieldErrors = {};
  if (newPromised === undefined) errors.newPromised = true;
  if (nextChase === undefined) errors.nextChase = true;
  if (newPromised === undefined || nextChase === undefined) return { draft: null, errors };
  const given = (value: string, asIs: string | null) => (value === "" || value === asIs ? null : value);
  return {
    draft: {
      channel: text.channel,
      contact: text.contact.trim(),
      outcome: formOutcome(text),
      newPromised,
      delayReason: given(text.delayReason, unlisted.delayReason),
      stage: given(text.stage, unlisted.stage),
      note: text.note,
      nextChase,
    },
    errors: null,
  };
}
