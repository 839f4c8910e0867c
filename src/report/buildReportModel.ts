import type { ReportModel } from "./model";
import { reportLabels, reportText } from "./labels";
import { reportSheetName } from "./sheetName";
import { lineLogFacts } from "./chaseLogFacts";
import { reportFigures, type ReportFigures } from "./reportFigures";
import type { ReportInput } from "./reportInput";
import { headerSection } from "./headerSection";
import { headlineSection } from "./headlineSection";
import { toChaseSections } from "./toChaseSection";
import { comingDueSection } from "./comingDueSection";
import { customerImpactSections } from "./customerImpactSection";
import { ordersAtRiskByLine } from "../impact/customerImpact";
import { shipmentSections } from "./shipmentSections";
import { promiseChangesSection } from "./promiseChangesSection";
import { scorecardSection } from "./scorecardSection";
import { ageingChart, ageingSection } from "./ageingSection";
import { delayReasonsChart, delayReasonsSection } from "./delayReasonsSection";
import { chaseActivitySections } from "./chaseActivitySections";
import { reportPageSetup } from "./pageSetup";
import { plainZeroSection } from "./plainZero";

/**
 * The periodic follow-up report as data (issue 6), sections in the order of the sheet:
 * header, headline KPIs, to chase now, held back (supplier chased too recently), customer orders at risk (when the
 * register names sales orders), coming due, in transit, stage risk, quality
 * and open replacements (when the register follows shipments / inspections), promise changes, supplier scorecard, ageing
 * (+ chart), delay reasons (+ chart), chase activity by buyer / channel / outcome.
 * Pure: every figure comes from src/followup statuses and src/kpi measures; nothing is re-derived.
 * No value is -0 (plainZero.ts).
 * Pass `figures` when the KPI sheet is built from the same input, to compute them once.
 */
export function buildReportModel(input: ReportInput, figures: ReportFigures = reportFigures(input)): ReportModel {
  const { lang, period, asOf, statuses, settings } = input;
  const t = reportText(lang);
  const log = lineLogFacts(input.chases);
  const { current, calendar } = figures;
  return {
    sheetName: reportSheetName(period),
    title: t("title", { period: period.label }),
    lang,
    period: { kind: period.kind, label: period.label, start: period.start, end: period.end },
    asOf,
    generatedAt: input.generatedAt,
    labels: reportLabels(lang),
    sections: [
      headerSection(input, t),
      headlineSection(figures, t),
      ...toChaseSections(statuses, asOf, log, t, lang, input.customerImpact && ordersAtRiskByLine(input.customerImpact)),
      ...customerImpactSections(input.customerImpact, t, lang),
      comingDueSection(statuses, log, settings, calendar, asOf, t, lang),
      ...shipmentSections(statuses, current.suppliers, t, lang),
      promiseChangesSection(current.promiseSlips, input.register.lines, t, lang),
      scorecardSection(current.suppliers, t, lang),
      ageingSection(current.ageing, t),
      ageingChart(t),
      delayReasonsSection(current.delayReasons, t),
      delayReasonsChart(t),
      ...chaseActivitySections(current.chaseActivity, t, lang),
    ].map(plainZeroSection),
    pageSetup: reportPageSetup(t, period.label),
  };
}
