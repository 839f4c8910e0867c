/** The saved settings' problems as sentences, the same words in the task pane, the report command and `check`. */
import type { Lang } from "../i18n/i18n";
import { translator } from "../i18n/i18n";
import { settingsCatalog } from "../i18n/catalogs/settings";
import { describeSettingsError } from "../settings/describeSettingsError";
import type { SettledSettings } from "./settle";

export function settingsProblemTexts(settled: Pick<SettledSettings, "problems" | "recordProblem">, lang: Lang): string[] {
  const texts = settled.problems.map((problem) => describeSettingsError(problem, lang));
  if (settled.recordProblem) texts.unshift(translator(settingsCatalog, lang)(`record_${settled.recordProblem}`));
  return texts;
}
