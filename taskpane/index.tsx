import { createRoot } from "react-dom/client";
import { serialFromLocalDate } from "../src/dates/serial";
import { App } from "./App";
import { AppStore } from "./state/store";
import { currentEnvironment } from "./state/environment";
import { excelServices } from "./state/excelServices";

/* Office.onReady resolves inside Excel (and, with host null, in a plain browser). Every workbook call,
 * selection events included, goes through src/excel. */
Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const env = currentEnvironment();
  document.documentElement.lang = env.lang;
  const asOf = serialFromLocalDate(new Date());
  const store = new AppStore(excelServices({ asOf }), asOf, env.lang);
  createRoot(container).render(<App store={store} env={env} />);
});
