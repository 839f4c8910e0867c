import { renderToString } from "react-dom/server";
import { App } from "../../taskpane/App";
import { AppStore } from "../../taskpane/state/store";
import type { Services, Snapshot } from "../../taskpane/state/services";
import { fixedToday } from "../../taskpane/state/today";
import { filterChoices } from "../../taskpane/views/today/filters";
import { FIRST_CARDS } from "../../taskpane/views/today/progressive";
import { chaseList } from "../../src/followup/chaseList";
import { generateRegister } from "../../src/sample/generateRegister";
import type { LineStatus } from "../../src/followup/types";
import type { Serial } from "../../src/model";
import { snapshotOf as snapshotAt } from "./snapshot";

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

  test("the first paint holds the summary of the whole list and the first supplier cards only; the view is busy until the rest follows", async () => {
    expect(groups.length).toBeGreaterThan(FIRST_CARDS);
    const html = await todayHtml(snapshot);
    const lines = groups.reduce((n, g) => n + g.lines.length, 0);
    expect(html).toContain(`${groups.length} suppliers · ${lines} lines`);
    expect(count(html, /data-testid="supplier-card"/)).toBe(FIRST_CARDS);
    expect(html).toMatch(/aria-busy="true"[^>]*data-testid="today-view"/);
    // The cards shown are the most urgent ones, in the engine's order.
    const shown = [...html.matchAll(/data-testid="supplier-card" data-supplier="([^"]*)"/g)].map((m) => m[1]);
    expect(shown).toEqual(groups.slice(0, FIRST_CARDS).map((g) => g.supplier));
  });

  test("a card lists its first 20 lines as plain buttons that open the line", async () => {
    const html = await todayHtml(snapshot);
    const first = groups[0];
    expect(first.lines.length).toBeGreaterThan(20);
    const card = html.slice(html.indexOf('data-testid="supplier-card"'), html.indexOf("</article>"));
    const keys = [...card.matchAll(/<button type="button" class="[^"]*" data-line-key="([^"]*)"/g)].map((m) => m[1]);
    expect(keys).toEqual(first.lines.slice(0, 20).map((s) => s.line.key));
    expect(card).toContain(`… and ${first.lines.length - 20} more`);
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

describe("filter choices", () => {
  const line = (buyer: string | null | undefined, supplier: string | null | undefined) => ({ line: { buyer, supplier } }) as unknown as LineStatus;

  test("distinct names, trimmed, compared without case, kept as first written, sorted; blanks and unknowns left out", () => {
    const statuses = [
      line(" Li Wei ", "Müller GmbH"),
      line("li wei", "Acme"),
      line("Anna", " acme "),
      line("", null),
      line(undefined, "   "),
      line("Anna", "Acme"),
      line("Sato", "müller gmbh"),
    ];
    expect(filterChoices(statuses)).toEqual({ buyers: ["Anna", "Li Wei", "Sato"], suppliers: ["Acme", "Müller GmbH"] });
  });
});
