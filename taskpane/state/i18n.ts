import { createContext, useContext } from "react";
import { translator, type Lang, type Translate } from "../../src/i18n/i18n";
import { taskpaneCatalog, type TaskpaneKey } from "../../src/i18n/catalogs/taskpane";

export type T = Translate<TaskpaneKey>;

export interface I18n {
  lang: Lang;
  t: T;
}

export function makeI18n(lang: Lang): I18n {
  return { lang, t: translator(taskpaneCatalog, lang) };
}

export const I18nContext = createContext<I18n>(makeI18n("en"));

/** The translate function and language of the task pane. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
