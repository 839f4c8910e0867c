import { createContext, useContext } from "react";
import { AppStore, useAppState, type AppState } from "./store";

export const StoreContext = createContext<AppStore | null>(null);

/** The store of the task pane (provided by App). */
export function useStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useStore outside <App>");
  return store;
}

/** The store and its current state. */
export function useApp(): [AppState, AppStore] {
  const store = useStore();
  return [useAppState(store), store];
}
