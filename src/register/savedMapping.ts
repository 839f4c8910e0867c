/**
 * The column mapping the buyer saves in the workbook names columns by header text (it survives
 * inserted columns); the parser takes column indexes. These two functions translate between them for
 * one header row. The task pane, the ribbon command and the headless runner all map through here.
 */
import type { FieldKey } from "../model";
import type { ColumnOverride, Detection } from "./detectColumns";
import { headerText } from "./detectColumns";
import { normalizeHeader } from "./normalizeHeader";

/** Field → header text of its column; "" = the buyer chose "not mapped". */
export type ColumnMapping = Partial<Record<FieldKey, string>>;

/** Saved header texts → column indexes of this header row; a header no longer there is dropped (detection decides). */
export function overrideFromMapping(headers: readonly unknown[], mapping: ColumnMapping): ColumnOverride {
  const index = new Map<string, number>();
  Array.from(headers, headerText).forEach((h, i) => {
    const key = normalizeHeader(h);
    if (key && !index.has(key)) index.set(key, i);
  });
  const override: ColumnOverride = {};
  for (const [field, header] of Object.entries(mapping) as [FieldKey, string][]) {
    if (header === "") {
      override[field] = null; // the buyer chose "not mapped"
      continue;
    }
    const column = index.get(normalizeHeader(header));
    if (column !== undefined) override[field] = column;
  }
  return override;
}

/** The mapping as detected (and corrected), by header text, to save in the workbook; "" = not mapped on purpose. */
export function mappingFromDetection(detection: Detection, override: ColumnOverride = {}): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const match of detection.matches) if (match.header) mapping[match.field] = match.header;
  for (const [field, column] of Object.entries(override) as [FieldKey, number | null][]) if (column === null) mapping[field] = "";
  return mapping;
}
