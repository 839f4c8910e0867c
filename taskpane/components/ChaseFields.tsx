import { Field, Input, Textarea } from "@fluentui/react-components";
import { CHANNELS, OUTCOMES, channelLabel, outcomeLabel } from "../../src/register/chaseLog";
import { STAGE_CHOICES } from "../../src/register/template";
import { delayReasonLabel } from "../../src/register/delayReasons";
import { formOutcome, type ChaseFormText, type DateFieldErrors, type UnlistedValues } from "../state/chaseFormText";
import { useI18n } from "../state/i18n";
import { useStyles } from "./styles";
import { ChoiceSelect } from "./ChoiceSelect";
import { stageLabel } from "./stageLabel";

export interface ChaseFieldsProps {
  text: ChaseFormText;
  onChange: (patch: Partial<ChaseFormText>) => void;
  errors: DateFieldErrors;
  delayReasons: readonly string[];
  /** Per-line fields (new promised date, stage, next chase); off for "Log chase for all". */
  perLine: boolean;
  /** The line's own delay reason / stage when not in the lists: offered as they are, so the form shows them. */
  unlisted?: UnlistedValues;
}

/**
 * The fields of a chase: channel, contact, outcome, dates, reason, stage, note. Channel and outcome
 * use the chase log's own labels, so the pane and the Chase log sheet say the same words.
 */
export function ChaseFields({ text, onChange, errors, delayReasons, perLine, unlisted }: ChaseFieldsProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const reasons = unlisted?.delayReason ? [...delayReasons, unlisted.delayReason] : delayReasons;
  const stages = unlisted?.stage ? [...STAGE_CHOICES, unlisted.stage] : STAGE_CHOICES;
  return (
    <>
      <div className={styles.grid2}>
        <Field label={t("channel")} size="small">
          <ChoiceSelect value={text.channel} onChange={(channel) => channel && onChange({ channel })} choices={CHANNELS} labelOf={(c) => channelLabel(c, lang)} data-testid="field-channel" />
        </Field>
        <Field label={t("outcome")} size="small">
          <ChoiceSelect value={formOutcome(text)} onChange={(outcome) => outcome && onChange({ outcome, outcomeTouched: true })} choices={OUTCOMES} labelOf={(o) => outcomeLabel(o, lang)} data-testid="field-outcome" />
        </Field>
      </div>
      <Field label={t("contact")} size="small">
        <Input value={text.contact} onChange={(_, d) => onChange({ contact: d.value })} data-testid="field-contact" />
      </Field>
      {perLine && (
        <div className={styles.grid2}>
          <Field label={t("newPromised")} size="small" hint={t("dateHint")} validationMessage={errors.newPromised ? t("notADate") : undefined}>
            <Input value={text.newPromised} onChange={(_, d) => onChange({ newPromised: d.value })} placeholder={t("dateHint")} inputMode="numeric" data-testid="field-newPromised" />
          </Field>
          <Field label={t("nextChaseField")} size="small" hint={t("dateHint")} validationMessage={errors.nextChase ? t("notADate") : undefined}>
            <Input value={text.nextChase} onChange={(_, d) => onChange({ nextChase: d.value, nextChaseTouched: true })} placeholder={t("dateHint")} inputMode="numeric" data-testid="field-nextChase" />
          </Field>
        </div>
      )}
      <div className={styles.grid2}>
        <Field label={t("delayReason")} size="small">
          <ChoiceSelect value={text.delayReason} onChange={(delayReason) => onChange({ delayReason })} choices={reasons} labelOf={(r) => delayReasonLabel(r, lang)} blank={t("none")} data-testid="field-delayReason" />
        </Field>
        {perLine && (
          <Field label={t("stage")} size="small">
            <ChoiceSelect value={text.stage} onChange={(stage) => onChange({ stage })} choices={stages} labelOf={(s) => stageLabel(s, t)} blank={t("none")} data-testid="field-stage" />
          </Field>
        )}
      </div>
      <Field label={t("note")} size="small">
        <Textarea value={text.note} onChange={(_, d) => onChange({ note: d.value })} resize="vertical" rows={2} data-testid="field-note" />
      </Field>
    </>
  );
}
