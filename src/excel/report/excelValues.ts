/**
 * The layout's values as Office.js must receive them: Range.values parses text as if typed, so
 * text Excel could reinterpret ("=x", "0045") is guarded (cellInput.ts). null (leave the cell as
 * it is), numbers and booleans pass unchanged.
 */
import { textInput } from "../cellInput";
import type { SheetValue } from "../../report/layout";

export function excelValue<T extends SheetValue | null>(value: T): T {
  return (typeof value === "string" ? textInput(value) : value) as T;
}

export function excelValues<T extends SheetValue | null>(values: readonly (readonly T[])[]): T[][] {
  return values.map((row) => row.map(excelValue));
}
