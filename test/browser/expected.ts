/**
 * What Today must show for the playground's sample register, computed straight from the engine in
 * Node (no Excel, no UI): the browser test then checks that the whole path — in-memory Excel →
 * src/excel → parser → engine → React — shows the same thing.
 */
import { DEFAULT_SETTINGS } from "../../src/settings/settings";
import { sampleRegister } from "../../src/sample/sampleRegister";
import { parseRegister } from "../../src/register/parseRegister";
import { evaluateRegister } from "../../src/followup/evaluateRegister";
import { chaseList } from "../../src/followup/chaseList";
import { customerImpact, ordersAtRiskByLine } from "../../src/impact/customerImpact";
import { predictArrivals } from "../../src/predict/predictArrivals";
import { calendarFromSettings } from "../../src/followup/calendarFromSettings";
import type { ChaseGroup } from "../../src/followup/types";
import { serialFromYmd } from "../../src/dates/serial";
import { AS_OF } from "./harness";
import { PLAYGROUND_SAMPLE } from "../../playground/seedWorkbook";

export function expectedToday(): ChaseGroup[] {
  const [y, m, d] = AS_OF.split("-").map(Number);
  const asOf = serialFromYmd(y, m, d)!;
  const values = sampleRegister({ asOf, lines: 240, lang: "en", ...PLAYGROUND_SAMPLE });
  const parsed = parseRegister({ sheet: "Register", values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
  const statuses = evaluateRegister(parsed.lines, [], DEFAULT_SETTINGS, asOf);
  // The playground's sample feeds a few customer orders: Today puts the suppliers threatening one first (as the pane's pipeline).
  const impact = customerImpact(statuses, predictArrivals(statuses, [], DEFAULT_SETTINGS, asOf), calendarFromSettings(DEFAULT_SETTINGS));
  return chaseList(statuses, asOf, {}, ordersAtRiskByLine(impact));
}
