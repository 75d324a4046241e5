import { expect, test } from "vitest";
import { changeWords, historyStatusWords, parseState } from "./members-view";

test("states from the URL, unknown ones ignored", () => {
  expect(parseState("removed")).toBe("removed");
  expect(parseState("all")).toBeUndefined();
  expect(parseState(undefined)).toBeUndefined();
});

test("last changes and history lines in words", () => {
  expect(changeWords("restore")).toBe("Restored by support");
  expect(changeWords(null)).toBe("No change recorded");
  expect(changeWords("group_create")).toBe("group create");
  expect(historyStatusWords("applied", "a@x.com")).toBe("applied by a@x.com");
  expect(historyStatusWords("previewed", null)).toBe("planned in a preview, not applied");
});
