/** Entry point for the bin shim: runs the CLI on this process's arguments and sets the exit code. */
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`po-followup: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
