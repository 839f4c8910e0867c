/**
 * Settings › "Load PO Follow-up when this workbook opens": the switch's actions (taskpane/views/settings/startupSwitch.ts)
 * through excelServices over the in-memory Excel's Office.addin, and the section as drawn in each language and state.
 */
import { renderToString } from "react-dom/server";
import { InMemoryWorkbook, inMemoryOffice, startupBehaviorOf } from "../../in-memory-excel";
import { excelServices } from "../../taskpane/state/excelServices";
import { AppStore } from "../../taskpane/state/store";
import { StoreContext } from "../../taskpane/state/context";
import { I18nContext, makeI18n } from "../../taskpane/state/i18n";
import { fixedToday } from "../../taskpane/state/today";
import type { Services } from "../../taskpane/state/services";
import { SettingsView } from "../../taskpane/views/settings/SettingsView";
import { StartupSwitchView } from "../../taskpane/views/settings/StartupSection";
import { checkStartupSwitch, flipStartupSwitch, initialStartupSwitch, type StartupSwitchState } from "../../taskpane/views/settings/startupSwitch";
import type { Lang } from "../../src/i18n/i18n";

const render = (state: StartupSwitchState, lang: Lang = "en") =>
  renderToString(
    <I18nContext.Provider value={makeI18n(lang)}>
      <StartupSwitchView state={state} onToggle={() => undefined} />
    </I18nContext.Provider>,
  );

/** The <input role="switch"> Fluent draws, as HTML. */
function switchInput(html: string): string {
  const input = /<input[^>]*data-testid="load-with-workbook"[^>]*>/.exec(html)?.[0];
  if (!input?.includes('role="switch"')) throw new Error("no switch in the section");
  return input;
}

describe("the switch's actions, through the services and the in-memory Office.addin", () => {
  test("off at first; on stores StartupBehavior.load in the workbook, off stores none, saying what happens next", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const services = excelServices({ startupHost: () => inMemoryOffice(workbook) });
    expect(initialStartupSwitch(services)).toEqual({ kind: "checking" });
    const off = await checkStartupSwitch(services);
    expect(off).toEqual({ kind: "ready", on: false, inMemory: true, saving: false, outcome: null, failure: null });

    const seen: StartupSwitchState[] = [];
    const on = await flipStartupSwitch(services, off, true, (s) => seen.push(s));
    expect(seen).toEqual([{ ...off, saving: true }]); // disabled while the host answers
    expect(on).toEqual({ kind: "ready", on: true, inMemory: true, saving: false, outcome: "turnedOn", failure: null });
    expect(startupBehaviorOf(workbook)).toBe("Load");

    const offAgain = await flipStartupSwitch(services, on, false, () => undefined);
    expect(offAgain).toMatchObject({ on: false, outcome: "turnedOff" });
    expect(startupBehaviorOf(workbook)).toBe("None");
  });

  test("a refusal keeps the switch where it was and carries the host's message", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const refusing = () => ({ ...inMemoryOffice(workbook), addin: inMemoryOffice(workbook, false).addin });
    const services = excelServices({ startupHost: refusing });
    const before: StartupSwitchState = { kind: "ready", on: false, inMemory: true, saving: false, outcome: null, failure: null };
    const after = await flipStartupSwitch(services, before, true, () => undefined);
    expect(after).toMatchObject({ kind: "ready", on: false, saving: false, outcome: null });
    expect(after.kind === "ready" && after.failure).toContain("SharedRuntime 1.1");
    expect(startupBehaviorOf(workbook)).toBe("None");
  });

  test("an old host without SharedRuntime 1.1: unavailable with the reason, and a flip does nothing", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const services = excelServices({ startupHost: () => inMemoryOffice(workbook, false) });
    const state = await checkStartupSwitch(services);
    expect(state).toEqual({ kind: "unavailable", reason: "needsSharedRuntime" });
    await expect(flipStartupSwitch(services, state, true, () => undefined)).resolves.toBe(state);
    expect(startupBehaviorOf(workbook)).toBe("None");
  });

  test("services without the startup behaviour (older fakes): the section is not shown", async () => {
    const bare = { load: async () => null } as unknown as Services;
    expect(initialStartupSwitch(bare)).toEqual({ kind: "absent" });
    await expect(checkStartupSwitch(bare)).resolves.toEqual({ kind: "absent" });
    expect(render({ kind: "absent" })).toBe("");
  });
});

describe("the section as drawn", () => {
  test.each<[Lang, string, string]>([
    ["en", "Load PO Follow-up when this workbook opens (the ribbon&#x27;s Follow-up report then works on the first click)", "Off by default."],
    ["zh-CN", "打开此工作簿时加载采购跟单（这样功能区的“跟单报告”第一次单击即可生效）", "默认关闭。"],
    ["ja", "このブックを開いたときに発注フォローアップを読み込む（リボンの［フォローアップ報告］が最初のクリックで動作します）", "既定ではオフです。"],
  ])("%s: off, enabled, with its help", (lang, label, help) => {
    const html = render({ kind: "ready", on: false, inMemory: false, saving: false, outcome: null, failure: null }, lang);
    expect(html).toContain(label);
    expect(html).toContain(help);
    expect(switchInput(html)).not.toMatch(/\schecked=""/);
    expect(switchInput(html)).not.toMatch(/\sdisabled=""/);
    expect(html).not.toContain('data-testid="startup-in-memory"');
  });

  test("on, in the playground: checked, with the note that it takes effect in Excel and what happens next", () => {
    const html = render({ kind: "ready", on: true, inMemory: true, saving: false, outcome: "turnedOn", failure: null });
    expect(switchInput(html)).toMatch(/\schecked=""/);
    expect(html).toContain("Playground: the choice is remembered for this in-memory workbook only; it takes effect in Excel.");
    expect(html).toContain("PO Follow-up will load the next time this workbook is opened.");
  });

  test.each<[Lang, string]>([
    ["en", "loading with the workbook needs the shared runtime (SharedRuntime 1.1)"],
    ["zh-CN", "随工作簿加载需要共享运行时（SharedRuntime 1.1）"],
    ["ja", "共有ランタイム（SharedRuntime 1.1）が必要です"],
  ])("%s, an old host: disabled and off, with the reason", (lang, reason) => {
    const html = render({ kind: "unavailable", reason: "needsSharedRuntime" }, lang);
    expect(switchInput(html)).toMatch(/\sdisabled=""/);
    expect(switchInput(html)).not.toMatch(/\schecked=""/);
    expect(html).toContain(reason);
  });

  test("a refusal: the switch stays as it was, the message says it was not changed", () => {
    const html = render({ kind: "ready", on: false, inMemory: false, saving: false, outcome: null, failure: "Access denied." });
    expect(html).toContain("The setting was not changed: Access denied.");
    expect(switchInput(html)).not.toMatch(/\schecked=""/);
  });

  test("the behaviour could not be read: disabled, and said as a failed read (nothing was being changed)", () => {
    const html = render({ kind: "unavailable", reason: "failed", message: "The host did not answer." });
    expect(html).toContain("Could not read whether PO Follow-up loads with this workbook: The host did not answer.");
    expect(html).not.toContain("not changed");
    expect(switchInput(html)).toMatch(/\sdisabled=""/);
  });

  test("the Settings view carries the section after the rules form (checking until the workbook answers)", async () => {
    const workbook = InMemoryWorkbook.withSheets({ Sheet1: [] });
    const store = new AppStore(excelServices({ startupHost: () => inMemoryOffice(workbook) }), fixedToday(46346), "en");
    const html = renderToString(
      <StoreContext.Provider value={store}>
        <I18nContext.Provider value={makeI18n("en")}>
          <SettingsView />
        </I18nContext.Provider>
      </StoreContext.Provider>,
    );
    expect(html.indexOf('data-testid="startup-section"')).toBeGreaterThan(html.indexOf('data-testid="save-settings"'));
    expect(html).toContain("Checking whether PO Follow-up loads with this workbook…");
    expect(switchInput(html)).toMatch(/\sdisabled=""/);
  });
});
