import { readFileSync } from "fs";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildRulesDoc } = require("../../scripts/build-rules-doc.js") as { buildRulesDoc: () => string };

test("docs/rules.md is up to date with docs/rules/*.md (run node scripts/build-rules-doc.js)", () => {
  const committed = readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
  expect(committed).toBe(buildRulesDoc());
});
