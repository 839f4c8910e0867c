/**
 * A tiny evaluator for the subset of Excel formulas the register's highlight rules use, so a test can
 * check what the rules MEAN against the engine: AND OR NOT IF ISNUMBER N MAX TODAY WORKDAY.INTL,
 * = <> < <= > >= * -, numbers, "text", {array constants}, $A2-style cell references and names.
 * Excel's rules that matter here: a blank cell is 0 next to a number and "" next to text; text sorts
 * after every number; ISNUMBER of a blank is FALSE; IF passes a reference (a blank stays blank).
 * WORKDAY.INTL is the engine's workday (itself tested against Excel's results in test/dates).
 */
import { makeCalendar, workday } from "../../src/dates/calendar";

type Value = number | string | boolean | null | number[]; // null = blank cell

export interface EvalEnv {
  cells: Record<string, number | string | null>; // by column letter
  today: number;
  names?: Record<string, number[]>;
}

const TOKEN = /\s*(\d+(?:\.\d+)?(?:E[-+]?\d+)?|"(?:[^"]|"")*"|\$?[A-Z]+\$?\d+|[A-Za-z_][A-Za-z0-9_.]*|<>|<=|>=|[=<>*\-(),{}])/y;

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const text = formula.replace(/^=/, "");
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`cannot read the formula at ${start}: ${text.slice(start)}`);
    tokens.push(m[1]);
  }
  return tokens;
}

function asNumber(v: Value): number {
  if (v === null || v === false) return 0;
  if (v === true) return 1;
  if (typeof v === "number") return v;
  throw new Error(`#VALUE! (${JSON.stringify(v)})`);
}

function compare(a: Value, b: Value, op: string): boolean {
  // A blank takes the type of the other side.
  const left = a === null ? (typeof b === "string" ? "" : 0) : a;
  const right = b === null ? (typeof a === "string" ? "" : 0) : b;
  const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const order = rank(left) !== rank(right) ? rank(left) - rank(right) : left! < right! ? -1 : left! > right! ? 1 : 0;
  return { "=": order === 0, "<>": order !== 0, "<": order < 0, "<=": order <= 0, ">": order > 0, ">=": order >= 0 }[op]!;
}

type Thunk = () => Value;

/**
 * Parses into closures first, then runs them: IF evaluates only the branch it takes (as Excel does),
 * AND / OR evaluate every argument (as Excel does: an error in any argument is the result).
 */
export function evaluate(formula: string, env: EvalEnv): Value {
  const tokens = tokenize(formula);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const t = tokens[i++];
    if (expected !== undefined && t !== expected) throw new Error(`expected ${expected}, got ${t}`);
    return t;
  };

  function comparison(): Thunk {
    const left = additive();
    const op = peek();
    if (op && ["=", "<>", "<", "<=", ">", ">="].includes(op)) {
      take();
      const right = additive();
      return () => compare(left(), right(), op);
    }
    return left;
  }
  function additive(): Thunk {
    let value = multiplicative();
    while (peek() === "-") {
      take();
      const [a, b] = [value, multiplicative()];
      value = () => asNumber(a()) - asNumber(b());
    }
    return value;
  }
  function multiplicative(): Thunk {
    let value = unary();
    while (peek() === "*") {
      take();
      const [a, b] = [value, unary()];
      value = () => asNumber(a()) * asNumber(b());
    }
    return value;
  }
  function unary(): Thunk {
    if (peek() === "-") {
      take();
      const inner = unary();
      return () => -asNumber(inner());
    }
    return primary();
  }
  function args(): Thunk[] {
    take("(");
    const list: Thunk[] = [];
    if (peek() !== ")") {
      list.push(comparison());
      while (peek() === ",") {
        take();
        list.push(comparison());
      }
    }
    take(")");
    return list;
  }
  function primary(): Thunk {
    const t = take();
    if (t === "(") {
      const v = comparison();
      take(")");
      return v;
    }
    if (t === "{") {
      const items = [unary()];
      while (peek() === ",") {
        take();
        items.push(unary());
      }
      take("}");
      return () => items.map((item) => asNumber(item()));
    }
    if (/^\d/.test(t)) return () => Number(t);
    if (t.startsWith('"')) return () => t.slice(1, -1).replace(/""/g, '"');
    const ref = /^\$?([A-Z]+)\$?\d+$/.exec(t);
    if (ref) return () => env.cells[ref[1]] ?? null;
    if ((t === "TRUE" || t === "FALSE") && peek() !== "(") return () => t === "TRUE";
    if (peek() !== "(") {
      const named = env.names?.[t];
      if (!named) throw new Error(`#NAME? ${t}`);
      return () => named;
    }
    const list = args();
    return () => call(t, list);
  }
  function call(name: string, a: Thunk[]): Value {
    if (name === "IF") return asNumber(a[0]()) !== 0 ? a[1]() : a[2]();
    const v = a.map((thunk) => thunk()); // every other function evaluates all its arguments
    switch (name) {
      case "AND":
        return v.every((x) => asNumber(x) !== 0);
      case "OR":
        return v.some((x) => asNumber(x) !== 0);
      case "NOT":
        return asNumber(v[0]) === 0;
      case "ISNUMBER":
        return typeof v[0] === "number";
      case "N":
        return typeof v[0] === "number" ? v[0] : 0;
      case "MAX":
        return Math.max(...v.map(asNumber));
      case "TODAY":
        return env.today;
      case "WORKDAY.INTL": {
        const holidays = Array.isArray(v[3]) ? v[3] : [];
        return workday(makeCalendar(String(v[2]), holidays), asNumber(v[0]), asNumber(v[1]));
      }
      default:
        throw new Error(`unknown function ${name}`);
    }
  }

  const result = comparison();
  if (i !== tokens.length) throw new Error(`unread tokens: ${tokens.slice(i).join(" ")}`);
  return result();
}
