/** Stage codes stay English in the cells (the register's dropdown holds them); the pane shows labels. */
import type { TaskpaneKey } from "../../src/i18n/catalogs/taskpane";
import type { T } from "../state/i18n";

const STAGE_LABELS: Readonly<Record<string, TaskpaneKey>> = {
  Materials: "stage_Materials",
  Production: "stage_Production",
  QC: "stage_QC",
  Packed: "stage_Packed",
  Shipped: "stage_Shipped",
  Customs: "stage_Customs",
  Arrived: "stage_Arrived",
};

/** The display label of a stage code; an unknown code (typed in the sheet) is shown as it is. */
export function stageLabel(code: string, t: T): string {
  const key = Object.prototype.hasOwnProperty.call(STAGE_LABELS, code) ? STAGE_LABELS[code] : undefined;
  return key ? t(key) : code;
}
