/**
 * Register columns the add-in may write (DESIGN.md "Rules of the house"). Apart from writeChase.ts so that
 * the task pane knows them at load without the code that writes (a chunk of its own, loaded after Today).
 */
export const WRITABLE_FIELDS = [
  "promisedDate",
  "lastChaseDate",
  "nextChaseDate",
  "stage",
  "delayReason",
  "shipDate",
  "eta",
  "carrier",
  "tracking",
  "acceptedQty",
  "rejectedQty",
] as const;
export type WritableField = (typeof WRITABLE_FIELDS)[number];
