import { createRoot } from "react-dom/client";
import { App } from "./App";

/* Office.onReady resolves inside Excel and, with host null, in a plain browser (the playground). */
Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
});
