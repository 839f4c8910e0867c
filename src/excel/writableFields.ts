/**
 * Register columns the add-in may write (DESIGN.md "Rules of the house"). Apart from writeChase.ts so that
 * the task pane knows them at load without the code that writes (a chunk of its own, loaded after Today).
 */
import { fieldKind } from "../register/fields";

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

/** Written and shown as dates (a date format, an ISO date in messages): the fields of kind "date". */
export function isDateField(field: WritableField): boolean {
  return fieldKind(field) === "date";
}
