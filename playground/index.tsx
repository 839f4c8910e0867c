import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
});
