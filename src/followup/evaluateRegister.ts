import type { ChaseEntry, PoLine, Serial } from "../model";
import type { Settings } from "../settings/settings";
import type { LineStatus } from "./types";
import { buildChaseFacts, type ChaseFacts, type LineChaseFacts } from "./chaseFacts";
import { calendarFromSettings } from "./calendarFromSettings";
import { evaluateLine, type LineContext } from "./evaluateLine";
import { knownSerial } from "./known";
import { settingsForSupplier, supplierRule } from "./supplierRules";

/**
 * evaluateLine for every line of the register. The chase log is walked once into per-line and
 * per-supplier Maps and the calendar is built once, so the cost is linear in lines + log entries.
 *
 * Chase facts of a line: the log entries with its key, plus the register's own columns:
 * - last chase = the later of the log's last entry and the register's last-chase date;
 * - planned chase = the register's next-chase date (where a logged chase writes it);
 * - last chase of the supplier = the latest of both sources over all its lines (blank supplier
 *   names are not one supplier, so they get no supplier gap).
 */
export function evaluateRegister(lines: readonly PoLine[], chases: readonly ChaseEntry[], settings: Settings, asOf: Serial): LineStatus[] {
  const calendar = calendarFromSettings(settings);
  const facts = buildChaseFacts(chases, lines);
  const result: LineStatus[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const logged = loggedFacts(facts, line);
    const ctx: LineContext = {
      settings: settingsForSupplier(settings, line.supplier), // the supplier's own offsets, gap, pre-due exemption
      calendar,
      asOf,
      firstPromise: logged?.firstPromise,
      lastPromiseChange: logged?.lastPromiseChange,
      lastLineChase: later(logged?.lastChase, knownSerial(line.lastChaseDate)),
      lastSupplierChase: lastSupplierChase(facts, line),
      plannedChase: knownSerial(line.nextChaseDate) ?? undefined,
      transitDays: supplierRule(settings, line.supplier)?.transitDays, // stage risk: the supplier's own transit time
    };
    result[i] = evaluateLine(line, ctx);
  }
  return result;
}

// Without a chase log (or last-chase dates) there is nothing to look up: the two helpers below skip
// hashing 100,000 keys and names for nothing.

function loggedFacts(facts: ChaseFacts, line: PoLine): LineChaseFacts | undefined {
  return facts.byLine.size > 0 ? facts.byLine.get(line.key) : undefined;
}

/** Blank supplier names are not one supplier, so they get no supplier gap. */
function lastSupplierChase(facts: ChaseFacts, line: PoLine): Serial | undefined {
  if (facts.lastBySupplier.size === 0) return undefined;
  const supplier = facts.supplierKeyOf(line.supplier);
  return supplier === "" ? undefined : facts.lastBySupplier.get(supplier);
}

function later(a: Serial | undefined, b: Serial | null | undefined): Serial | undefined {
  if (typeof b !== "number") return a;
  return a === undefined || b > a ? b : a;
}
