import { useMemo, useState } from "react";
import { Field, Select } from "@fluentui/react-components";
import { chaseList } from "../../../src/followup/chaseList";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { SupplierCard } from "./SupplierCard";
import { ReportResult, RunReportButton } from "./ReportPanel";
import { NO_FILTERS, distinctValues, toChaseListFilter, type TodayFilters } from "./filters";

/** Today's chase list from the engine, grouped by supplier, with filters. */
export function TodayView() {
  const [state] = useApp();
  const { t } = useI18n();
  const styles = useStyles();
  const [filters, setFilters] = useState<TodayFilters>(NO_FILTERS);
  const groups = useMemo(() => chaseList(state.statuses, state.asOf, toChaseListFilter(filters)), [state.statuses, state.asOf, filters]);
  const buyers = useMemo(() => distinctValues(state.statuses, (s) => s.line.buyer), [state.statuses]);
  const suppliers = useMemo(() => distinctValues(state.statuses, (s) => s.line.supplier), [state.statuses]);
  const lineCount = groups.reduce((sum, g) => sum + g.lines.length, 0);
  const filtered = filters.buyer !== "" || filters.supplier !== "" || filters.level !== "";
  const set = (key: keyof TodayFilters) => (_: unknown, data: { value: string }) => setFilters((f) => ({ ...f, [key]: data.value }));

  return (
    <section className={styles.section} aria-labelledby="today-title" data-testid="today-view">
      <div className={styles.row} style={{ justifyContent: "space-between" }}>
        <h2 id="today-title" className={styles.h2}>
          {t("todayTitle")}
        </h2>
        <RunReportButton />
      </div>
      <ReportResult />
      <div role="group" aria-label={t("filtersLabel")} className={styles.grid2}>
        <Field label={t("filterBuyer")} size="small">
          <Select value={filters.buyer} onChange={set("buyer")} data-testid="filter-buyer">
            <option value="">{t("all")}</option>
            {buyers.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filterLevel")} size="small">
          <Select value={filters.level} onChange={set("level")} data-testid="filter-level">
            <option value="">{t("all")}</option>
            <option value="1">{t("reason_overdue1")}+</option>
            <option value="2">{t("reason_overdue2")}+</option>
            <option value="3">{t("reason_overdue3")}</option>
          </Select>
        </Field>
        <Field label={t("filterSupplier")} size="small" style={{ gridColumn: "1 / -1" }}>
          <Select value={filters.supplier} onChange={set("supplier")} data-testid="filter-supplier">
            <option value="">{t("all")}</option>
            {suppliers.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <p className={styles.muted} style={{ margin: 0 }} data-testid="today-summary" aria-live="polite">
        {groups.length === 0 ? (filtered ? t("nothingMatches") : t("nothingToChase")) : `${t("suppliersCount", { count: groups.length })} · ${t("linesCount", { count: lineCount })}`}
      </p>
      {groups.map((group) => (
        <SupplierCard key={group.supplier} group={group} />
      ))}
    </section>
  );
}
