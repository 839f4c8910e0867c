import { Field, Input } from "@fluentui/react-components";
import type { PoLine } from "../../src/model";
import { translator } from "../../src/i18n/i18n";
import { shipmentFieldsCatalog } from "../../src/i18n/catalogs/shipmentFields";
import { isDateField, isNumberField } from "../../src/followup/applyChase";
import { type ShipmentField, type ShipmentFieldErrors, type ShipmentFormText } from "../state/shipmentFormText";
import { useI18n } from "../state/i18n";
import { useStyles } from "./styles";
import { showDate } from "./format";

export interface ShipmentFieldsProps {
  text: ShipmentFormText;
  onChange: (patch: ShipmentFormText) => void;
  errors: ShipmentFieldErrors;
  /** The shipment and receipt fields the register has a column for (only those are offered). */
  fields: readonly ShipmentField[];
  /** The line as read: its current values are the placeholders (a blank field leaves the cell as it is). */
  line: PoLine;
}

/** Ship date, ETA, carrier, tracking, accepted and rejected qty of one line, as the register's columns allow. */
export function ShipmentFields({ text, onChange, errors, fields, line }: ShipmentFieldsProps) {
  const { t: tp, lang } = useI18n();
  const styles = useStyles();
  const t = translator(shipmentFieldsCatalog, lang);
  if (fields.length === 0) return null;
  const current = (field: ShipmentField): string => {
    const value = line[field];
    if (isDateField(field)) return typeof value === "number" ? showDate(value, "", "") : tp("dateHint");
    return typeof value === "number" || typeof value === "string" ? String(value) : "";
  };
  const message = (field: ShipmentField) => (errors[field] === "date" ? tp("notADate") : errors[field] === "qty" ? t("notAQty") : undefined);
  return (
    <fieldset className={styles.section} style={{ border: "none", margin: 0, padding: 0, minWidth: 0 }} data-testid="shipment-fields">
      <legend className={styles.h3} style={{ padding: 0, marginBottom: 8 }}>
        {t("shipmentFields")}
      </legend>
      <div className={styles.grid2}>
        {fields.map((field) => (
          <Field key={field} label={t(`${field}Field`)} size="small" validationMessage={message(field)}>
            <Input
              value={text[field] ?? ""}
              onChange={(_, d) => onChange({ [field]: d.value })}
              placeholder={current(field)}
              inputMode={isNumberField(field) || isDateField(field) ? "numeric" : undefined}
              data-testid={`field-${field}`}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
