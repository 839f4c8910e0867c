import type { Snapshot } from "../../taskpane/state/services";
import type { Serial } from "../../src/model";
import { parseRegister } from "../../src/register/parseRegister";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

/** A one-line register snapshot: PO-1 from Acme, 5 ordered, none received, promised on `promised`. */
export function oneLineSnapshot(promised: Serial): Snapshot {
  return {
    sheet: "Register",
    tableName: "Register",
    parsed: parseRegister({
      sheet: "Register",
      values: [
        ["PO number", "Supplier", "Promised date", "Ordered qty"],
        ["PO-1", "Acme", promised, 5],
      ],
      firstRow: 1,
      firstColumn: 0,
      dateSystem: "1900",
      dateOrder: null,
    }),
    chases: [],
    settings: DEFAULT_SETTINGS,
    savedSettings: DEFAULT_SETTINGS,
  };
}
