import type { PoLine } from "../../src/model";
import { parseRegister, type ParsedRegister } from "../../src/register/parseRegister";
import type { ValuesMatrix } from "../../src/sample/sampleRegister";

/** Parses a generated matrix with the real register parser, as the add-in would. */
export function parseSample(values: ValuesMatrix, sheet = "Register"): ParsedRegister {
  return parseRegister({ sheet, values, firstRow: 1, firstColumn: 0, dateSystem: "1900", dateOrder: null });
}

export function linesOf(values: ValuesMatrix): PoLine[] {
  return parseSample(values).lines;
}
