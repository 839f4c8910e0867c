import { createRoot } from "react-dom/client";
import { App } from "./App";
import { AppStore } from "./state/store";
import { currentEnvironment } from "./state/environment";
import { excelServices } from "./state/excelServices";
import { makeI18n } from "./state/i18n";
import { systemToday } from "./state/today";

/* Office.onReady resolves inside Excel (and, with host null, in a plain browser). Every workbook call,
 * selection events included, goes through src/excel. */
Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const env = currentEnvironment();
  document.documentElement.lang = env.lang;
  document.title = makeI18n(env.lang).t("appTitle");
  // One clock: the store reads today once per load and hands that day to every service call.
  const store = new AppStore(excelServices(), systemToday, env.lang);
  createRoot(container).render(<App store={store} env={env} />);
});
