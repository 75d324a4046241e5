import { describe, expect, it } from "vitest";
import { cleanLocale, cleanPeopleManager, cleanStatus, compileStatusMap, suggestStatus } from "./clean-flags";
import type { Locale, MemberStatus } from "./fields";

describe("cleanPeopleManager", () => {
  it.each<[string, "yes" | "no" | null]>([
    ["1", "yes"], ["0", "no"], ["Y", "yes"], ["n", "no"], ["Yes", "yes"], ["NO", "no"],
    ["true", "yes"], ["False", "no"], [" TRUE ", "yes"], ["maybe", null], ["2", null],
  ])("%j → %j", (raw, out) => expect(cleanPeopleManager(raw)).toBe(out));
});

describe("cleanLocale", () => {
  it.each<[string, Locale | null]>([
    ["en_US", "en-US"], ["EN-us", "en-US"], ["en-US", "en-US"], ["fr_CA", "fr-CA"], ["es_ES", "es-ES"],
    ["ko_KR", "ko"], ["ko", "ko"], ["ja_JP", "ja"], ["ja", "ja"], ["en_US.UTF-8", "en-US"],
    ["English (United States)", "en-US"], ["French (Canada)", "fr-CA"], ["Japanese", "ja"],
    ["fr_FR", null], ["de_DE", null], ["pt-BR", null], ["klingon", null],
  ])("%j → %j", (raw, out) => expect(cleanLocale(raw)).toBe(out));
});

describe("cleanStatus", () => {
  const builtIn = compileStatusMap({});
  it.each<[string, MemberStatus | null]>([
    ["Active", "active"], ["ACTIVE", "active"], ["Terminated", "inactive"], ["Inactive", "inactive"],
    ["Retired", "inactive"], ["Leave of Absence", "active"], ["leave  of absence", "active"],
    ["1", "active"], ["0", "inactive"], ["Pre-Hire", null],
  ])("built-in: %j → %j", (raw, out) => expect(cleanStatus(raw, builtIn)).toBe(out));

  const admin = compileStatusMap({ "Leave of Absence": "inactive", "Pre-Hire": "inactive", Contractor: "active" });
  it.each<[string, MemberStatus | null]>([
    ["Leave of Absence", "inactive"], ["pre-hire", "inactive"], ["Contractor", "active"], ["Terminated", "inactive"], ["Active", "active"],
  ])("admin map wins: %j → %j", (raw, out) => expect(cleanStatus(raw, admin)).toBe(out));

  it("suggests from the built-in wording", () => {
    expect(suggestStatus("Retired")).toBe("inactive");
    expect(suggestStatus("Something")).toBeNull();
  });
});
