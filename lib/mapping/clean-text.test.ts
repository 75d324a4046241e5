import { describe, expect, it } from "vitest";
import { cleanEmail, cleanGroups, cleanText, firstText, joinedText } from "./clean-text";
import type { RawValue } from "../workday/types";

describe("cleanText (names and free text)", () => {
  it.each<[string, string | null]>([
    ["Alex", "Alex"],
    ["  Alex  ", "Alex"],
    ["Mary   Ann", "Mary Ann"],
    ["Mary\tAnn\n", "Mary Ann"],
    ["Mary\u00a0Ann", "Mary Ann"],
    ["Zoë", "Zoë"],
    ["Zoe\u0308", "Zoë"], // decomposed accent → composed (NFC)
    ["Ngô Bảo Châu", "Ngô Bảo Châu"],
    ["", null],
    ["   ", null],
  ])("%j → %j", (raw, cleaned) => {
    expect(cleanText(raw)).toBe(cleaned);
  });
});

describe("firstText / joinedText", () => {
  it.each<[RawValue | undefined, string | null, string | null]>([
    [undefined, null, null],
    ["Engineering", "Engineering", "Engineering"],
    [["Toronto", " Montreal "], "Toronto", "Toronto; Montreal"],
    [["", "Paris"], "Paris", "Paris"],
    [[{ Location_Name: "Toronto", ID: "L1" }, { Location_Name: "Ottawa" }], "Toronto", "Toronto; Ottawa"],
    [[], null, null],
  ])("%j → first %j, joined %j", (raw, first, joined) => {
    expect(firstText(raw)).toBe(first);
    expect(joinedText(raw)).toBe(joined);
  });
});

describe("cleanEmail", () => {
  it.each<[string | null, string | null, string]>([
    ["Alex.Doe@Example.com", "alex.doe@example.com", "ok"],
    ["  alex@example.co.uk ", "alex@example.co.uk", "ok"],
    ["alex+tag@sub.example.org", "alex+tag@sub.example.org", "ok"],
    ["", null, "missing"],
    [null, null, "missing"],
    ["alex@example", null, "invalid"],
    ["alex example@x.com", null, "invalid"],
    ["alex@@example.com", null, "invalid"],
    ["@example.com", null, "invalid"],
    ["alex@example..com", null, "invalid"],
  ])("%j → %j (%s)", (raw, email, outcome) => {
    const r = cleanEmail(raw);
    expect(r.email).toBe(email);
    expect(r.ok ? "ok" : r.reason).toBe(outcome);
  });
});

describe("cleanGroups", () => {
  it.each<[RawValue | undefined, string[]]>([
    [undefined, []],
    ["Women in Tech", ["Women in Tech"]],
    ["Women in Tech; Toronto Office", ["Women in Tech", "Toronto Office"]],
    ["A;B; ;A", ["A", "B"]],
    [[" A ", "B", "A"], ["A", "B"]],
    [["A; B", "C"], ["A", "B", "C"]],
    [[{ Group_Name: "Mentors" }, { Group_Name: "New Hires", x: "y" }], ["Mentors", "New Hires"]],
  ])("%j → %j", (raw, groups) => {
    expect(cleanGroups(raw)).toEqual(groups);
  });
});
