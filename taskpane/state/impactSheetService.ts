/** The Customer impact sheet from the pane's snapshot (loaded on first use: its code is not on Today's first page). */
import type { Lang } from "../../src/i18n/i18n";
import { customerImpactTable } from "../../src/report/customerImpactSheet";
import { writeCustomerImpactSheet } from "../../src/excel/impactSheet";
import { runExcel } from "../../src/excel/run";
import type { Snapshot } from "./services";

export function writeImpactSheet(snapshot: Snapshot, lang: Lang, dateSystem: "1900" | "1904") {
  const table = customerImpactTable(snapshot.customerImpact ?? [], (key) => snapshot.predictionOf?.(key), lang);
  return writeCustomerImpactSheet(table, { dateSystem, run: runExcel });
}
