import { useMemo, useState } from "react";
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import type { Settings } from "../../../src/settings/settings";
import { DEFAULT_SETTINGS } from "../../../src/settings/settings";
import { offsetsAtFault, validateSettings, type SettingsError } from "../../../src/settings/validateSettings";
import { describeSettingsError, settingLabel } from "../../../src/settings/describeSettingsError";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { messageOf } from "../../state/store";
import { useStyles } from "../../components/styles";
import { useSaveOnEnter } from "../../components/useSaveOnEnter";
import { settingsToText, textToRawSettings, type SettingsText } from "./settingsText";
import type { TaskpaneKey } from "../../../src/i18n/catalogs/taskpane";
import { SupplierRulesSection } from "./SupplierRulesSection";
import { StartupSection } from "./StartupSection";
import { supplierRulesToRaw, supplierRulesToText, type SupplierRulesText } from "./supplierRulesText";

type NumberField = "earlyTolerance" | "lateTolerance" | "qtyTolerancePercent" | "confirmWithin" | "dueSoon" | "minGap";
const NUMBER_FIELDS: [NumberField, keyof Settings, TaskpaneKey][] = [
  ["earlyTolerance", "earlyTolerance", "earlyTolerance"],
  ["lateTolerance", "lateTolerance", "lateTolerance"],
  ["qtyTolerancePercent", "qtyTolerance", "qtyTolerance"],
  ["confirmWithin", "confirmWithin", "confirmWithin"],
  ["dueSoon", "dueSoon", "dueSoon"],
  ["minGap", "minGap", "minGap"],
];
const OFFSET_LABELS: TaskpaneKey[] = ["offsetPreDue", "offset1", "offset2", "offset3"];
const WEEKDAYS: TaskpaneKey[] = ["weekday_1", "weekday_2", "weekday_3", "weekday_4", "weekday_5", "weekday_6", "weekday_7"];

/** Settings: the rules form, then whether the add-in loads with this workbook (acts at once, outside the form). */
export function SettingsView() {
  return (
    <>
      <RulesForm />
      <StartupSection />
    </>
  );
}

/** The rules of DESIGN.md, validated by the engine as they are typed. */
function RulesForm() {
  const [state, store] = useApp();
  const { t, lang } = useI18n();
  const styles = useStyles();
  const current = state.snapshot?.savedSettings ?? DEFAULT_SETTINGS;
  // What the pipeline refused in the stored record (shown until the buyer saves valid settings).
  const problems = state.snapshot?.settingsProblems ?? [];
  const [text, setText] = useState<SettingsText>(() => settingsToText(current));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [supplierText, setSupplierText] = useState<SupplierRulesText>(() => supplierRulesToText(current));
  const validated = useMemo(
    () => validateSettings({ ...textToRawSettings(text, current), ...supplierRulesToRaw(supplierText) }),
    [text, supplierText, current],
  );
  const errorsOf = (field: keyof Settings): string | undefined => {
    const found = validated.errors.filter((e: SettingsError) => e.field === field);
    // "form": the sentence names the problem only; nothing is used until the buyer saves.
    return found.length > 0 ? found.map((e) => describeSettingsError(e, lang, "form")).join(" ") : undefined;
  };
  const offsetsMarked = new Set(validated.errors.flatMap(offsetsAtFault));
  const offsetsError = errorsOf("escalationOffsets");
  const invalid = validated.errors.length > 0;
  const set = (patch: Partial<SettingsText>) => setText((x) => ({ ...x, ...patch }));

  const save = async () => {
    if (invalid || saving) return;
    setSaving(true);
    setFailure(null);
    try {
      await store.saveSettings(validated.settings);
      store.setView("settings");
      store.notify(t("settingsSaved"));
    } catch (e) {
      setFailure(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  // Holidays and delay reasons are one per line: Enter types a new line there.
  const formProps = useSaveOnEnter(save, { newlineInTextarea: true });

  return (
    <form className={styles.section} aria-labelledby="settings-title" data-testid="settings-view" {...formProps}>
      <h2 id="settings-title" className={styles.h2}>
        {t("settingsTitle")}
      </h2>
      <p className={styles.muted} style={{ margin: 0 }}>
        {t("settingsHelp")}
      </p>
      {problems.length > 0 && (
        <MessageBar intent="warning" data-testid="stored-settings-problems">
          <MessageBarBody>
            {t("settingsStoredProblems")}
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {problems.map((problem, i) => (
                <li key={i}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.grid2}>
        {NUMBER_FIELDS.map(([key, field, label]) => (
          <Field key={key} label={t(label)} size="small" validationMessage={errorsOf(field)}>
            <Input value={text[key]} onChange={(_, d) => set({ [key]: d.value })} inputMode="decimal" data-testid={`setting-${key}`} />
          </Field>
        ))}
      </div>
      <fieldset className={styles.section} style={{ border: 0, padding: 0, margin: 0 }} aria-describedby={offsetsError ? "offsets-error" : undefined}>
        <legend className={styles.h3}>{settingLabel("escalationOffsets", lang)}</legend>
        <div className={styles.grid2}>
          {OFFSET_LABELS.map((label, i) => (
            <Field key={label} label={t(label)} size="small" validationState={offsetsMarked.has(i) ? "error" : "none"}>
              <Input
                value={text.offsets[i]}
                onChange={(_, d) => set({ offsets: text.offsets.map((o, j) => (j === i ? d.value : o)) as SettingsText["offsets"] })}
                inputMode="numeric"
                data-testid={`setting-offset-${i}`}
              />
            </Field>
          ))}
        </div>
        {offsetsError && (
          <span id="offsets-error" role="alert" className={styles.error} data-testid="offsets-error">
            {offsetsError}
          </span>
        )}
      </fieldset>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className={styles.h3}>{t("weekend")}</legend>
        <div className={styles.row}>
          {WEEKDAYS.map((day, i) => (
            <Checkbox
              key={day}
              label={t(day)}
              checked={text.weekend[i]}
              onChange={(_, d) => set({ weekend: text.weekend.map((w, j) => (j === i ? d.checked === true : w)) })}
            />
          ))}
        </div>
        {errorsOf("weekend") && (
          <span role="alert" className={styles.error}>
            {t("notAllWeekend")}
          </span>
        )}
      </fieldset>
      <Field label={t("holidays")} size="small" validationMessage={errorsOf("holidays")}>
        <Textarea value={text.holidays} onChange={(_, d) => set({ holidays: d.value })} rows={3} resize="vertical" />
      </Field>
      <Field label={t("delayReasons")} size="small" validationMessage={errorsOf("delayReasons")}>
        <Textarea value={text.delayReasons} onChange={(_, d) => set({ delayReasons: d.value })} rows={6} resize="vertical" />
      </Field>
      <SupplierRulesSection
        text={supplierText}
        onChange={setSupplierText}
        errors={{ suppliers: errorsOf("suppliers"), buyerName: errorsOf("buyerName"), companyName: errorsOf("companyName") }}
      />
      {invalid && (
        <p role="status" style={{ margin: 0 }} data-testid="settings-invalid">
          {t("settingsInvalid")}
        </p>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <Button type="submit" appearance="primary" disabledFocusable={invalid || saving} data-testid="save-settings">
        {saving ? t("saving") : t("saveSettings")}
      </Button>
    </form>
  );
}
