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
  // A getter, not a value: the shared runtime outlives a day, so sample data and reports use today's date.
  const services = excelServices({
    get asOf() {
      return systemToday();
    },
  });
  const store = new AppStore(services, systemToday, env.lang);
  createRoot(container).render(<App store={store} env={env} />);
});
