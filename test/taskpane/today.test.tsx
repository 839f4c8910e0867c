import { renderToString } from "react-dom/server";
import { App } from "../../taskpane/App";
import { AppStore } from "../../taskpane/state/store";
import type { Services, Snapshot } from "../../taskpane/state/services";
import { fixedToday } from "../../taskpane/state/today";
import { filterChoices } from "../../taskpane/views/today/filters";
import { CARD_LINES, FIRST_CARDS, firstScreenCards } from "../../taskpane/views/today/progressive";
import { chaseList } from "../../src/followup/chaseList";
import { stageRiskLines } from "../../src/followup/stageRiskLines";
import { generateRegister } from "../../src/sample/generateRegister";
import type { LineStatus } from "../../src/followup/types";
import type { Serial } from "../../src/model";
import { snapshotOf as snapshotAt } from "./snapshot";
import { runPipeline } from "../../src/pipeline";
import { registerSources } from "../fixtures/sources";
import { SupplierCard } from "../../taskpane/views/today/SupplierCard";
import { StoreContext } from "../../taskpane/state/context";
import { I18nContext, makeI18n } from "../../taskpane/state/i18n";
import type { Prediction } from "../../src/predict/predictArrival";
import { formatIsoDate } from "../../src/dates/serial";

const AS_OF = 46346 as Serial; // 2026-11-20

/** The snapshot the pipeline makes of a register matrix (header first) at AS_OF. */
const snapshotOf = (values: (string | number)[][]): Snapshot => snapshotAt(values, AS_OF);

/** Just what loading and showing Today asks of the workbook. */
function servicesFor(snapshot: Snapshot): Services {
  return {
    load: async () => snapshot,
    onSelectionChanged: async () => () => undefined,
    watchReports: async () => () => undefined,
  } as Partial<Services> as Services;
}

async function todayHtml(snapshot: Snapshot): Promise<string> {
  const store = new AppStore(servicesFor(snapshot), fixedToday(AS_OF), "en");
  await store.load();
  return renderToString(<App store={store} env={{ lang: "en", theme: "light" }} />);
}

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern.source, "g"))?.length ?? 0;

describe("Today at scale", () => {
  const snapshot = snapshotOf(generateRegister(2000, 1, AS_OF));
  const groups = chaseList(snapshot.statuses, AS_OF);

  test("the first screen reads only the followed-up lines' statuses (the pane's load leaves the others for later) and shows the same", async () => {
    const model = runPipeline(registerSources(generateRegister(2000, 1, AS_OF), { tableName: "Register" }), { asOf: AS_OF, settledLater: true, predictions: false });
    let reads = 0;
    const later: Snapshot = {
      ...snapshot,
      followed: model.followed!,
      get statuses() {
        reads++;
        return model.statuses;
      },
    };
    expect(model.followed!.length).toBeGreaterThan(0);
    expect(model.followed!.length).toBeLessThan(snapshot.statuses.length);
    expect(await todayHtml(later)).toBe(await todayHtml(snapshot));
    expect(reads).toBe(0);
    // The whole list and the stage risks (below the cards, after the first screen) from followed alone, as from every status.
    expect(chaseList(model.followed!, AS_OF)).toEqual(chaseList(snapshot.statuses, AS_OF));
    expect(stageRiskLines(model.followed!, {})).toEqual(stageRiskLines(snapshot.statuses, {}));
    expect(stageRiskLines(snapshot.statuses, {}).length).toBeGreaterThan(0);
  });

  test("the first paint holds the summary of the whole list and the first supplier cards only; the view is busy until the rest follows", async () => {
    // The first supplier has more than 20 lines: its card alone fills the first screen.
    expect(groups[0].lines.length).toBeGreaterThan(20);
    expect(firstScreenCards(groups)).toBe(1);
    expect(groups.length).toBeGreaterThan(1);
    const html = await todayHtml(snapshot);
    // Suppliers to chase now, then the lines the supplier gap holds back (their cards follow, greyed).
    const now = groups.filter((g) => !g.heldBack);
    const lines = now.reduce((n, g) => n + g.lines.length, 0);
    const held = groups.filter((g) => g.heldBack).reduce((n, g) => n + g.lines.length, 0);
    expect(html).toContain(`${now.length} suppliers · ${lines} lines${held ? ` · ${held} lines held back` : ""}`);
    expect(count(html, /data-testid="supplier-card"/)).toBe(1);
    expect(html).toMatch(/aria-busy="true"[^>]*data-testid="today-view"/);
    // The card shown is the most urgent one, in the engine's order.
    const shown = [...html.matchAll(/data-testid="supplier-card" data-supplier="([^"]*)"/g)].map((m) => m[1]);
    expect(shown).toEqual([groups[0].supplier]);
  });

  test("the first paint's cards: the first ones until their lines fill a screen (12 rows), at least one, at most three", () => {
    const cards = (...lines: number[]) => lines.map((n) => ({ lines: new Array(n).fill(null) }));
    expect(FIRST_CARDS).toBe(3);
    expect(firstScreenCards([])).toBe(0);
    expect(firstScreenCards(cards(40, 5))).toBe(1); // 20 rows shown (a card lists 20) ≥ 12
    expect(firstScreenCards(cards(12, 5))).toBe(1); // 12 ≥ 12
    expect(firstScreenCards(cards(5, 6, 1, 9))).toBe(3); // 5, 11, 12 ≥ 12 at the third
    expect(firstScreenCards(cards(2, 3, 4, 9))).toBe(3); // 2, 5, 9: never a screen, three at most
    expect(firstScreenCards(cards(2, 3))).toBe(2); // the whole list
  });

  test("a card lists its first 20 lines as plain buttons that open the line", async () => {
    const html = await todayHtml(snapshot);
    const first = groups[0];
    expect(first.lines.length).toBeGreaterThan(20);
    const card = html.slice(html.indexOf('data-testid="supplier-card"'), html.indexOf("</article>"));
    const keys = [...card.matchAll(/<button type="button" class="[^"]*" data-line-key="([^"]*)"/g)].map((m) => m[1]);
    expect(keys).toEqual(first.lines.slice(0, CARD_LINES).map((s) => s.line.key));
    expect(card).toContain(`… and ${first.lines.length - CARD_LINES} more`);
  });

  test("a card offers a letter per PO as plain buttons (no Fluent component each), one for each PO of the lines it shows, in the order they first come", async () => {
    const html = await todayHtml(snapshot);
    const first = groups[0];
    const poOf = (s: LineStatus) => String(s.line.poNumber).trim();
    const shown = [...new Set(first.lines.slice(0, CARD_LINES).map(poOf))];
    const all = [...new Set(first.lines.map(poOf))];
    // The supplier has more POs than its first 20 lines hold: the others come with "… and N more".
    expect(all.length).toBeGreaterThan(shown.length);
    expect(shown.length).toBeGreaterThan(1);
    const card = html.slice(html.indexOf('data-testid="supplier-card"'), html.indexOf("</article>"));
    const buttons = [...card.matchAll(/<button type="button" class="pof-smallButton" aria-label="Draft for PO ([^"]*)" aria-expanded="false" data-po="([^"]*)">/g)];
    expect(buttons.map((m) => m[2])).toEqual(shown);
    expect(buttons.every((m) => m[1] === m[2])).toBe(true);
  });

  test("a supplier whose first 20 lines are one PO still offers that PO's own letter when it has others", () => {
    // 21 lines of PO-A (all late), then one of PO-B: the card shows PO-A's 20 lines, and PO-A's letter is not the supplier's.
    const rows: (string | number)[][] = [["PO number", "Line", "Supplier", "Promised date", "Ordered qty"]];
    for (let i = 1; i <= 21; i++) rows.push(["PO-A", i * 10, "Acme", 46330, 5]);
    rows.push(["PO-B", 10, "Acme", 46330, 5]);
    const [group] = chaseList(snapshotOf(rows).statuses, AS_OF);
    expect(group.lines).toHaveLength(22);
    const html = renderToString(
      <StoreContext.Provider value={new AppStore(servicesFor(snapshotOf(rows)), fixedToday(AS_OF), "en")}>
        <I18nContext.Provider value={makeI18n("en")}>
          <SupplierCard group={group} asOf={AS_OF} />
        </I18nContext.Provider>
      </StoreContext.Provider>,
    );
    const pos = [...html.matchAll(/data-po="([^"]*)"/g)].map((m) => m[1]);
    expect(pos).toEqual([...new Set(group.lines.slice(0, CARD_LINES).map((s) => String(s.line.poNumber)))]);
    expect(pos).toHaveLength(1);
    expect(html).toContain('data-testid="draft-per-po"');
  });

  test("the first paint's buyer and supplier filters offer All only: their names are sorted once Today is on screen", async () => {
    const html = await todayHtml(snapshot);
    for (const id of ["filter-buyer", "filter-supplier"]) {
      const select = html.slice(html.indexOf(`data-testid="${id}"`), html.indexOf("</select>", html.indexOf(`data-testid="${id}"`)));
      expect(count(select, /<option/)).toBe(1);
    }
  });

  test("a short list is not busy: every card comes at once", async () => {
    const short = snapshotOf([
      ["PO number", "Supplier", "Promised date", "Ordered qty"],
      ["PO-1", "Acme", 46339, 5],
      ["PO-2", "Müller GmbH", 46339, 5],
    ]);
    const html = await todayHtml(short);
    expect(chaseList(short.statuses, AS_OF)).toHaveLength(2);
    expect(count(html, /data-testid="supplier-card"/)).toBe(2);
    expect(html).toMatch(/aria-busy="false"[^>]*data-testid="today-view"/);
  });
});

describe("a supplier held back by the minimum gap between chases", () => {
  // Fri 20 Nov 2026 (46346). Acme was chased on Thu 19 Nov (46345) on PO-1: with the default gap of 2
  // working days its next chase is WORKDAY(19 Nov, 2) = Mon 23 Nov. PO-2 (promised Fri 13 Nov, never
  // chased) is due by its own schedule since its pre-due reminder, so it is held back, not dropped.
  // Bolt (promised 13 Nov, never chased) is to chase now.
  const snapshot = snapshotOf([
    ["PO number", "Supplier", "Promised date", "Ordered qty", "Last chase"],
    ["PO-1", "Acme", 46339, 5, 46345],
    ["PO-2", "Acme", 46339, 5, ""],
    ["PO-3", "Bolt", 46339, 5, ""],
  ]);

  test("its card stays on Today after the suppliers to chase, greyed, with its next chase date and why", async () => {
    const html = await todayHtml(snapshot);
    expect(html).toContain("1 supplier · 1 line · 2 lines held back");
    const cards = [...html.matchAll(/data-testid="supplier-card" data-supplier="([^"]*)"( data-held-back="true" data-next-chase="([^"]*)")?/g)];
    expect(cards.map((m) => [m[1], m[3] ?? null])).toEqual([
      ["Bolt", null],
      ["Acme", "2026-11-23"],
    ]);
    const acme = html.slice(html.indexOf('data-supplier="Acme"'));
    expect(acme).toContain("Next chase on 2026-11-23");
    expect(acme).toContain("Last chased on 2026-11-19; chases of one supplier are kept 2 working days apart.");
    expect(acme).toContain('data-line-key="PO-2"');
    expect(acme).not.toContain("Draft message");
  });
});

describe("filter choices", () => {
  const line = (buyer: string | null | undefined, supplier: string | null | undefined) => ({ buyer, supplier });

  test("distinct names, trimmed, compared without case, kept as first written, sorted; blanks and unknowns left out", () => {
    const lines = [
      line(" Li Wei ", "Müller GmbH"),
      line("li wei", "Acme"),
      line("Anna", " acme "),
      line("", null),
      line(undefined, "   "),
      line("Anna", "Acme"),
      line("Sato", "müller gmbh"),
    ];
    expect(filterChoices(lines)).toEqual({ buyers: ["Anna", "Li Wei", "Sato"], suppliers: ["Acme", "Müller GmbH"] });
  });
});

describe("predicted arrival on Today (issue 13)", () => {
  const snapshot = snapshotOf(generateRegister(200, 1, AS_OF));
  const [group] = chaseList(snapshot.statuses, AS_OF);
  const [late, other] = group.lines;

  function cardHtml(predictionOf?: (key: string) => Prediction | undefined): string {
    const store = new AppStore(servicesFor(snapshot), fixedToday(AS_OF), "en");
    return renderToString(
      <StoreContext.Provider value={store}>
        <I18nContext.Provider value={makeI18n("en")}>
          <SupplierCard group={group} asOf={AS_OF} predictionOf={predictionOf} />
        </I18nContext.Provider>
      </StoreContext.Provider>,
    );
  }

  test("before the predictions are worked out (the first paint) the card shows none", () => {
    expect(cardHtml()).not.toContain("expected-arrival");
  });

  test("a line expected after its due date says when; one expected on time says nothing", () => {
    expect(typeof late.due).toBe("number");
    const due = late.due as number;
    // P50 two days after the due date is news; a P50 on the due date is not.
    const predictions = new Map<string, Prediction>([
      [late.line.key, { p50: due + 2, p90: due + 5 } as Prediction],
      [other.line.key, { p50: other.due as number, p90: (other.due as number) + 1 } as Prediction],
    ]);
    const html = cardHtml((key) => predictions.get(key));
    expect(count(html, /data-testid="expected-arrival"/)).toBe(1);
    expect(html).toContain(`expected ${formatIsoDate(due + 2)}`);
  });
});
