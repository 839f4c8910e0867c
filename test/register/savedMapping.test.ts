import { detectColumns } from "../../src/register/detectColumns";
import { mappingFromDetection, overrideFromMapping } from "../../src/register/savedMapping";

const headers = ["Notes", "PO number", "Supplier", "Qty", "Promised date", "Buyer"];

describe("saved column mapping", () => {
  test("saved header texts become column indexes of this header row, ignoring case and spaces", () => {
    expect(overrideFromMapping(headers, { poNumber: " po  NUMBER", orderedQty: "Qty" })).toEqual({ poNumber: 1, orderedQty: 3 });
  });
  test('"" keeps a field unmapped on purpose, even when detection would find it', () => {
    expect(overrideFromMapping(headers, { buyer: "" })).toEqual({ buyer: null });
    expect(detectColumns(headers, overrideFromMapping(headers, { buyer: "" })).columns.buyer).toBeUndefined();
  });
  test("a saved header that is no longer there is dropped, so detection decides", () => {
    expect(overrideFromMapping(headers, { supplier: "Vendor name" })).toEqual({});
  });
  test("round trip: detection → saved mapping → the same columns", () => {
    const detection = detectColumns(headers, { notes: null });
    const saved = mappingFromDetection(detection, { notes: null });
    expect(saved.notes).toBe("");
    expect(detectColumns(headers, overrideFromMapping(headers, saved)).columns).toEqual(detection.columns);
  });
});
