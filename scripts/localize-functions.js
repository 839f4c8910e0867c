/* Localized custom-function metadata (functions.zh-CN.json, functions.ja.json) from the functions.json
 * that custom-functions-metadata generates out of the JSDoc in functions/functions.ts, plus a
 * translation table per locale in functions/localization/<locale>.json:
 *   { "DAYSLATE": { "description": "…", "parameters": { "due": "…", … } }, … }
 * Excel picks the file through <bt:Override Locale=…> on the metadata URL in manifest.xml.
 *
 * Only descriptions are translated. Ids never change (Excel stores formulas by id); names stay the
 * same too, so a formula reads PO.DAYSLATE in every language, as Excel's own function names do in
 * Chinese and Japanese Excel, and a workbook shared between colleagues keeps working.
 *
 * A build must not ship stale help: a function or parameter without a translation, or a translation
 * for one that no longer exists, throws with the full list of what to fix.
 *
 * Use: as a webpack plugin (LocalizeFunctionsPlugin), from code (localizeFunctionsJson), or from the
 * command line: node scripts/localize-functions.js dist/functions.json
 */
const fs = require("fs");
const path = require("path");

/** Locales with a translation table, and the file name suffix each gets. */
const LOCALES = ["zh-CN", "ja"];
const TABLE_DIR = path.join(__dirname, "..", "functions", "localization");

function loadTable(locale) {
  const file = path.join(TABLE_DIR, `${locale}.json`);
  if (!fs.existsSync(file)) throw new Error(`No translation table for locale "${locale}" (expected ${file})`);
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * functions.json with descriptions in `locale`. `table` defaults to functions/localization/<locale>.json.
 * @param {string} functionsJson
 * @param {string} locale
 * @param {Record<string, {description: string, parameters?: Record<string, string>}>} [table]
 * @returns {string}
 */
function localizeFunctionsJson(functionsJson, locale, table = loadTable(locale)) {
  const metadata = JSON.parse(functionsJson);
  const problems = [];
  const seen = new Set();
  for (const fn of metadata.functions) {
    seen.add(fn.id);
    const entry = table[fn.id];
    if (!entry || typeof entry.description !== "string" || entry.description.trim() === "") {
      problems.push(`${fn.id}: no description`);
      continue;
    }
    fn.description = entry.description;
    const translated = entry.parameters || {};
    const names = new Set();
    for (const parameter of fn.parameters || []) {
      names.add(parameter.name);
      const text = translated[parameter.name];
      if (typeof text !== "string" || text.trim() === "") problems.push(`${fn.id}(${parameter.name}): no description`);
      else parameter.description = text;
    }
    for (const name of Object.keys(translated)) if (!names.has(name)) problems.push(`${fn.id}(${name}): no such parameter`);
  }
  for (const id of Object.keys(table)) if (!seen.has(id)) problems.push(`${id}: no such function`);
  if (problems.length > 0) throw new Error(`functions/localization/${locale}.json is out of date:\n  ${problems.join("\n  ")}`);
  return JSON.stringify(metadata, null, 4);
}

/** File name of the localized metadata: functions.json → functions.zh-CN.json. */
function localizedFileName(fileName, locale) {
  return fileName.replace(/\.json$/, `.${locale}.json`);
}

/**
 * Emits functions.<locale>.json next to the functions.json asset that CustomFunctionsMetadataPlugin adds.
 * Add it after that plugin: new LocalizeFunctionsPlugin({ input: "functions.json" }).
 */
class LocalizeFunctionsPlugin {
  constructor(options = {}) {
    this.input = options.input || "functions.json";
    this.locales = options.locales || LOCALES;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.input);
        if (!asset) return; // the metadata plugin reported its own error
        for (const locale of this.locales) {
          try {
            const json = localizeFunctionsJson(asset.source.source().toString(), locale);
            compilation.emitAsset(localizedFileName(this.input, locale), new sources.RawSource(json));
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        }
      });
    });
  }
}

module.exports = { localizeFunctionsJson, localizedFileName, LocalizeFunctionsPlugin, LOCALES };

if (require.main === module) {
  const input = process.argv[2] || path.join("dist", "functions.json");
  const json = fs.readFileSync(input, "utf8");
  for (const locale of LOCALES) {
    const output = localizedFileName(input, locale);
    fs.writeFileSync(output, localizeFunctionsJson(json, locale));
    console.log(`wrote ${output}`);
  }
}
