/**
 * "The add-in's settings were just saved, in this runtime": a signal for the custom functions of the
 * shared runtime. Excel's own SettingCollection.onSettingsChanged covers saves by others (another
 * batch, a co-author), but Microsoft's sample (office-js-snippets, events-workbook-and-worksheet-
 * collection.yaml) notes it may not fire for a save made with settings.add, which is how
 * settingsStore.ts saves: so a save here also says so directly.
 */
const listeners = new Set<() => void>();

export function onSettingsSaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifySettingsSaved(): void {
  for (const listener of listeners) {
    try {
      listener();
    } catch {
      // a listener's failure is not the save's
    }
  }
}
