/**
 * Excel's side of a custom-function formula, over the in-memory workbook: it reads the argument ranges,
 * passes each cell as Excel passes it, calls the function and spills the result, so the PO.* functions are
 * tested through what Excel sends rather than hand-made argument arrays.
 *
 * - An error cell in a range argument: unless functions.json sets `allowErrorForDataTypeAny` (and the
 *   parameter is typed `any`), Excel does not call the function and the formula shows that error
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs;
 *   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany). With it,
 *   the cell arrives as a `CustomFunctions.Error` with the cell's code (`#N/A`, `#DIV/0!`…; #NAME? and #REF! are
 *   input-only codes: https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode).
 * - An error cell is what the store holds as an error literal (limits.ts `reinterpretText`); the same text entered
 *   with an apostrophe or into a Text ("@") cell stays text.
 * - A thrown CustomFunctions.Error shows its code; any other exception shows #VALUE! ("By default, Excel returns
 *   #VALUE! for an unhandled exception", custom-functions-errors#use-trycatch-blocks).
 * - A matrix result spills from the formula cell; CustomFunctions.Error elements become error cells; a non-empty
 *   cell in the way makes the formula #SPILL!.
 *
 * Blank cells arrive as null, as do omitted optional arguments (the readers treat null and "" alike).
 */
import { parseA1 } from "./address";
import type { InMemoryWorkbook, SheetData } from "./store";

export interface CustomFunctionMetadata {
  id: string;
  parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean }[];
  result: { dimensionality?: string };
}
export interface FunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  functions: CustomFunctionMetadata[];
}

/** A formula argument: a range on a sheet ("Register!C2:C9"), a literal, or left out. */
export type FormulaArgument = { range: string } | { value: string | number | boolean } | undefined;

export interface Calculation {
  /** Whether Excel called the function (false when an error input stopped it). */
  invoked: boolean;
  /** Whether the function threw or rejected (office-js#3234: such cells can stay #BUSY! on the web). */
  threw: boolean;
}

const ERROR_LITERAL = /^#(N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!)$/;

interface ErrorConstructor {
  new (code: string, message?: string): { code: string; message?: string };
}

/** The CustomFunctions.Error class in force (the runtime's, or a test's stand-in). */
function errorClass(): ErrorConstructor {
  const runtime = (globalThis as unknown as { CustomFunctions?: { Error: ErrorConstructor } }).CustomFunctions;
  if (!runtime) throw new Error("Install a CustomFunctions global before calculating custom functions.");
  return runtime.Error;
}

function isErrorObject(value: unknown): value is { code: string } {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

function sheetAndRect(workbook: InMemoryWorkbook, address: string): { sheet: SheetData; rect: NonNullable<ReturnType<typeof parseA1>> } {
  const bang = address.lastIndexOf("!");
  const sheet = workbook.findSheet(address.slice(0, bang).replace(/^'|'$/g, ""));
  const rect = parseA1(address.slice(bang + 1));
  if (!sheet || !rect || bang < 0) throw new Error(`Bad range ${address}`);
  return { sheet, rect };
}

/** Code of the error cell, or null: an error literal that was not entered as text. */
function errorCodeOf(workbook: InMemoryWorkbook, sheet: SheetData, row: number, col: number): string | null {
  const cell = workbook.getCell(sheet, row, col);
  if (!cell || cell.quotePrefix || cell.numberFormat === "@" || typeof cell.value !== "string") return null;
  return ERROR_LITERAL.test(cell.value) ? cell.value : null;
}

/**
 * Calculates `=NS.ID(args…)` entered in `formulaCell` ("Sheet!E2"): returns whether the function ran and whether
 * it threw; the result (or the error Excel shows) is written to the workbook from `formulaCell`.
 */
export function calculateCustomFunction(
  workbook: InMemoryWorkbook,
  metadata: FunctionsMetadata,
  id: string,
  implementation: (...args: never[]) => unknown,
  args: readonly FormulaArgument[],
  formulaCell: string,
): Calculation {
  const fn = metadata.functions.find((f) => f.id === id);
  if (!fn) throw new Error(`functions.json has no function ${id}`);
  const target = sheetAndRect(workbook, formulaCell);
  const ErrorValue = errorClass();
  const passed: unknown[] = [];
  for (let i = 0; i < fn.parameters.length; i++) {
    const parameter = fn.parameters[i];
    const arg = args[i];
    const errorsAllowed = metadata.allowErrorForDataTypeAny === true && (parameter.type ?? "any") === "any";
    let matrix: unknown[][];
    if (arg === undefined) {
      passed.push(null);
      continue;
    } else if ("value" in arg) {
      matrix = [[arg.value]];
    } else {
      const { sheet, rect } = sheetAndRect(workbook, arg.range);
      matrix = [];
      for (let r = 0; r < rect.rows; r++) {
        const row: unknown[] = [];
        for (let c = 0; c < rect.cols; c++) {
          const code = errorCodeOf(workbook, sheet, rect.row + r, rect.col + c);
          if (code !== null) {
            if (!errorsAllowed) {
              spill(workbook, target, [[code]]);
              return { invoked: false, threw: false };
            }
            row.push(new ErrorValue(code));
            continue;
          }
          const value = workbook.getCell(sheet, rect.row + r, rect.col + c)?.value;
          row.push(value === undefined || value === "" ? null : value);
        }
        matrix.push(row);
      }
    }
    passed.push(parameter.dimensionality === "matrix" ? matrix : matrix[0][0]);
  }
  let result: unknown;
  try {
    result = (implementation as (...args: unknown[]) => unknown)(...passed);
  } catch (error) {
    spill(workbook, target, [[isErrorObject(error) && error instanceof ErrorValue ? error.code : "#VALUE!"]]);
    return { invoked: true, threw: true };
  }
  const grid = Array.isArray(result) ? (result as unknown[][]) : [[result]];
  spill(
    workbook,
    target,
    grid.map((row) => row.map((value) => (isErrorObject(value) ? value.code : value))),
  );
  return { invoked: true, threw: false };
}

function spill(workbook: InMemoryWorkbook, target: ReturnType<typeof sheetAndRect>, grid: unknown[][]): void {
  const { sheet, rect } = target;
  for (let r = 0; r < grid.length; r++)
    for (let c = 0; c < grid[r].length; c++) {
      if (r === 0 && c === 0) continue;
      const cell = workbook.getCell(sheet, rect.row + r, rect.col + c);
      if (cell && cell.value !== "" && cell.value !== null) {
        workbook.touchCell(sheet, rect.row, rect.col).value = "#SPILL!";
        return;
      }
    }
  for (let r = 0; r < grid.length; r++)
    for (let c = 0; c < grid[r].length; c++) {
      const value = grid[r][c];
      workbook.touchCell(sheet, rect.row + r, rect.col + c).value = (value ?? "") as string | number | boolean;
    }
}
