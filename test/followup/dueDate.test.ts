import { dueDate } from "../../src/followup/dueDate";
import { committedDate } from "../../src/followup/committedDate";
import { makeLine, NOV } from "./fixtures";

describe("dueDate", () => {
  it("takes the promised date when there is one", () => {
    expect(dueDate(makeLine({ promisedDate: NOV(20), requestedDate: NOV(16) }))).toBe(NOV(20));
  });
  it("falls back to the requested date when the promise is blank", () => {
    expect(dueDate(makeLine({ promisedDate: null, requestedDate: NOV(16) }))).toBe(NOV(16));
  });
  it("is unknown when the promise is unreadable, without falling back", () => {
    expect(dueDate(makeLine({ promisedDate: undefined, requestedDate: NOV(16) }))).toBeUndefined();
  });
  it("is blank when both dates are blank, unknown when the requested date is unreadable", () => {
    expect(dueDate(makeLine())).toBeNull();
    expect(dueDate(makeLine({ requestedDate: undefined }))).toBeUndefined();
  });
  it("drops a time of day and turns NaN into unknown", () => {
    expect(dueDate(makeLine({ promisedDate: NOV(20) + 0.75 }))).toBe(NOV(20));
    expect(dueDate(makeLine({ promisedDate: Number.NaN }))).toBeUndefined();
  });
});

describe("committedDate", () => {
  const line = makeLine({ requestedDate: NOV(16), promisedDate: NOV(30) });
  it("prefers the committed date column", () => {
    expect(committedDate({ ...line, committedDate: NOV(10) }, NOV(12))).toBe(NOV(10));
  });
  it("then the first promise in the chase log (a slipped promise does not move it)", () => {
    expect(committedDate(line, NOV(12))).toBe(NOV(12));
  });
  it("then the promised date, then the requested date", () => {
    expect(committedDate(line)).toBe(NOV(30));
    expect(committedDate({ ...line, promisedDate: null })).toBe(NOV(16));
  });
  it("is unknown when the committed date cell is unreadable, even with a logged promise", () => {
    expect(committedDate({ ...line, committedDate: undefined }, NOV(12))).toBeUndefined();
  });
  it("is unknown when it falls back to an unreadable promised date", () => {
    expect(committedDate({ ...line, promisedDate: undefined })).toBeUndefined();
  });
});
