/**
 * The letters the supplier reminders send: one per supplier with lines to chase now (the one
 * "chase now" rule, via chaseList), in the supplier's language (its rule, else the buyer's), signed
 * with the buyer's and company's names from settings. Suppliers held back by their minimum gap get
 * no letter and are listed apart, with until when.
 */
import type { Serial } from "../model";
import type { Lang } from "../i18n/i18n";
import type { Settings } from "../settings/settings";
import type { ChaseGroup, LineStatus } from "../followup/types";
import { chaseList } from "../followup/chaseList";
import { supplierRule } from "../followup/supplierRules";
import { chaseLetter, type ChaseLetter, type ChaseLetterOptions } from "./chaseLetter";

export interface SupplierLetter {
  group: ChaseGroup;
  lang: Lang;
  letter: ChaseLetter;
}

export interface SupplierLetters {
  letters: SupplierLetter[];
  /** Suppliers with due lines that the minimum gap holds back (group.heldBack says until when). */
  heldBack: ChaseGroup[];
}

/** The letter options for one supplier: its language (else the buyer's) and the signature from settings. */
export function letterOptionsFor(settings: Settings, supplier: string, buyerLang: Lang, asOf: Serial): ChaseLetterOptions {
  return {
    lang: supplierRule(settings, supplier)?.letterLang ?? buyerLang,
    asOf,
    buyerName: settings.buyerName,
    companyName: settings.companyName,
  };
}

export function supplierLetters(statuses: readonly LineStatus[], settings: Settings, asOf: Serial, buyerLang: Lang): SupplierLetters {
  const letters: SupplierLetter[] = [];
  const heldBack: ChaseGroup[] = [];
  for (const group of chaseList(statuses, asOf)) {
    if (group.heldBack) {
      heldBack.push(group);
      continue;
    }
    const options = letterOptionsFor(settings, group.supplier, buyerLang, asOf);
    letters.push({ group, lang: options.lang, letter: chaseLetter(group, options) });
  }
  return { letters, heldBack };
}
