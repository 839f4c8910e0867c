import * as fs from "fs";
import * as path from "path";
import { LANGS, interpolate, type Catalog, type Lang, type Message } from "../../src/i18n/i18n";

/*
 * Every catalogue in src/i18n/catalogs/ (found by listing the folder, so a new catalogue is checked
 * too): every message key exists in en, zh-CN and ja, and each translation uses exactly the same
 * {placeholders} as English. Placeholders are written {name} (src/i18n/i18n.ts `interpolate`); a
 * message may instead be plural forms { one, other } chosen by {count} — its placeholders are those
 * of all its forms together, since English may need forms where Chinese and Japanese need one string.
 */
const CATALOG_DIR = path.join(__dirname, "../../src/i18n/catalogs");
const PLACEHOLDER = /\{(\w+)\}/g;

type AnyCatalog = Catalog<string>;

function isCatalog(value: unknown): value is AnyCatalog {
  return typeof value === "object" && value !== null && LANGS.every((lang) => typeof (value as Record<string, unknown>)[lang] === "object");
}

/** [file, export name, catalogue] for every catalogue exported by a file of src/i18n/catalogs/. */
function catalogues(): [string, string, AnyCatalog][] {
  const found: [string, string, AnyCatalog][] = [];
  for (const file of fs
    .readdirSync(CATALOG_DIR)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(CATALOG_DIR, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (isCatalog(value)) found.push([file, name, value]);
  }
  return found;
}

function forms(message: Message): string[] {
  return typeof message === "string" ? [message] : [message.one, message.other];
}

function placeholders(message: Message): string[] {
  const names = new Set<string>();
  for (const text of forms(message)) for (const m of text.matchAll(PLACEHOLDER)) names.add(m[1]);
  return [...names].sort();
}

const CATALOGUES = catalogues();

test("every file in src/i18n/catalogs/ exports a catalogue", () => {
  const files = fs.readdirSync(CATALOG_DIR).filter((f) => f.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(0);
  expect([...new Set(CATALOGUES.map(([file]) => file))].sort()).toEqual(files.sort());
});

describe.each(CATALOGUES.map(([file, name, catalog]) => [`${file} (${name})`, catalog] as const))("%s", (_label, catalog) => {
  const english = Object.keys(catalog.en).sort();
  const translations: Lang[] = LANGS.filter((lang) => lang !== "en");

  it.each(translations)("%s has exactly the English keys", (lang) => {
    const keys = Object.keys(catalog[lang]).sort();
    expect({ missing: english.filter((k) => !keys.includes(k)), extra: keys.filter((k) => !english.includes(k)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(translations)("%s uses the same {placeholders} as English in every message", (lang) => {
    const mismatches: string[] = [];
    for (const key of english) {
      const translated = catalog[lang][key];
      if (translated === undefined) continue; // reported by the key test
      const want = placeholders(catalog.en[key]).join(", ");
      const got = placeholders(translated).join(", ");
      if (want !== got) mismatches.push(`${key}: en {${want}} vs ${lang} {${got}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(LANGS)("%s: every message is a string or { one, other }, with well-formed placeholders", (lang) => {
    // An empty message is allowed: the Japanese chase letter, for one, has no sign-off line.
    const problems: string[] = [];
    for (const [key, message] of Object.entries(catalog[lang] as Record<string, Message>)) {
      const ok =
        typeof message === "string" ||
        (typeof message === "object" &&
          message !== null &&
          Object.keys(message).sort().join() === "one,other" &&
          forms(message).every((f) => typeof f === "string"));
      if (!ok) {
        problems.push(`${key}: not a string or { one, other }`);
        continue;
      }
      for (const text of forms(message)) {
        // Once the {name} placeholders are taken out, no brace may remain: "{ count}", "{count", "｛count｝"
        // (full-width) would be shown to the user as is instead of being filled in.
        if (/[{}｛｝]/.test(text.replace(PLACEHOLDER, ""))) problems.push(`${key}: stray brace in ${JSON.stringify(text)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

test("the placeholder syntax checked here is the one interpolate fills", () => {
  // {name} is filled; a placeholder without a parameter stays visible; nothing else is touched.
  expect(interpolate("{count} lines for {supplier}", { count: 3, supplier: "Acme" })).toBe("3 lines for Acme");
  expect(interpolate("PO {po}", {})).toBe("PO {po}");
  expect(placeholders({ one: "{days} day overdue", other: "{days} days overdue" })).toEqual(["days"]);
  expect(placeholders("{a} and {b_2} and {a}")).toEqual(["a", "b_2"]);
});
