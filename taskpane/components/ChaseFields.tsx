import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { Channel, Outcome } from "../../src/model";
import { CHANNELS, OUTCOMES } from "../../src/register/chaseLog";
import { STAGE_CHOICES } from "../../src/register/template";
import type { ChaseFormText, DateFieldErrors } from "../state/chaseFormText";
import { useI18n } from "../state/i18n";
import { useStyles } from "./styles";

export interface ChaseFieldsProps {
  text: ChaseFormText;
  onChange: (patch: Partial<ChaseFormText>) => void;
  errors: DateFieldErrors;
  delayReasons: readonly string[];
  /** Per-line fields (new promised date, stage, next chase); off for "Log chase for all". */
  perLine: boolean;
}

/** The fields of a chase: channel, contact, outcome, dates, reason, stage, note. */
export function ChaseFields({ text, onChange, errors, delayReasons, perLine }: ChaseFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <>
      <div className={styles.grid2}>
        <Field label={t("channel")} size="small">
          <Select value={text.channel} onChange={(_, d) => onChange({ channel: d.value as Channel })} data-testid="field-channel">
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel_${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("outcome")} size="small">
          <Select value={text.outcome} onChange={(_, d) => onChange({ outcome: d.value as Outcome })} data-testid="field-outcome">
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome_${o}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("contact")} size="small">
        <Input value={text.contact} onChange={(_, d) => onChange({ contact: d.value })} data-testid="field-contact" />
      </Field>
      {perLine && (
        <div className={styles.grid2}>
          <Field label={t("newPromised")} size="small" hint={t("dateHint")} validationMessage={errors.newPromised ? t("notADate") : undefined}>
            <Input value={text.newPromised} onChange={(_, d) => onChange({ newPromised: d.value })} placeholder="yyyy-mm-dd" inputMode="numeric" data-testid="field-newPromised" />
          </Field>
          <Field label={t("nextChaseField")} size="small" hint={t("dateHint")} validationMessage={errors.nextChase ? t("notADate") : undefined}>
            <Input value={text.nextChase} onChange={(_, d) => onChange({ nextChase: d.value, nextChaseTouched: true })} placeholder="yyyy-mm-dd" inputMode="numeric" data-testid="field-nextChase" />
          </Field>
        </div>
      )}
      <div className={styles.grid2}>
        <Field label={t("delayReason")} size="small">
          <Select value={text.delayReason} onChange={(_, d) => onChange({ delayReason: d.value })} data-testid="field-delayReason">
            <option value="">{t("none")}</option>
            {delayReasons.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
        {perLine && (
          <Field label={t("stage")} size="small">
            <Select value={text.stage} onChange={(_, d) => onChange({ stage: d.value })} data-testid="field-stage">
              <option value="">{t("none")}</option>
              {STAGE_CHOICES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <Field label={t("note")} size="small">
        <Textarea value={text.note} onChange={(_, d) => onChange({ note: d.value })} resize="vertical" rows={2} data-testid="field-note" />
      </Field>
    </>
  );
}

/** Enter saves the form (Shift+Enter types a new line; never while an IME is composing Chinese or Japanese). */
export function isSaveKey(event: React.KeyboardEvent): boolean {
  if (event.key !== "Enter" || event.shiftKey || event.altKey || event.nativeEvent.isComposing) return false;
  const target = event.target as HTMLElement;
  return target.tagName !== "BUTTON" && target.tagName !== "A" && target.tagName !== "SUMMARY";
}
