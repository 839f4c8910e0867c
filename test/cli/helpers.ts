import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { main } from "../../cli/main";
import type { CliIo } from "../../cli/io";

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with captured output and a fixed clock. */
export async function run(argv: string[], env: Record<string, string | undefined> = {}): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { LANG: "en_US.UTF-8", ...env }, now: () => new Date(2026, 10, 20, 7, 0) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function sha256(file: string): Promise<string> {
  return createHash("sha256").update(await fs.readFile(file)).digest("hex");
}
