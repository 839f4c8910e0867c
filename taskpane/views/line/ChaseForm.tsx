import { useEffect, useMemo, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { LineStatus } from "../../../src/followup/types";
import { formatIsoDate } from "../../../src/dates/serial";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { ChaseFields } from "../../components/ChaseFields";
import { useSaveOnEnter } from "../../components/useSaveOnEnter";
import { lineStart, readChaseForm, startForm, type ChaseFormText, type DateFieldErrors } from "../../state/chaseFormText";
import { ShipmentFields } from "../../components/ShipmentFields";
import { readShipmentForm, SHIPMENT_FIELDS, type ShipmentFieldErrors } from "../../state/shipmentFormText";

/**
 * Log a chase on one line. Enter saves. What was typed is kept in the store per line, so a failed
 * save, a trip to another view or a selection change loses nothing; a successful save empties the form
 * (so Enter cannot log the same chase twice). An untouched form starts from the line's current delay
 * reason and stage, and follows the line when it is read again.
 */
export function ChaseForm({ status }: { status: LineStatus }) {
  const [state, store] = useApp();
  const { t } = useI18n();
  const styles = useStyles();
  const key = status.line.key;
  // null: nothing typed yet, the form shows the line as the register holds it.
  const [typed, setTyped] = useState<ChaseFormText | null>(() => store.formOf(key));
  const [errors, setErrors] = useState<DateFieldErrors>({});
  const [shipmentErrors, setShipmentErrors] = useState<ShipmentFieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const snapshot = state.snapshot;
  const reasonList = snapshot?.settings.delayReasons;
  const reasons = useMemo(() => (reasonList ?? []).map((r) => r.code), [reasonList]);
  // The shipment and receipt fields this register has columns for: the only ones a chase can write.
  const detected = snapshot?.parsed.detection.columns;
  const shipmentFields = useMemo(() => SHIPMENT_FIELDS.filter((f) => detected?.[f] !== undefined), [detected]);
  const start = useMemo(() => lineStart(status.line, reasons), [status.line, reasons]);
  const text = useMemo(() => typed ?? startForm(start), [typed, start]);

  useEffect(() => {
    if (typed) store.keepForm(key, typed);
  }, [store, key, typed]);

  // The engine's next chase date for what is typed so far, until the buyer types their own.
  const suggestion = useMemo(() => {
    const read = readChaseForm({ ...text, nextChaseTouched: false }, start.unlisted);
    if (!read.draft || !snapshot) return null;
    return store.services.suggestNextChase(snapshot, status, read.draft, state.asOf);
  }, [text, start, snapshot, status, state.asOf, store]);
  const shown: ChaseFormText = text.nextChaseTouched ? text : { ...text, nextChase: suggestion === null ? "" : formatIsoDate(suggestion) };

  const save = async () => {
    if (saving) return;
    const read = readChaseForm(text, start.unlisted);
    const shipment = readShipmentForm(text.shipment);
    setErrors(read.errors ?? {});
    setShipmentErrors(shipment.errors ?? {});
    if (!read.draft || !shipment.shipment) return;
    setSaving(true);
    setFailure(null);
    const result = await store.logChases([status], { ...read.draft, shipment: shipment.shipment }, (count) => t("logged", { count }));
    setSaving(false);
    if (result.ok) {
      store.forgetForm(key);
      setTyped(null);
      setErrors({});
      setShipmentErrors({});
    } else {
      setFailure(result.message);
      errorRef.current?.focus();
    }
  };

  const formProps = useSaveOnEnter(save);

  return (
    <form
      className={styles.section}
      aria-labelledby="chase-form-title"
      data-testid="chase-form"
      {...formProps}
    >
      <h3 id="chase-form-title" className={styles.h3}>
        {t("formTitle")}
      </h3>
      <ChaseFields
        text={shown}
        onChange={(patch) => setTyped((x) => ({ ...(x ?? startForm(start)), ...patch }))}
        errors={errors}
        delayReasons={reasons}
        unlisted={start.unlisted}
        perLine
      />
      <ShipmentFields
        text={text.shipment ?? {}}
        onChange={(patch) => setTyped((x) => { const form = x ?? startForm(start); return { ...form, shipment: { ...form.shipment, ...patch } }; })}
        errors={shipmentErrors}
        fields={shipmentFields}
        line={status.line}
      />
      <div ref={errorRef} tabIndex={-1} role="alert" data-testid="save-error">
        {failure && (
          <MessageBar intent="error">
            <MessageBarBody>{t("saveFailed", { message: failure })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Button type="submit" appearance="primary" disabledFocusable={saving} data-testid="save-chase">
        {saving ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
