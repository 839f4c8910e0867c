/**
 * The line under the report's title, the same wherever the report is built (the add-in's report
 * command, the headless runner): when, from which register, how many lines, as of which day, and
 * the first register and chase-log cells that need attention.
 */
import type { SheetClash } from "./sheetName";
import type { CellIssue } from "../model";
import { translator, type Lang } from "../i18n/i18n";
import { reportCommandCatalog } from "../i18n/catalogs/reportCommand";
import { describeIssue } from "../register/describeIssue";
import { formatIsoDate } from "../dates/serial";
import type { ReportInput } from "./reportInput";

/** How many problem cells are described by name; the rest are counted. */
export const FIRST_ISSUES = 3;

export interface IssueSummary {
  issueCount: number;
  /** The first FIRST_ISSUES described, then "(+n more)" when there are more. */
  firstIssues: string[];
}

export function issueSummary(issues: readonly CellIssue[], lang: Lang): IssueSummary {
  const t = translator(reportCommandCatalog, lang);
  const firstIssues = issues.slice(0, FIRST_ISSUES).map((i) => describeIssue(i, lang));
  if (issues.length > FIRST_ISSUES) firstIssues.push(t("moreIssues", { count: issues.length - FIRST_ISSUES }));
  return { issueCount: issues.length, firstIssues };
}

/** "Built 2026-11-20 09:30 from “Register” (240 lines, as of 2026-11-20). 2 cells need attention, first: …" */
export function reportStatusLine(input: ReportInput, issues: IssueSummary): string {
  const t = translator(reportCommandCatalog, input.lang);
  const line = t("statusLine", {
    generatedAt: input.generatedAt,
    register: input.register.name,
    lines: input.register.lines.length,
    asOf: formatIsoDate(input.asOf),
  });
  if (issues.issueCount === 0) return line;
  return `${line} ${t("statusProblems", { count: issues.issueCount, first: issues.firstIssues.join(" · ") })}`;
}

/** A sheet of ours could not take its name because the buyer's or manager's own sheet has it (src/workbook/ownedSheets.ts). */
export function sheetClashNote(clash: SheetClash, lang: Lang): string {
  const t = translator(reportCommandCatalog, lang);
  if (clash.writtenTo) return t("sheetClash", { sheet: clash.sheet, written: clash.writtenTo });
  return t(clash.kind === "kpi" ? "kpiSheetNotOurs" : "reportSheetNotOurs", { sheet: clash.sheet });
}
