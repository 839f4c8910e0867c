/** Entry point for the bin shim: runs the CLI on this process's arguments and sets the exit code. */
import { startWorkersEarly } from "../src/xlsx/rowSegments";
import { namesLargeWorkbook } from "./earlyWorkers";

const argv = process.argv.slice(2);
// Before the rest of the runner loads: the sheet reader's threads start beside it (earlyWorkers.ts).
if (namesLargeWorkbook(argv)) startWorkersEarly();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the threads are started, on purpose
const { main } = require("./main") as typeof import("./main");

main(argv).then(
  (code: number) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`po-followup: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
