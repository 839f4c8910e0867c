import { showMoney } from "../../taskpane/components/format";
import { readDateInput } from "../../taskpane/state/dateInput";
import { EMPTY_FORM, formOutcome, lineStart, readChaseForm, startForm } from "../../taskpane/state/chaseFormText";
import { settingsToText, textToRawSettings } from "../../taskpane/views/settings/settingsText";
import { overrideFromMapping, mappingFromDetection } from "../../src/register/savedMapping";
import { DEFAULT_SETTINGS } from "../../src/settings/settings";

const CODES = DEFAULT_SETTINGS.delayReasons.map((r) => r.code);
import { validateSettings } from "../../src/settings/validateSettings";
import { detectColumns } from "../../src/register/detectColumns";

describe("date input", () => {
  test("reads ISO-like dates as serials, blank as null, anything else as unknown", () => {
    expect(readDateInput("2026-11-20")).toBe(46346); // 2026-01-01 is 46023; 20 Nov is day 324: 46023 + 323
    expect(readDateInput(" 2026/1/5 ")).toBe(46027); // 46023 + 4
    expect(readDateInput("")).toBeNull();
    expect(readDateInput("2026-02-30")).toBeUndefined();
    expect(readDateInput("20/11/2026")).toBeUndefined();
  });
});

describe("money", () => {
  test("one amount per currency, never summed", () => {
    const text = showMoney({ USD: 1200, EUR: 50 }, "en");
    expect(text).toBe("€50.00 · $1,200.00"); // two decimals: the minor unit of EUR and USD
  });
});

describe("chase form", () => {
  test("a blank next chase date leaves it to the engine (null); typed dates become serials", () => {
    const read = readChaseForm({ ...EMPTY_FORM, newPromised: "2026-12-04", note: " x ", delayReason: "Customs" });
    expect(read.errors).toBeNull();
    expect(read.draft).toMatchObject({ newPromised: 46360, nextChase: null, delayReason: "Customs", note: " x " }); // 46346 + 14
  });

  test("a typed promised date makes the outcome New date unless the buyer picked one", () => {
    const typed = { ...EMPTY_FORM, newPromised: "2026-12-18" };
    expect(readChaseForm(typed).draft?.outcome).toBe("newDate"); // the bug: it stayed noAnswer
    expect(formOutcome(typed)).toBe("newDate"); // what the dropdown shows
    expect(readChaseForm(EMPTY_FORM).draft?.outcome).toBe("noAnswer");
    expect(readChaseForm({ ...typed, outcome: "problem", outcomeTouched: true }).draft?.outcome).toBe("problem");
    expect(readChaseForm({ ...typed, outcome: "noAnswer", outcomeTouched: true }).draft?.outcome).toBe("noAnswer");
  });

  test("the form starts from the line's delay reason and stage (code, any case or language)", () => {
    const start = lineStart({ delayReason: "輸送遅延", stage: "shipped" }, CODES);
    expect(start).toEqual({ delayReason: "Transport", stage: "Shipped", unlisted: { delayReason: null, stage: null } });
    expect(startForm(start)).toEqual({ ...EMPTY_FORM, delayReason: "Transport", stage: "Shipped" });
    // Saving it unchanged writes the same code (no change to the cell), never a blank.
    expect(readChaseForm(startForm(start), start.unlisted).draft).toMatchObject({ delayReason: "Transport", stage: "Shipped" });
    expect(lineStart({ delayReason: null, stage: "已发货" }, CODES)).toMatchObject({ delayReason: "", stage: "Shipped" });
  });

  test("a reason or stage the lists do not hold is shown as it is and left alone when saved unchanged", () => {
    const start = lineStart({ delayReason: "Typhoon", stage: "Waiting for LC" }, CODES);
    expect(start).toEqual({ delayReason: "Typhoon", stage: "Waiting for LC", unlisted: { delayReason: "Typhoon", stage: "Waiting for LC" } });
    expect(readChaseForm(startForm(start), start.unlisted).draft).toMatchObject({ delayReason: null, stage: null });
    // Changed by the buyer: sent.
    expect(readChaseForm({ ...startForm(start), delayReason: "Customs", stage: "QC" }, start.unlisted).draft).toMatchObject({ delayReason: "Customs", stage: "QC" });
  });

  test("an unreadable date is refused, naming the field, and nothing else", () => {
    const read = readChaseForm({ ...EMPTY_FORM, newPromised: "soon", nextChase: "2026-13-01", nextChaseTouched: true });
    expect(read.draft).toBeNull();
    expect(read.errors).toEqual({ newPromised: true, nextChase: true });
  });
});

describe("settings form", () => {
  test("round-trips the defaults unchanged", () => {
    const { settings, errors } = validateSettings(textToRawSettings(settingsToText(DEFAULT_SETTINGS), DEFAULT_SETTINGS));
    expect(errors).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  test("typed values reach the validator as typed: 2.5 days and an all-weekend week are reported", () => {
    const text = settingsToText(DEFAULT_SETTINGS);
    const raw = textToRawSettings({ ...text, minGap: "2.5", weekend: [true, true, true, true, true, true, true], qtyTolerancePercent: "5" }, DEFAULT_SETTINGS);
    expect(raw.qtyTolerance).toBe(0.05);
    const fields = validateSettings(raw).errors.map((e) => e.field).sort();
    expect(fields).toEqual(["minGap", "weekend"]);
  });
});

describe("saved mapping", () => {
  test("header texts map back to columns even after columns moved; '' means not mapped", () => {
    const headers = ["Notes", "PO number", "Supplier", "Qty"];
    expect(overrideFromMapping(headers, { poNumber: "po number", orderedQty: "Qty", buyer: "Buyer", notes: "" })).toEqual({ poNumber: 1, orderedQty: 3, notes: null });
  });

  test("the detected mapping is saved by header text", () => {
    const detection = detectColumns(["PO number", "Supplier", "Ordered qty", "Promised date"]);
    expect(mappingFromDetection(detection, { notes: null })).toMatchObject({ poNumber: "PO number", supplier: "Supplier", orderedQty: "Ordered qty", promisedDate: "Promised date", notes: "" });
  });
});
