/**
 * A share of lines. "No data" (an empty denominator) is its own result so that a period without
 * deliveries is never shown as 0 % or 100 %.
 */
export type Rate = { kind: "rate"; /** 0..1 */ value: number; numerator: number; denominator: number } | { kind: "noData" };

export const NO_DATA: Rate = { kind: "noData" };

export function rate(numerator: number, denominator: number): Rate {
  if (!(denominator > 0)) return NO_DATA;
  return { kind: "rate", value: numerator / denominator, numerator, denominator };
}

/** The value of a rate, or null for "no data" (handy for charts and tables). */
export function rateValue(r: Rate): number | null {
  return r.kind === "rate" ? r.value : null;
}
