import type { CellIssue } from "../../src/model";
import { describeIssue } from "../../src/register/describeIssue";
import { issueSummary, reportStatusLine } from "../../src/report/statusLine";
import { scenarioInput } from "./fixtures";

const issue = (row: number): CellIssue => ({ code: "notADate", sheet: "Register", row, column: "H", header: "Promised date", field: "promisedDate", value: "soon" });

test("when, which register, how many lines and as of which day", () => {
  const input = scenarioInput("en", { generatedAt: "2026-11-20 09:30" });
  const lines = input.register.lines.length;
  expect(reportStatusLine(input, issueSummary([], "en"))).toBe(`Built 2026-11-20 09:30 from “Register” (${lines} lines, as of 2026-11-20).`);
});

test("problem cells: the first three described, the rest counted", () => {
  const issues = [2, 3, 4, 5, 6].map(issue);
  const summary = issueSummary(issues, "en");
  expect(summary.issueCount).toBe(5);
  expect(summary.firstIssues).toEqual([describeIssue(issues[0], "en"), describeIssue(issues[1], "en"), describeIssue(issues[2], "en"), "(+2 more)"]);
  const line = reportStatusLine(scenarioInput("en"), summary);
  expect(line).toContain(`5 cells need attention, first: ${summary.firstIssues.join(" · ")}`);
});
