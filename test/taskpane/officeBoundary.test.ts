/** DESIGN.md: Office.js is called only from src/excel. The task pane reaches the workbook through it. */
import fs from "fs";
import path from "path";

const TASKPANE = path.resolve(__dirname, "../../taskpane");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Code without comments: a comment may name Excel.run; code may not. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

describe("taskpane/ never calls Office.js itself", () => {
  const files = sourceFiles(TASKPANE);

  test("there are task-pane sources to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test("no Excel.* (Excel.run, Excel.RequestContext…) and no Office.context.document", () => {
    const offenders = files.flatMap((file) => {
      const lines = code(fs.readFileSync(file, "utf8")).split("\n");
      return lines.flatMap((line, i) => (/\bExcel\.[A-Za-z]/.test(line) || /\bOffice\.context\??\.document\b/.test(line) ? [`${path.relative(TASKPANE, file)}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(offenders).toEqual([]);
  });

  test("the check itself finds such calls", () => {
    expect(/\bExcel\.[A-Za-z]/.test(code("const run = (b) => Excel.run(b);"))).toBe(true);
    expect(/\bOffice\.context\??\.document\b/.test(code("Office.context?.document.addHandlerAsync(x)"))).toBe(true);
    expect(/\bExcel\.[A-Za-z]/.test(code("// each method is one Excel.run batch"))).toBe(false);
  });
});
