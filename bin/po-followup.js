#!/usr/bin/env node
/**
 * po-followup: runs the headless follow-up runner (cli/) straight from its TypeScript sources, so it
 * works on a fresh clone after `npm install` with no build step.
 *
 * The sources are transpiled once and cached (bin/register-ts.js), so only the first run pays the
 * transpiling (~3 s); later runs start in about the time Node takes to load exceljs.
 */
"use strict";
const path = require("path");

require("./register-ts");
require(path.join(__dirname, "..", "cli", "index.ts"));
