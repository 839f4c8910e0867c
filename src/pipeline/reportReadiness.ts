/**
 * Whether a report can be built from what the pipeline read: the one rule the ribbon command and the
 * headless runner both follow before writing anything.
 */
import type { FieldKey } from "../model";
import type { WorkbookSources } from "./sources";
import type { WorkbookModel } from "./runPipeline";
import type { ParsedRegister } from "../register/parseRegister";

export type ReportBlocker =
  /** The workbook has no register. */
  | { reason: "notFound" }
  /** The register has a header (or nothing) but no lines. */
  | { reason: "empty"; register: string }
  /** Columns the report cannot do without are not found (both due dates are listed when neither is there). */
  | { reason: "unmapped"; register: string; missing: FieldKey[] };

/** Why no report can be built, or the parsed register one is built from. */
export function reportReadiness(
  sources: WorkbookSources,
  model: WorkbookModel,
): { ready: ParsedRegister; blocker: null } | { ready: null; blocker: ReportBlocker } {
  if (!sources.register) return { ready: null, blocker: { reason: "notFound" } };
  const register = model.register?.name ?? sources.register.tableName ?? sources.register.sheet;
  const parsed = model.parsed;
  if (!parsed) return { ready: null, blocker: { reason: "empty", register } };
  const missing = parsed.detection.missingRequired;
  if (missing.length > 0) return { ready: null, blocker: { reason: "unmapped", register, missing: [...missing] } };
  if (parsed.lines.length === 0) return { ready: null, blocker: { reason: "empty", register } };
  return { ready: parsed, blocker: null };
}
