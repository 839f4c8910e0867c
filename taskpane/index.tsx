import { createRoot } from "react-dom/client";
import { serialFromLocalDate } from "../src/dates/serial";
import { App } from "./App";
import { AppStore } from "./state/store";
import { currentEnvironment } from "./state/environment";
import { excelServices, type SelectionEvents } from "./state/excelServices";

/** Office's document selection event (the Excel API itself is reached only through src/excel). */
const officeSelectionEvents: SelectionEvents = (handler) =>
  new Promise((resolve) => {
    const document = Office.context?.document;
    if (!document?.addHandlerAsync) {
      resolve(() => undefined);
      return;
    }
    document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler, () =>
      resolve(() => document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler })),
    );
  });

/* Office.onReady resolves inside Excel (and, with host null, in a plain browser). */
Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const env = currentEnvironment();
  document.documentElement.lang = env.lang;
  const asOf = serialFromLocalDate(new Date());
  const store = new AppStore(excelServices({ asOf, selectionEvents: officeSelectionEvents }), asOf, env.lang);
  createRoot(container).render(<App store={store} env={env} />);
});
