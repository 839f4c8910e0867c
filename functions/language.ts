/**
 * The language of the labels PO.STATUS and PO.AGEBUCKET return: Office's display language when the
 * functions run inside Office, English otherwise (tests, benchmarks, a runtime without Office.js).
 */
import { resolveLang, translator, type Lang, type Params } from "../src/i18n/i18n";
import { functionsCatalog, type FunctionsMessage } from "../src/i18n/catalogs/functions";
import { officeDisplayLanguage } from "../src/excel/platform";

/** Outside Office, or before Office.onReady, there is no display language: English. */
export function workbookLanguage(): Lang {
  return resolveLang(officeDisplayLanguage());
}

const cache = new Map<Lang, Map<FunctionsMessage, string>>();

/** The label of a key in the current display language; labels have no placeholders, so each is translated once. */
export function labels(): (key: FunctionsMessage) => string {
  const lang = workbookLanguage();
  let texts = cache.get(lang);
  if (!texts) cache.set(lang, (texts = new Map()));
  const known = texts;
  return (key) => {
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = translator(functionsCatalog, lang)(key)));
    return text;
  };
}

/** An error message in the current display language (messages have placeholders, so they are not cached). */
export function message(key: FunctionsMessage, params?: Params): string {
  return translator(functionsCatalog, workbookLanguage())(key, params);
}
