import { Button, Checkbox, Field, Input } from "@fluentui/react-components";
import { translator } from "../../../src/i18n/i18n";
import { settingsCatalog } from "../../../src/i18n/catalogs/settings";
import { supplierRulesCatalog } from "../../../src/i18n/catalogs/supplierRules";
import { LETTER_LANGS, type LetterLang } from "../../../src/settings/supplierSettings";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { ChoiceSelect } from "../../components/ChoiceSelect";
import { BLANK_RULE, type SupplierRuleText, type SupplierRulesText } from "./supplierRulesText";

const LANG_LABEL = { en: "langEn", "zh-CN": "langZhCn", ja: "langJa" } as const;

/** Per-supplier rules (language of letters, no pre-due reminders, own offsets, gap, transit days) and the letters' signature. */
export function SupplierRulesSection({
  text,
  onChange,
  errors,
}: {
  text: SupplierRulesText;
  onChange: (text: SupplierRulesText) => void;
  /** Sentences for the problems of these settings (the form's validateSettings errors), by field. */
  errors: { suppliers?: string; buyerName?: string; companyName?: string };
}) {
  const { lang } = useI18n();
  const label = translator(settingsCatalog, lang);
  const t = translator(supplierRulesCatalog, lang);
  const styles = useStyles();
  const setRule = (i: number, patch: Partial<SupplierRuleText>) =>
    onChange({ ...text, rules: text.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <fieldset className={styles.section} style={{ border: 0, padding: 0, margin: 0 }} data-testid="supplier-rules">
      <legend className={styles.h3}>{label("suppliers")}</legend>
      <div className={styles.grid2}>
        <Field label={label("buyerName")} size="small" validationMessage={errors.buyerName}>
          <Input value={text.buyerName} onChange={(_, d) => onChange({ ...text, buyerName: d.value })} data-testid="setting-buyerName" />
        </Field>
        <Field label={label("companyName")} size="small" validationMessage={errors.companyName}>
          <Input value={text.companyName} onChange={(_, d) => onChange({ ...text, companyName: d.value })} data-testid="setting-companyName" />
        </Field>
      </div>
      <p className={styles.muted} style={{ margin: 0 }}>
        {t("supplierSectionHint")}
      </p>
      {text.rules.map((rule, i) => (
        <div key={i} className={styles.section} role="group" aria-label={rule.name || t("supplierName")} data-testid={`supplier-rule-${i}`}>
          <div className={styles.grid2}>
            <Field label={t("supplierName")} size="small" required>
              <Input value={rule.name} onChange={(_, d) => setRule(i, { name: d.value })} />
            </Field>
            <Field label={t("supplierLetterLang")} size="small">
              <ChoiceSelect<LetterLang>
                value={rule.letterLang}
                onChange={(v) => setRule(i, { letterLang: v })}
                choices={LETTER_LANGS}
                labelOf={(c) => t(LANG_LABEL[c])}
                blank={t("supplierLangDefault")}
              />
            </Field>
            <Field label={t("supplierOffsets")} size="small">
              <Input value={rule.offsets} placeholder="-3, 1, 5, 10" onChange={(_, d) => setRule(i, { offsets: d.value })} inputMode="numeric" />
            </Field>
            <Field label={t("supplierMinGap")} size="small">
              <Input value={rule.minGap} onChange={(_, d) => setRule(i, { minGap: d.value })} inputMode="numeric" />
            </Field>
            <Field label={t("supplierTransitDays")} size="small">
              <Input value={rule.transitDays} onChange={(_, d) => setRule(i, { transitDays: d.value })} inputMode="numeric" />
            </Field>
          </div>
          <div className={styles.row}>
            <Checkbox label={t("supplierPreDueExempt")} checked={rule.preDueExempt} onChange={(_, d) => setRule(i, { preDueExempt: d.checked === true })} />
            <Button size="small" onClick={() => onChange({ ...text, rules: text.rules.filter((_, j) => j !== i) })}>
              {t("supplierRemove", { supplier: rule.name || t("supplierName") })}
            </Button>
          </div>
        </div>
      ))}
      {errors.suppliers && (
        <span role="alert" className={styles.error} data-testid="supplier-rules-error">
          {errors.suppliers}
        </span>
      )}
      <div className={styles.row}>
        <Button size="small" onClick={() => onChange({ ...text, rules: [...text.rules, { ...BLANK_RULE }] })} data-testid="add-supplier-rule">
          {t("supplierAdd")}
        </Button>
      </div>
    </fieldset>
  );
}
