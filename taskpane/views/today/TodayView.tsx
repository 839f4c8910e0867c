import { useMemo, useState } from "react";
import { Field } from "@fluentui/react-components";
import { chaseList } from "../../../src/followup/chaseList";
import { ordersAtRiskByLine } from "../../../src/impact/customerImpact";
import type { ChaseGroup, LineStatus } from "../../../src/followup/types";
import type { ParsedRegister } from "../../../src/register/parseRegister";
import { useApp } from "../../state/context";
import { useI18n } from "../../state/i18n";
import { useStyles } from "../../components/styles";
import { ChoiceSelect } from "../../components/ChoiceSelect";
import { SupplierCard } from "./SupplierCard";
import { StageRiskList } from "./StageRiskList";
import { firstScreenCards, useProgressiveCount } from "./progressive";
import { usePredictionsAfterPaint } from "./usePredictions";
import { useAfterPaint } from "./useAfterPaint";
import { CustomerImpactButton, ReportResult, RunReportButton } from "./ReportPanel";
import { FILTER_LEVELS, NO_FILTERS, filterChoices, toChaseListFilter, type TodayFilters } from "./filters";

const NO_STATUSES: readonly LineStatus[] = [];
const NO_CHOICES = { buyers: [], suppliers: [] };

/** The register's buyers and suppliers, read after the first paint: every line, the settled ones read then too (settledLater). */
const choicesOf = (parsed: Pick<ParsedRegister, "lines"> | null) => (parsed ? filterChoices(parsed.lines) : NO_CHOICES);

/** Suppliers and lines to chase now, and lines held back by the supplier gap (listed after them). */
function listCounts(groups: readonly ChaseGroup[]): { suppliers: number; lines: number; heldBackLines: number } {
  const counts = { suppliers: 0, lines: 0, heldBackLines: 0 };
  for (const g of groups) {
    if (g.heldBack) counts.heldBackLines += g.lines.length;
    else {
      counts.suppliers++;
      counts.lines += g.lines.length;
    }
  }
  return counts;
}

/**
 * Today's chase list from the engine, grouped by supplier, with filters; the suppliers held back by
 * the minimum gap between chases follow, greyed, with their next chase date. The first supplier cards
 * come with the summary; the others follow without blocking the pane (aria-busy until they are all there).
 */
export function TodayView() {
  const [state] = useApp();
  const { t } = useI18n();
  const styles = useStyles();
  const [filters, setFilters] = useState<TodayFilters>(NO_FILTERS);
  // Today's list and its stage risks read only the followed-up lines: the settled lines' statuses are worked
  // out when first read (snapshot.statuses), after the first paint (the predictions), not for this screen.
  const followed = state.snapshot?.followed ?? NO_STATUSES;
  // The suppliers whose lines put a customer order at risk come first, saying which (as in the report).
  const impact = state.snapshot?.customerImpact;
  const atRisk = useMemo(() => (impact ? ordersAtRiskByLine(impact) : undefined), [impact]);
  const groups = useMemo(
    () => chaseList(followed, state.asOf, toChaseListFilter(filters), atRisk),
    [followed, state.asOf, filters, atRisk],
  );
  // The buyer and supplier choices wait for the first paint: only an opened dropdown shows them, and
  // sorting names by the language's rules costs its first use ~15 ms (the collator's set-up).
  const { buyers, suppliers } = useAfterPaint(state.snapshot?.parsed ?? null, choicesOf, NO_CHOICES);
  const predictionOf = usePredictionsAfterPaint(state.snapshot);
  const counts = useMemo(() => listCounts(groups), [groups]);
  const shown = useProgressiveCount(groups, firstScreenCards(groups));
  const filtered = filters.buyer !== "" || filters.supplier !== "" || filters.level !== "";
  const set =
    <K extends keyof TodayFilters>(key: K) =>
    (value: TodayFilters[K]) =>
      setFilters((f) => ({ ...f, [key]: value }));

  return (
    <section className={styles.section} aria-labelledby="today-title" aria-busy={shown < groups.length} data-testid="today-view">
      <div className={styles.row} style={{ justifyContent: "space-between" }}>
        <h2 id="today-title" className={styles.h2}>
          {t("todayTitle")}
        </h2>
        <RunReportButton />
      </div>
      <CustomerImpactButton />
      <ReportResult />
      <div role="group" aria-label={t("filtersLabel")} className={styles.grid2}>
        <Field label={t("filterBuyer")} size="small">
          <ChoiceSelect value={filters.buyer} onChange={set("buyer")} choices={buyers} blank={t("all")} data-testid="filter-buyer" />
        </Field>
        <Field label={t("filterLevel")} size="small">
          <ChoiceSelect
            value={filters.level}
            onChange={set("level")}
            choices={FILTER_LEVELS}
            labelOf={(level) => t(`filterLevel_${level}`)}
            blank={t("all")}
            data-testid="filter-level"
          />
        </Field>
        <Field label={t("filterSupplier")} size="small" style={{ gridColumn: "1 / -1" }}>
          <ChoiceSelect
            value={filters.supplier}
            onChange={set("supplier")}
            choices={suppliers}
            blank={t("all")}
            data-testid="filter-supplier"
          />
        </Field>
      </div>
      <p className={styles.muted} style={{ margin: 0 }} data-testid="today-summary" data-groups={groups.length} aria-live="polite">
        {[
          counts.suppliers === 0
            ? groups.length === 0 && filtered
              ? t("nothingMatches")
              : t("nothingToChase")
            : `${t("suppliersCount", { count: counts.suppliers })} · ${t("linesCount", { count: counts.lines })}`,
          ...(counts.heldBackLines > 0 ? [t("heldBackCount", { count: counts.heldBackLines })] : []),
        ].join(" · ")}
      </p>
      {groups.slice(0, shown).map((group) => (
        <SupplierCard
          key={`${group.heldBack ? "held:" : ""}${group.supplier}`}
          group={group}
          asOf={state.asOf}
          predictionOf={predictionOf}
        />
      ))}
      {shown >= groups.length && <StageRiskList statuses={followed} filters={filters} />}
    </section>
  );
}
