import { DEFAULT_SETTINGS } from "../src/settings/settings";
test("default escalation offsets follow DESIGN.md", () => {
  expect(DEFAULT_SETTINGS.escalationOffsets).toEqual([-3, 1, 5, 10]);
});
