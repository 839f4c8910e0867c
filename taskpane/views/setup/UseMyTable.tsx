import { useEffect, useMemo, useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner } from "@fluentui/react-components";
import type { ParsedRegister } from "../../../src/register/parseRegister";
import type { ColumnOverride } from "../../../src/register/detectColumns";
import { headerText } from "../../../src/register/detectColumns";
import { fieldList } from "../../../src/register/fields";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { messageOf } from "../../state/store";
import type { SourceRef } from "../../state/services";
import { useStyles } from "../../components/styles";
import { MappingTable } from "./MappingTable";
import { ProblemList } from "./ProblemList";

const sourceKey = (s: SourceRef) => (s.kind === "table" ? `table:${s.table}` : `sheet:${s.sheet}`);

/** "Use my table": pick a table or sheet, check and fix the detected mapping, see the problem rows, save. */
export function UseMyTable() {
  const [state, store] = useApp();
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [sources, setSources] = useState<SourceRef[] | null>(null);
  const [picked, setPicked] = useState<string>("");
  const [override, setOverride] = useState<ColumnOverride>({});
  const [parsed, setParsed] = useState<ParsedRegister | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let live = true;
    store.services.sources().then(
      (found) => {
        if (!live) return;
        setSources(found);
        const current = state.snapshot?.tableName;
        const initial = found.find((s) => s.kind === "table" && s.table === current) ?? found[0];
        if (initial) setPicked(sourceKey(initial));
      },
      (e) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [store, state.snapshot?.tableName]);

  const source = useMemo(() => sources?.find((s) => sourceKey(s) === picked), [sources, picked]);

  useEffect(() => {
    if (!source) return;
    let live = true;
    setBusy(true);
    store.services.preview(source, override).then(
      (result) => {
        if (live) setParsed(result);
      },
      (e) => live && setError(messageOf(e)),
    ).finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [store, source, override]);

  const headers = useMemo(() => (parsed ? headerRow(parsed) : []), [parsed]);
  const use = async () => {
    if (!source || !parsed) return;
    setError(null);
    try {
      await store.services.useSource(source, override, headers);
      setSaved(true);
      store.setView("today");
      await store.load();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const missing = parsed?.detection.missingRequired ?? [];

  return (
    <section className={styles.card} aria-labelledby="use-title">
      <h3 id="use-title" className={styles.h3}>
        {t("useTitle")}
      </h3>
      {sources && sources.length === 0 && <p style={{ margin: 0 }}>{t("noSources")}</p>}
      {sources && sources.length > 0 && (
        <Field label={t("sourceLabel")} size="small">
          <Select
            value={picked}
            onChange={(_, d) => {
              setPicked(d.value);
              setOverride({});
              setSaved(false);
            }}
            data-testid="source-select"
          >
            {sources.map((s) => (
              <option key={sourceKey(s)} value={sourceKey(s)}>
                {s.kind === "table" ? t("sourceTable", { name: s.table }) : t("sourceSheet", { name: s.sheet })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {busy && <Spinner size="tiny" label={t("readingSource")} />}
      {parsed && (
        <>
          <MappingTable parsed={parsed} headers={headers} onChange={(field, column) => setOverride((o) => ({ ...o, [field]: column }))} />
          <p role="status" style={{ margin: 0 }} data-testid="missing-required">
            {missing.length > 0 ? t("missingRequired", { fields: fieldList(missing, lang) }) : t("allRequiredFound")}
          </p>
          <ProblemList issues={parsed.issues} />
          <Button appearance="primary" disabledFocusable={missing.length > 0} onClick={() => void use()} data-testid="use-table">
            {t("useButton")}
          </Button>
        </>
      )}
      {saved && <span role="status">{t("mappingSaved")}</span>}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The header row texts as the detection saw them (one per column, "" for blank headers). */
function headerRow(parsed: ParsedRegister): string[] {
  const width = Math.max(-1, ...parsed.detection.matches.map((m) => m.column), ...parsed.detection.unmapped.map((u) => u.column)) + 1;
  const headers = new Array<string>(width).fill("");
  for (const m of parsed.detection.matches) headers[m.column] = headerText(m.header);
  for (const u of parsed.detection.unmapped) headers[u.column] = headerText(u.header);
  return headers;
}
