import { renderToString } from "react-dom/server";
import { App, preloadViews } from "../../taskpane/App";

// The Line, Set up and Settings views load on first use; server rendering cannot wait, so load them first.
beforeAll(() => preloadViews());
import { AppStore } from "../../taskpane/state/store";
import type { Services, Snapshot } from "../../taskpane/state/services";
import { fixedToday } from "../../taskpane/state/today";
import { oneLineSnapshot } from "./snapshot";
import type { Serial } from "../../src/model";
import type { Lang } from "../../src/i18n/i18n";
import { chaseDraft } from "../fixtures/chaseDraft";

// One open line promised 2026-11-13 (46339), 5 ordered, none received: overdue on 2026-11-20.
const PROMISED = 46339;
const SNAPSHOT: Snapshot = oneLineSnapshot(PROMISED);
/** What the pipeline gives for that register on the day load() is asked for. */
const snapshotOn = (asOf: Serial): Snapshot => oneLineSnapshot(PROMISED, asOf);

const DRAFT = chaseDraft();

/**
 * Fake workbook: load(asOf) returns the snapshot evaluated on that day (or null: no register), as the
 * pipeline does; logChases records the date it was given.
 */
function fakeServices(snapshot: ((asOf: Serial) => Snapshot) | null, logged: Serial[]): Services {
  const unused = () => {
    throw new Error("not used here");
  };
  return {
    load: async (asOf) => (snapshot ? snapshot(asOf) : null),
    preload: async () => undefined,
    sources: unused,
    preview: unused,
    useSource: unused,
    createRegister: unused,
    saveSettings: unused,
    logChases: async (_s, lines, _d, asOf) => {
      logged.push(asOf);
      return { ok: true, count: lines.length };
    },
    selectCell: async () => undefined,
    selectedCell: async () => ({ sheet: "Elsewhere", row: 1 }),
    onSelectionChanged: async () => () => undefined,
    suggestNextChase: () => null,
    runReport: unused,
    watchReports: async () => () => undefined,
  };
}

/** A clock the test moves: the pane's "today". */
function movableToday(start: Serial) {
  let day = start;
  return { today: () => day, set: (next: Serial) => (day = next) };
}

describe("today is asked again (a pane left open overnight)", () => {
  test("a re-read that fails keeps the day shown with the statuses it belongs to, and logs nothing on them", async () => {
    const clock = movableToday(46346);
    const logged: Serial[] = [];
    const services = fakeServices(snapshotOn, logged);
    let fail = false;
    const store = new AppStore(
      { ...services, load: async (asOf, lang) => (fail ? Promise.reject(new Error("connection lost")) : services.load(asOf, lang)) },
      clock.today,
      "en",
    );
    await store.load();
    clock.set(46349);
    fail = true;
    const result = await store.logChases(store.getState().snapshot!.statuses, DRAFT, () => "done");
    expect(result).toEqual({ ok: false, message: "connection lost" });
    expect(store.getState()).toMatchObject({ phase: "error", asOf: 46346 }); // the day of the statuses still held
    expect(logged).toEqual([]);
  });

  test("every load uses the day it runs on, not the day the pane started", async () => {
    const clock = movableToday(46346); // 2026-11-20
    const asked: [Serial, Lang][] = [];
    const services = fakeServices(snapshotOn, []);
    const store = new AppStore(
      { ...services, load: (asOf, lang) => (asked.push([asOf, lang]), services.load(asOf, lang)) },
      clock.today,
      "en",
    );
    await store.load();
    expect(store.getState().asOf).toBe(46346);
    expect(store.getState().snapshot!.statuses[0].daysLate).toBe(7); // 46346 − 46339
    clock.set(46349); // Monday 2026-11-23
    await store.load();
    expect(store.getState().asOf).toBe(46349);
    expect(store.getState().snapshot!.statuses[0].daysLate).toBe(10); // 46349 − 46339
    expect(asked).toEqual([
      [46346, "en"],
      [46349, "en"],
    ]); // the clock read once per load and handed to the pipeline, with the display language
  });

  test("the statuses shown are the pipeline's, for the day it evaluated (the store does not evaluate again)", async () => {
    const evaluated = snapshotOn(46346);
    const store = new AppStore(
      fakeServices(() => evaluated, []),
      fixedToday(46346),
      "en",
    );
    await store.load();
    expect(store.getState().snapshot).toBe(evaluated);
    expect(store.getState().snapshot!.statuses).toBe(evaluated.statuses);
    expect(store.getState().asOf).toBe(evaluated.asOf);
  });

  test("regaining focus on a new day re-reads; on the same day it does not", async () => {
    const clock = movableToday(46346);
    let loads = 0;
    const services = fakeServices(snapshotOn, []);
    const counting: Services = { ...services, load: async (asOf) => (loads++, snapshotOn(asOf)) };
    const store = new AppStore(counting, clock.today, "en");
    await store.load();
    await store.refreshIfNewDay();
    expect(loads).toBe(1);
    clock.set(46347);
    await store.refreshIfNewDay();
    expect(loads).toBe(2);
    expect(store.getState().asOf).toBe(46347);
  });

  test("a chase saved after midnight is dated today, on today's statuses", async () => {
    const clock = movableToday(46346);
    const logged: Serial[] = [];
    const store = new AppStore(fakeServices(snapshotOn, logged), clock.today, "en");
    await store.load();
    const line = store.getState().snapshot!.statuses[0];
    expect(line.daysLate).toBe(7);
    clock.set(46347);
    const result = await store.logChases([line], DRAFT, (n) => `${n} logged`);
    expect(result).toEqual({ ok: true, count: 1 });
    expect(logged).toEqual([46347]);
    expect(store.getState().snapshot!.statuses[0].daysLate).toBe(8); // 46347 − 46339
  });

  test("a fixed today (the playground's ?asOf=) never moves", async () => {
    const store = new AppStore(fakeServices(snapshotOn, []), fixedToday(46346), "en");
    await store.load();
    await store.load();
    expect(store.getState().asOf).toBe(46346);
  });
});

describe("store messages are in the display language", () => {
  test.each<[Lang, string]>([
    ["en", "No register is open."],
    ["zh-CN", "没有打开的台账。"],
    ["ja", "台帳が開かれていません。"],
  ])("saving without a register (%s)", async (lang, message) => {
    const store = new AppStore(fakeServices(null, []), fixedToday(46346), lang);
    await store.load();
    const line = { line: { key: "x" } } as Parameters<AppStore["logChases"]>[0][number];
    await expect(store.logChases([line], DRAFT, () => "")).resolves.toEqual({ ok: false, message });
  });
});

describe("Today's level filter", () => {
  test("options are whole phrases a screen reader can read, not 'urgent+'", async () => {
    const store = new AppStore(fakeServices(snapshotOn, []), fixedToday(46346), "en");
    await store.load();
    const html = renderToString(<App store={store} env={{ lang: "en", theme: "light" }} />);
    expect(html).toContain("Level 2 (urgent) and above");
    expect(html).not.toMatch(/\+<\/option>/);
  });
});

describe("Line view in Chinese", () => {
  test("stage choices show Chinese labels while the option values stay the register's codes", async () => {
    const store = new AppStore(fakeServices(snapshotOn, []), fixedToday(46346), "zh-CN");
    await store.load();
    store.openLine(store.getState().snapshot!.statuses[0].line.key);
    const html = renderToString(<App store={store} env={{ lang: "zh-CN", theme: "light" }} />);
    expect(html).toContain('<option value="Shipped">已发货</option>');
    expect(html).not.toContain(">Shipped<");
  });
});

describe("a chase refused because the register changed under the pane", () => {
  test("the store reads the workbook again and keeps the failure (and the form's text) for the buyer", async () => {
    let loads = 0;
    const services = fakeServices(snapshotOn, []);
    const refusing: Services = {
      ...services,
      load: async () => (loads++, SNAPSHOT),
      logChases: async () => ({ ok: false, message: "The register changed", reload: true }),
    };
    const store = new AppStore(refusing, () => 46346, "en");
    await store.load();
    const result = await store.logChases(store.getState().snapshot!.statuses, DRAFT, () => "done");
    expect(result).toEqual({ ok: false, message: "The register changed", reload: true });
    expect(loads).toBe(2);
  });

  test("other failures do not reload", async () => {
    let loads = 0;
    const services = fakeServices(snapshotOn, []);
    const failing: Services = {
      ...services,
      load: async () => (loads++, SNAPSHOT),
      logChases: async () => ({ ok: false, message: "Excel is busy" }),
    };
    const store = new AppStore(failing, () => 46346, "en");
    await store.load();
    await store.logChases(store.getState().snapshot!.statuses, DRAFT, () => "done");
    expect(loads).toBe(1);
  });
});

describe("creating the register", () => {
  test("the sample is made for today, and the pane then loads the new register", async () => {
    const created: [boolean, Lang, Serial][] = [];
    const services = fakeServices(snapshotOn, []);
    const store = new AppStore(
      {
        ...services,
        createRegister: async (withSample, lang, asOf) => {
          created.push([withSample, lang, asOf]);
          return { registerCreated: true, refused: [] };
        },
      },
      fixedToday(46346),
      "ja",
    );
    await store.createRegister(true);
    expect(created).toEqual([[true, "ja", 46346]]);
    expect(store.getState()).toMatchObject({ phase: "ready", view: "today", asOf: 46346, notice: "台帳を作成しました。" });
    expect(store.getState().snapshot!.statuses).toHaveLength(1);
  });

  test("a register that already exists is not created: the pane stays on Set up and does not re-read", async () => {
    let loads = 0;
    const services = fakeServices(snapshotOn, []);
    const store = new AppStore(
      {
        ...services,
        load: (asOf, lang) => {
          loads++;
          return services.load(asOf, lang);
        },
        createRegister: async () => ({ registerCreated: false, refused: ["Register", "Chase log"] }),
      },
      fixedToday(46346),
      "en",
    );
    await store.load();
    store.setView("setup");
    const creation = await store.createRegister(true);
    expect(creation).toEqual({ registerCreated: false, refused: ["Register", "Chase log"] });
    expect(store.getState()).toMatchObject({ view: "setup", notice: null });
    expect(loads).toBe(1);
  });
});
