/**
 * Which Office.js requirement sets the code needs, derived from the code itself: every member of the Excel /
 * CustomFunctions typings that src/excel, commands/ and functions/ touch is resolved with the TypeScript checker
 * and looked up in its declaration's `[Api set: ExcelApi 1.x]` annotation (@types/office-js,
 * @types/custom-functions-runtime; for Office.addin the Common API's `**Requirement set**: SharedRuntime 1.1`). A use is
 * "guarded" when it only runs behind a check of its own set, `supportsExcelApi("1.y")` for ExcelApi or
 * `isSetSupported("SharedRuntime", "1.y")`, with y ≥ its set: the then-branch of an if / ?: / &&, after an early `if (!supportsExcelApi(…)) return`, or inside a
 * function every call site of which is guarded. See https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 * ("Check for API availability at runtime" with isSetSupported).
 */
import * as ts from "typescript";
import { readdirSync, statSync } from "fs";
import { join, relative, sep } from "path";

export interface ApiUse {
  set: string; // "ExcelApi", "CustomFunctionsRuntime", "SharedRuntime"
  version: string; // "1.7"
  member: string; // "Excel.Worksheet.getRangeByIndexes"
  at: string; // "src/excel/tableRead.ts:42"
  /** The version of the guard of this use's own set (supportsExcelApi, isSetSupported) that protects it, or null when unguarded. */
  guard: string | null;
}

const API_SET = /\[Api set: (ExcelApi|CustomFunctionsRuntime) (\d+\.\d+)\]/;
/** The Common API's form (Office.addin…): `**Requirement set**: {@link …| SharedRuntime 1.1}`. */
const COMMON_API_SET = /\*\*Requirement set\*\*: \{@link [^|}]*\|\s*(SharedRuntime) (\d+\.\d+)\s*\}/;
/** supportsExcelApi("1.x") guards ExcelApi; (….requirements.)isSetSupported("Set", "1.x") guards the set it names. */
const GUARD = /(!\s*)?(?:[\w$]+\??\.)*(?:supportsExcelApi\(\s*|isSetSupported\(\s*"(\w+)"\s*,\s*)"(\d+\.\d+)"\s*\)/g;

export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am !== bm ? am - bm : an - bn;
}

function sourceFiles(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return out;
}

/** The highest non-negated guard of `set` in a condition (null when none); a guard of another set does not count. */
function positiveGuard(text: string, set: string): string | null {
  let best: string | null = null;
  for (const m of text.matchAll(GUARD)) if (!m[1] && (m[2] ?? "ExcelApi") === set && (best === null || compareVersions(m[3], best) > 0)) best = m[3];
  return best;
}

function negatedGuard(text: string, set: string): string | null {
  let best: string | null = null;
  for (const m of text.matchAll(GUARD)) if (m[1] && (m[2] ?? "ExcelApi") === set && (best === null || compareVersions(m[3], best) > 0)) best = m[3];
  return best;
}

const exits = (s: ts.Statement): boolean =>
  ts.isReturnStatement(s) || ts.isThrowStatement(s) || (ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]));

const isFunctionLike = (n: ts.Node): n is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n);

export function scanApiSets(root: string, dirs = ["src/excel", "commands", "functions"]): ApiUse[] {
  const files = sourceFiles(root, dirs);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ES2020,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    noEmit: true,
    types: ["office-js", "custom-functions-runtime", "node"],
    typeRoots: [join(root, "node_modules", "@types")],
  });
  const checker = program.getTypeChecker();
  const annotations = new Map<ts.Declaration, { set: string; version: string; member: string } | null>();

  const annotationOf = (decl: ts.Declaration): { set: string; version: string; member: string } | null => {
    if (annotations.has(decl)) return annotations.get(decl)!;
    const file = decl.getSourceFile();
    let found: { set: string; version: string; member: string } | null = null;
    if (/@types[\\/](office-js|custom-functions-runtime)[\\/]/.test(file.fileName)) {
      const text = file.text;
      const comments = ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? [];
      for (const c of comments) {
        const m = API_SET.exec(text.slice(c.pos, c.end)) ?? COMMON_API_SET.exec(text.slice(c.pos, c.end));
        if (m) found = { set: m[1], version: m[2], member: qualifiedName(decl) };
      }
    }
    annotations.set(decl, found);
    return found;
  };

  /** For functions: every call site, to tell whether the whole function runs only behind a guard. */
  const callSites = new Map<ts.Node, ts.Node[]>();
  const ownFiles = program.getSourceFiles().filter((f) => files.includes(f.fileName.split("/").join(sep)) || files.includes(f.fileName));
  for (const file of ownFiles) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression);
        const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        for (const decl of target?.declarations ?? []) {
          const fn = ts.isVariableDeclaration(decl) && decl.initializer && isFunctionLike(decl.initializer) ? decl.initializer : decl;
          if (isFunctionLike(fn)) callSites.set(fn, [...(callSites.get(fn) ?? []), node]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  /** A condition's guard: supportsExcelApi in its text, or a variable set from `supportsExcelApi(v) ? … : null`. */
  const conditionGuard = (condition: ts.Expression, set: string): string | null => {
    let best = positiveGuard(condition.getText(), set);
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n)) {
        const decl = checker.getSymbolAtLocation(n)?.valueDeclaration;
        const init = decl && ts.isVariableDeclaration(decl) ? decl.initializer : undefined;
        const v = init && ts.isConditionalExpression(init) ? positiveGuard(init.condition.getText(), set) : null;
        if (v && (best === null || compareVersions(v, best) > 0)) best = v;
      }
      ts.forEachChild(n, visit);
    };
    visit(condition);
    return best;
  };

  /** The guard version in force at `node` (highest wins), following callers up to a few levels. */
  const guardAt = (node: ts.Node, depth: number, set: string): string | null => {
    let best: string | null = null;
    const take = (v: string | null): void => {
      if (v && (best === null || compareVersions(v, best) > 0)) best = v;
    };
    let child: ts.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && child === parent.thenStatement) take(conditionGuard(parent.expression, set));
      if (ts.isConditionalExpression(parent) && child === parent.whenTrue) take(conditionGuard(parent.condition, set));
      if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right)
        take(conditionGuard(parent.left, set));
      if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
        for (const s of parent.statements) {
          if (s === child) break;
          if (ts.isIfStatement(s) && exits(s.thenStatement)) take(negatedGuard(s.expression.getText(), set));
        }
      }
      if (isFunctionLike(parent)) {
        const sites = callSites.get(parent) ?? [];
        // An anonymous callback (batch.small(() => …)) runs where it is written: keep walking out.
        if (sites.length === 0 && !ts.isFunctionDeclaration(parent) && !ts.isMethodDeclaration(parent) && !ts.isVariableDeclaration(parent.parent)) continue;
        if (depth < 4 && sites.length > 0) {
          const guards = sites.map((site) => guardAt(site, depth + 1, set));
          if (guards.every((g) => g !== null)) take(guards.reduce((low, g) => (compareVersions(g!, low!) < 0 ? g : low)));
        }
        break;
      }
    }
    return best;
  };

  const uses: ApiUse[] = [];
  const record = (node: ts.Node, symbol: ts.Symbol | undefined): void => {
    if (!symbol) return;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    for (const decl of target.declarations ?? []) {
      const a = annotationOf(decl);
      if (!a) continue;
      const file = node.getSourceFile();
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      uses.push({ ...a, at: `${relative(root, file.fileName).split(sep).join("/")}:${line}`, guard: guardAt(node, 0, a.set) });
      return;
    }
  };
  for (const file of ownFiles) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) record(node.name, checker.getSymbolAtLocation(node.name));
      else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        const literal = node.parent;
        const type = ts.isObjectLiteralExpression(literal) ? checker.getContextualType(literal) : undefined;
        const name = node.name.getText();
        record(node.name, type?.getProperty(name));
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "load") {
        // load("a, b") / load(["a"]): the loaded properties, resolved on the loading object's type.
        const owner = checker.getTypeAtLocation(node.expression.expression);
        for (const arg of node.arguments) {
          const names = ts.isStringLiteral(arg) ? arg.text.split(",") : ts.isArrayLiteralExpression(arg) ? arg.elements.filter(ts.isStringLiteral).map((e) => e.text) : [];
          for (const n of names) if (!n.includes("/")) record(arg, owner.getProperty(n.trim()));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

function qualifiedName(decl: ts.Declaration): string {
  const parts: string[] = [];
  for (let n: ts.Node | undefined = decl; n && !ts.isSourceFile(n); n = n.parent) {
    const name = (n as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) parts.unshift(name.text);
  }
  return parts.join(".");
}

/** The Requirements/Sets of manifest.xml: set name → MinVersion. */
export function manifestSets(manifestXml: string): Map<string, string> {
  const block = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? "";
  const out = new Map<string, string>();
  for (const m of block.matchAll(/<Set\s+Name="([^"]+)"(?:\s+MinVersion="([^"]+)")?/g)) out.set(m[1], m[2] ?? "1.1");
  return out;
}

/** What the manifest must declare: per set, the highest version used without a guard. */
export function requiredSets(uses: ApiUse[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of uses) {
    if (u.guard !== null && compareVersions(u.guard, u.version) >= 0) continue;
    const had = out.get(u.set);
    if (had === undefined || compareVersions(u.version, had) > 0) out.set(u.set, u.version);
  }
  return out;
}

/** Every use the manifest's sets don't cover and no sufficient guard protects, as "member (set v) at file:line, guard …". */
export function uncoveredUses(uses: ApiUse[], declared: Map<string, string>): string[] {
  return uses
    .filter((u) => {
      if (u.guard !== null && compareVersions(u.guard, u.version) >= 0) return false;
      const min = declared.get(u.set);
      return min === undefined || compareVersions(u.version, min) > 0;
    })
    .map((u) => `${u.member} (${u.set} ${u.version}) at ${u.at}, guard ${u.guard ?? "none"}`);
}

/** set version → member → guards ("manifest", "supportsExcelApi 1.x" or the set's isSetSupported), for the table the test prints. */
export function usageTable(uses: ApiUse[]): { set: string; members: string; guard: string }[] {
  const rows = new Map<string, Map<string, Set<string>>>();
  for (const u of uses) {
    const key = `${u.set} ${u.version}`;
    const members = rows.get(key) ?? new Map<string, Set<string>>();
    const guard = u.guard === null ? "manifest" : u.set === "ExcelApi" ? `supportsExcelApi("${u.guard}")` : `isSetSupported("${u.set}", "${u.guard}")`;
    members.set(u.member, (members.get(u.member) ?? new Set()).add(guard));
    rows.set(key, members);
  }
  return [...rows]
    .sort(([a], [b]) => (a.split(" ")[0] === b.split(" ")[0] ? compareVersions(a.split(" ")[1], b.split(" ")[1]) : a.localeCompare(b)))
    .map(([set, members]) => ({
      set,
      members: [...members.keys()].sort().join(", "),
      guard: [...new Set([...members.values()].flatMap((g) => [...g]))].sort().join(" / "),
    }));
}
