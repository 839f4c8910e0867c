import { localStamp } from "../../src/dates/localStamp";

describe("localStamp", () => {
  test("local date and time to the minute, zero-padded", () => {
    // new Date(y, m, d, h, min) is local time, so the stamp shows the same fields whatever the time zone.
    expect(localStamp(new Date(2026, 10, 20, 7, 5, 59))).toBe("2026-11-20 07:05");
    expect(localStamp(new Date(2026, 0, 2, 23, 59))).toBe("2026-01-02 23:59");
  });
});
