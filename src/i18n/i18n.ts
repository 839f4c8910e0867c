/**
 * Message catalogues in English, Simplified Chinese and Japanese. Each feature keeps its own
 * catalogue (src/i18n/catalogs/<feature>.ts); TypeScript checks that zh-CN and ja have every key
 * that en has. Placeholders are written {name}; a message may have plural forms for {count}.
 */
export type Lang = "en" | "zh-CN" | "ja";
export const LANGS: readonly Lang[] = ["en", "zh-CN", "ja"];

export type Message = string | { one: string; other: string };
export type Params = Record<string, string | number>;

export type Catalog<K extends string> = Record<Lang, Record<K, Message>>;

/** Declares a catalogue; the type parameter comes from the English messages. */
export function defineCatalog<K extends string>(catalog: {
  en: Record<K, Message>;
  "zh-CN": Record<K, Message>;
  ja: Record<K, Message>;
}): Catalog<K> {
  return catalog;
}

/** Maps an Office display language or browser locale ("zh-Hans-CN", "ja-JP", "fr-FR") to a catalogue language. */
export function resolveLang(locale: string | null | undefined): Lang {
  const lower = (locale ?? "").toLowerCase();
  if (lower.startsWith("zh")) return "zh-CN";
  if (lower.startsWith("ja")) return "ja";
  return "en";
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralCategory(lang: Lang, count: number): "one" | "other" {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count) === "one" ? "one" : "other";
}

/** Fills {placeholders}; unknown placeholders are left visible so a missing parameter shows. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

/** A translate function for one catalogue and language, falling back to English. */
export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  return (key, params) => {
    const message = catalog[lang][key] ?? catalog.en[key];
    const template = typeof message === "string" ? message : message[pluralCategory(lang, Number(params?.count ?? 0))];
    return interpolate(template, params);
  };
}
