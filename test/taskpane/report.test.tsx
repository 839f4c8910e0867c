import { renderToString } from "react-dom/server";
import { App } from "../../taskpane/App";
import { AppStore } from "../../taskpane/state/store";
import { fixedToday } from "../../taskpane/state/today";
import type { Services } from "../../taskpane/state/services";
import type { FollowUpReportResult } from "../../commands/followUpReport";
import { oneLineSnapshot } from "./snapshot";

const WITH_PROBLEMS: FollowUpReportResult = {
  ok: true,
  message: "Follow-up 2026-W47 is ready: 1 lines, 1 to chase now. 2 cells have a problem: Register!C3 …",
  syncs: 5,
  bytesRead: 0,
  bytesWritten: 0,
  largestRequest: 0,
  sheetName: "Follow-up 2026-W47",
  issueCount: 2,
  firstIssues: ["Register!C3 …"],
  summaryHtml: "<p>summary</p>",
  summaryText: "summary",
};

function fakeServices(report: FollowUpReportResult, calls: string[]): Services {
  const unused = () => {
    throw new Error("not used here");
  };
  return {
    load: async (asOf) => oneLineSnapshot(46340, asOf),
    preload: async () => undefined,
    sources: unused,
    preview: unused,
    useSource: unused,
    createRegister: unused,
    saveSettings: unused,
    logChases: unused,
    selectCell: unused,
    selectedCell: unused,
    onSelectionChanged: async () => () => undefined,
    suggestNextChase: unused,
    runReport: async (lang, asOf) => {
      calls.push(`runReport:${lang}:${asOf}`);
      return report;
    },
    watchReports: async () => () => undefined,
  };
}

describe("Follow-up report in Today", () => {
  test("before a run: the action is in Today's header, no summary to copy yet", async () => {
    const store = new AppStore(fakeServices(WITH_PROBLEMS, []), fixedToday(46346), "en");
    await store.load();
    const html = renderToString(<App store={store} env={{ lang: "en", theme: "light" }} />);
    expect(html).toContain('data-testid="run-report"');
    expect(html).toContain("Follow-up report");
    expect(html).not.toContain('data-testid="copy-report-summary"');
  });

  test("after a run with problems: the command's message (count and first cells) as a warning, copy enabled", async () => {
    const calls: string[] = [];
    const store = new AppStore(fakeServices(WITH_PROBLEMS, calls), fixedToday(46346), "ja");
    await store.load();
    await store.runReport();
    expect(calls).toEqual(["runReport:ja:46346"]);
    expect(store.getState()).toMatchObject({ reportRunning: false, report: WITH_PROBLEMS });
    const html = renderToString(<App store={store} env={{ lang: "ja", theme: "light" }} />);
    expect(html).toContain("2 cells have a problem: Register!C3");
    expect(html).toContain("レポートの要約をコピー");
    expect(html).toMatch(/data-testid="copy-report-summary"(?![^>]*disabled)/);
    expect(html).toContain('data-report-ok="true"');
  });

  test("a failed run shows its message and nothing to copy", async () => {
    const failed: FollowUpReportResult = {
      ok: false,
      reason: "notFound",
      message: "No register found.",
      syncs: 2,
      bytesRead: 0,
      bytesWritten: 0,
      largestRequest: 0,
      issueCount: 0,
      firstIssues: [],
    };
    const store = new AppStore(fakeServices(failed, []), fixedToday(46346), "en");
    await store.load();
    await store.runReport();
    const html = renderToString(<App store={store} env={{ lang: "en", theme: "light" }} />);
    expect(html).toContain("No register found.");
    expect(html).toMatch(/<button[^>]*disabled[^>]*data-testid="copy-report-summary"|data-testid="copy-report-summary"[^>]*disabled/);
  });
});

describe("the report's day", () => {
  test("is the day the pane shows, not a second reading of the clock", async () => {
    const calls: string[] = [];
    let today = 46346;
    const store = new AppStore(fakeServices(WITH_PROBLEMS, calls), () => today, "en");
    await store.load();
    today = 46347; // midnight passes with the pane open; the buyer has not refreshed yet
    await store.runReport();
    expect(calls).toEqual(["runReport:en:46346"]);
  });
});
