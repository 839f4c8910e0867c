#!/usr/bin/env bash
# Regenerates test/dates/workday-cases.csv: expected NETWORKDAYS.INTL / WORKDAY.INTL values computed
# by a real spreadsheet engine (LibreOffice Calc, headless), checked by test/dates/workdayCases.test.ts.
#
#   apt-get install -y --no-install-recommends libreoffice-calc   # once
#   bash scripts/gen-workday-cases.sh
#
# How: the case list below is turned into a flat ODF spreadsheet (.fods) whose first column holds the
# formula, e.g. =TEXT(NETWORKDAYS.INTL(B1;C1;D1;E1:G1);"0"), with the inputs as real date cells.
# The file carries no cached results, so LibreOffice computes every formula on load;
# `soffice --headless --convert-to csv` writes the results, and node joins them with the inputs.
# Dates before 1900-03-01 are avoided: LibreOffice has no fictitious 1900-02-29, Excel does.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# function|start|end date or days|weekend|holidays separated by ;
cat > "$WORK/cases.txt" <<'CASES'
NETWORKDAYS.INTL|2026-11-02|2026-12-31|0000011|
NETWORKDAYS.INTL|2026-11-02|2026-12-31|0000011|2026-12-25;2026-12-26;2027-01-01
NETWORKDAYS.INTL|2026-12-28|2027-01-08|0000011|
NETWORKDAYS.INTL|2026-12-28|2027-01-08|0000011|2027-01-01
NETWORKDAYS.INTL|2024-02-26|2024-03-01|0000011|
NETWORKDAYS.INTL|2100-02-26|2100-03-01|0000011|
NETWORKDAYS.INTL|2028-02-28|2028-03-01|0000011|2028-02-29
NETWORKDAYS.INTL|2026-11-16|2026-11-22|0000011|
NETWORKDAYS.INTL|2026-11-16|2026-11-22|1000001|
NETWORKDAYS.INTL|2026-11-16|2026-11-22|0000001|
NETWORKDAYS.INTL|2026-11-16|2026-11-22|1111110|
NETWORKDAYS.INTL|2026-11-16|2026-11-22|0000110|
NETWORKDAYS.INTL|2026-11-16|2026-11-22|0000000|
NETWORKDAYS.INTL|2026-11-22|2026-11-16|0000011|
NETWORKDAYS.INTL|2027-01-08|2026-12-28|0000011|2027-01-01
NETWORKDAYS.INTL|2026-12-31|2026-11-01|1111110|2026-12-27
NETWORKDAYS.INTL|2026-11-21|2026-11-21|0000011|
NETWORKDAYS.INTL|2026-12-25|2026-12-25|0000011|2026-12-25
NETWORKDAYS.INTL|2026-12-25|2026-12-28|0000011|2026-12-25
NETWORKDAYS.INTL|2026-12-21|2027-01-03|0000011|2026-12-26;2026-12-27
NETWORKDAYS.INTL|2026-12-21|2026-12-31|0000011|2026-12-25;2026-12-25
NETWORKDAYS.INTL|2026-12-21|2027-01-03|0000001|2026-12-26
NETWORKDAYS.INTL|2026-11-16|2026-11-20|0000011|2026-12-25
NETWORKDAYS.INTL|2020-01-01|2029-12-31|0000011|2020-12-25;2024-12-25;2025-12-25;2026-12-25;2027-12-25
NETWORKDAYS.INTL|2023-12-25|2024-03-31|1000001|2024-01-01;2024-02-29
NETWORKDAYS.INTL|2026-01-01|2026-12-31|0000011|
NETWORKDAYS.INTL|2026-01-01|2026-12-31|0101010|2026-05-01
NETWORKDAYS.INTL|2027-03-31|2026-10-01|0000110|2026-12-31;2027-01-01
WORKDAY.INTL|2026-11-20|1|0000011|
WORKDAY.INTL|2026-11-23|-1|0000011|
WORKDAY.INTL|2026-11-21|0|0000011|
WORKDAY.INTL|2026-12-25|0|0000011|2026-12-25
WORKDAY.INTL|2026-11-21|1|0000011|
WORKDAY.INTL|2026-11-22|-3|0000011|
WORKDAY.INTL|2026-12-24|1|0000011|2026-12-25
WORKDAY.INTL|2026-12-25|1|0000011|2026-12-25
WORKDAY.INTL|2026-12-25|-1|0000011|2026-12-25
WORKDAY.INTL|2027-01-04|-5|0000011|2026-12-25;2026-12-26;2027-01-01
WORKDAY.INTL|2026-12-31|1|0000011|2027-01-01
WORKDAY.INTL|2024-02-28|1|0000011|
WORKDAY.INTL|2024-03-01|-1|0000011|
WORKDAY.INTL|2100-02-26|1|0000011|
WORKDAY.INTL|2026-11-16|1|1111110|
WORKDAY.INTL|2026-11-16|-2|1111110|
WORKDAY.INTL|2026-11-21|1|1000001|
WORKDAY.INTL|2026-11-20|1|0000001|
WORKDAY.INTL|2026-11-20|3|0000110|
WORKDAY.INTL|2026-12-26|-1|0000001|2026-12-25
WORKDAY.INTL|2026-01-01|250|0000011|2026-01-01;2026-04-03;2026-05-01;2026-12-25
WORKDAY.INTL|2026-12-15|20|0000011|2026-12-25;2027-01-01
WORKDAY.INTL|2027-01-15|-20|0000011|2026-12-25;2027-01-01
WORKDAY.INTL|2026-11-20|1.9|0000011|
WORKDAY.INTL|2026-11-23|-1.9|0000011|
WORKDAY.INTL|2026-12-31|-260|0101010|
WORKDAY.INTL|2020-12-31|5|0000011|2021-01-01
WORKDAY.INTL|2020-12-24|-1000|1000001|2020-12-25;2018-05-01
CASES

node - "$WORK" <<'NODE'
const fs = require("fs");
const path = require("path");
const work = process.argv[2];
const cases = fs.readFileSync(path.join(work, "cases.txt"), "utf8").trim().split("\n").map((l) => l.split("|"));
const col = (i) => String.fromCharCode(65 + i); // A, B, C … (at most a few holiday columns)
const esc = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const rows = cases.map(([fn, start, endOrDays, weekend, hol], r) => {
  const row = r + 1;
  const holidays = hol ? hol.split(";") : [];
  const holidayArg = holidays.length ? `;[.E${row}:.${col(4 + holidays.length - 1)}${row}]` : "";
  // In the ODF file format these Excel functions carry the COM.MICROSOFT. prefix.
  const formula = `of:=TEXT(COM.MICROSOFT.${fn}([.B${row}];[.C${row}];[.D${row}]${holidayArg});"0")`;
  const second = fn.startsWith("WORKDAY")
    ? `<table:table-cell office:value-type="float" office:value="${endOrDays}"/>`
    : `<table:table-cell office:value-type="date" office:date-value="${endOrDays}"/>`;
  return `<table:table-row>
<table:table-cell table:formula="${esc(formula)}"/>
<table:table-cell office:value-type="date" office:date-value="${start}"/>
${second}
<table:table-cell office:value-type="string"><text:p>${weekend}</text:p></table:table-cell>
${holidays.map((h) => `<table:table-cell office:value-type="date" office:date-value="${h}"/>`).join("")}
</table:table-row>`;
});
fs.writeFileSync(path.join(work, "cases.fods"), `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="Cases">
${rows.join("\n")}
</table:table></office:spreadsheet></office:body></office:document>
`);
NODE

soffice -env:UserInstallation="file://$WORK/profile" --headless --convert-to csv --outdir "$WORK" "$WORK/cases.fods" >/dev/null

node - "$WORK" test/dates/workday-cases.csv <<'NODE'
const fs = require("fs");
const path = require("path");
const [work, out] = process.argv.slice(2);
const cases = fs.readFileSync(path.join(work, "cases.txt"), "utf8").trim().split("\n").map((l) => l.split("|"));
const results = fs.readFileSync(path.join(work, "cases.csv"), "utf8").trim().split(/\r?\n/).map((l) => l.split(",")[0].replace(/"/g, ""));
if (results.length !== cases.length) throw new Error(`expected ${cases.length} results, got ${results.length}`);
// LibreOffice serial 25569 = 1970-01-01, as in Excel from 1900-03-01 on.
const iso = (serial) => new Date((serial - 25569) * 86400000).toISOString().slice(0, 10);
const lines = [
  "# Expected values computed by LibreOffice Calc (headless). Regenerate: bash scripts/gen-workday-cases.sh",
  "function,start,endOrDays,weekend,holidays,expected",
];
cases.forEach(([fn, start, endOrDays, weekend, hol], i) => {
  const value = results[i];
  if (!/^-?\d+$/.test(value)) throw new Error(`case ${i + 1} (${fn} ${start}) gave ${JSON.stringify(value)}`);
  const expected = fn.startsWith("WORKDAY") ? iso(Number(value)) : value;
  lines.push([fn, start, endOrDays, weekend, hol, expected].join(","));
});
fs.writeFileSync(out, lines.join("\n") + "\n");
console.log(`wrote ${cases.length} cases to ${out}`);
NODE
