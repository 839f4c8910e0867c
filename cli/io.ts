/** What the CLI needs from the outside world; tests pass their own (no process globals in the commands). */
import { translator, resolveLang, type Lang, type Translate } from "../src/i18n/i18n";
import { cliCatalog } from "../src/i18n/catalogs/cli";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** The wall clock (the only clock the runner reads). */
  now: () => Date;
  /** Waits (the supplier letters' rate limit); tests pass one that records instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
}

export type CliKey = keyof (typeof cliCatalog)["en"];
export type CliText = Translate<CliKey>;

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    now: () => new Date(),
  };
}

export function cliText(lang: Lang): CliText {
  return translator(cliCatalog, lang);
}

/** --lang, else the shell's locale (LC_ALL, LC_MESSAGES, LANG: "zh_CN.UTF-8" → zh-CN), else English. */
export function langFrom(option: string | undefined, env: CliIo["env"]): Lang | undefined {
  if (option === undefined) return resolveLang(env.LC_ALL || env.LC_MESSAGES || env.LANG || "en");
  return option === "en" || option === "zh-CN" || option === "ja" ? option : undefined;
}

export const EXIT = { ok: 0, problems: 1, unreadable: 2, sendFailed: 3 } as const;

/** An expected failure: a message for the user and an exit code (no stack trace). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly code: string,
  ) {
    super(message);
  }
}
