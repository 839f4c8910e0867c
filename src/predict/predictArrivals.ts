import type { ChaseEntry, Serial } from "../model";
import type { Settings } from "../settings/settings";
import type { LineStatus } from "../followup/types";
import { calendarFromSettings } from "../followup/calendarFromSettings";
import { predictArrival, type Prediction } from "./predictArrival";
import { slipHistory, DEFAULT_WINDOW, type HistoryWindow } from "./slipHistory";

/** Predicted arrival of every open or partial line, by line key; the history is read once. */
export function predictArrivals(
  statuses: readonly LineStatus[],
  chases: readonly ChaseEntry[],
  settings: Pick<Settings, "weekend" | "holidays">,
  asOf: Serial,
  window: HistoryWindow = DEFAULT_WINDOW,
): Map<string, Prediction> {
  const calendar = calendarFromSettings(settings);
  const history = slipHistory(statuses, chases, calendar, asOf, window);
  const predictions = new Map<string, Prediction>();
  for (const status of statuses) {
    const prediction = predictArrival(status, history, calendar, asOf);
    if (prediction) predictions.set(status.line.key, prediction);
  }
  return predictions;
}
