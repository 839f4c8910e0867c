/**
 * The rules in force for one supplier's lines: the workbook's settings with that supplier's own
 * escalation offsets and minimum gap (src/settings/supplierSettings.ts), looked up where the engine
 * reads the settings of a line (evaluateRegister, applyChase).
 *
 * Exempt from pre-due reminders: the pre-due offset becomes the level-1 offset, so the first
 * escalation date is the reminder on level 1's day; pre-due is never reached on its own and no
 * letter goes before the due date (with [−3, +1, +5, +10]: no chase before WORKDAY(due, 1)).
 */
import type { Settings } from "../settings/settings";
import type { SupplierSettings } from "../settings/supplierSettings";
import { supplierKey } from "./supplierKey";

/** One memo per settings object: the same supplier gets the same Settings (and offsets tuple), so escalation's memo stays hit. */
const memo = new WeakMap<Settings, Map<string, Settings>>();
/** Per settings object: rules by supplierKey, and by the name as written (a register repeats names: one normalisation each). */
const rulesMemo = new WeakMap<Settings, { byKey: Map<string, SupplierSettings>; byName: Map<string, SupplierSettings | undefined> }>();

/** The supplier's stored rule, or undefined (no rules, a blank name, a supplier without one). */
export function supplierRule(settings: Settings, supplier: string | null | undefined): SupplierSettings | undefined {
  if (!settings.suppliers || settings.suppliers.length === 0 || !supplier) return undefined;
  let rules = rulesMemo.get(settings);
  if (!rules) {
    const byKey = new Map<string, SupplierSettings>();
    // Two entries for one supplier: the first one counts.
    for (const rule of settings.suppliers) if (!byKey.has(supplierKey(rule.name))) byKey.set(supplierKey(rule.name), rule);
    rulesMemo.set(settings, (rules = { byKey, byName: new Map() }));
  }
  if (rules.byName.has(supplier)) return rules.byName.get(supplier);
  const key = supplierKey(supplier);
  const rule = key === "" ? undefined : rules.byKey.get(key);
  rules.byName.set(supplier, rule);
  return rule;
}

/** The settings a supplier's lines are evaluated with: `settings` itself for a supplier without its own rule. */
export function settingsForSupplier(settings: Settings, supplier: string | null | undefined): Settings {
  const rule = supplierRule(settings, supplier);
  if (!rule || (rule.escalationOffsets === undefined && rule.minGap === undefined && !rule.preDueExempt)) return settings;
  let bySupplier = memo.get(settings);
  if (!bySupplier) memo.set(settings, (bySupplier = new Map()));
  const key = supplierKey(rule.name);
  let own = bySupplier.get(key);
  if (!own) {
    const offsets = rule.escalationOffsets ?? settings.escalationOffsets;
    const escalationOffsets = sharedOffsets(settings, rule.preDueExempt ? [offsets[1], offsets[1], offsets[2], offsets[3]] : offsets);
    own = { ...settings, escalationOffsets, minGap: rule.minGap ?? settings.minGap };
    bySupplier.set(key, own);
  }
  return own;
}

/** Equal offsets share one tuple per settings object: escalation's milestone memo is keyed by the tuple. */
const offsetsMemo = new WeakMap<Settings, Map<string, Settings["escalationOffsets"]>>();
function sharedOffsets(settings: Settings, offsets: Settings["escalationOffsets"]): Settings["escalationOffsets"] {
  let byText = offsetsMemo.get(settings);
  if (!byText) offsetsMemo.set(settings, (byText = new Map([[settings.escalationOffsets.join(","), settings.escalationOffsets]])));
  const text = offsets.join(",");
  const shared = byText.get(text);
  if (shared) return shared;
  byText.set(text, offsets);
  return offsets;
}
