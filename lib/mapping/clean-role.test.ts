import { describe, expect, it } from "vitest";
import { buildRoleValueMap, compileRoleMap, resolveRole, suggestRole, suggestRoleMap } from "./clean-role";
import { ROLE_SEGMENTS, type RoleSegment } from "./fields";

describe("suggestRole", () => {
  it.each(ROLE_SEGMENTS.map((s) => [s, s] as [string, RoleSegment]))("exact %j", (raw, out) => expect(suggestRole(raw)).toBe(out));

  it.each<[string, RoleSegment | null]>([
    ["senior manager", "Sr. Manager"], ["Sr Manager", "Sr. Manager"], ["SR. MANAGER", "Sr. Manager"], ["Senior Manager (M3)", "Sr. Manager"],
    ["Vice President", "VP"], ["4 Vice President", "VP"], ["AVP", "VP"],
    ["Senior Vice President", "SVP"], ["Executive Vice President", "SVP"], ["EVP", "SVP"], ["Sr. VP", "SVP"],
    ["Chief Executive Officer", "Executive"], ["1 Chief Executive Officer", "Executive"], ["Chief Financial Officer", "Executive"],
    ["CEO", "Executive"], ["CHRO", "Executive"], ["President", "Executive"], ["C-Suite", "Executive"],
    ["Individual Contributor", "Individual Contributor"], ["Professional", "Individual Contributor"], ["Non-Manager", "Individual Contributor"],
    ["Sr Director", "Sr. Director"], ["Senior Director", "Sr. Director"], ["Associate Director", "Director"], ["Director", "Director"],
    ["Supervisor", "Manager"], ["Team Lead", "Manager"], ["Mgr", "Manager"],
    ["Intern", "Intern"], ["Co-op", "Intern"], ["Coop", "Intern"], ["Summer Intern", "Intern"],
    ["Student", "Student"], ["Working Student", "Student"],
    ["Senior Analyst", "Analyst"], ["Associate", "Associate"],
    ["M3", null], ["L7", null], ["", null], ["Contingent Worker", null],
  ])("%j → %j", (raw, out) => expect(suggestRole(raw)).toBe(out));
});

describe("value map", () => {
  it("lists distinct values most common first with suggestions", () => {
    expect(buildRoleValueMap([{ value: "M3", count: 2 }, { value: "Senior Manager", count: 10 }])).toEqual([
      { value: "Senior Manager", count: 10, suggested: "Sr. Manager" },
      { value: "M3", count: 2, suggested: null },
    ]);
    expect(suggestRoleMap(["Vice President", "M3", " Vice President "])).toEqual({ "Vice President": "VP", M3: null });
  });

  const compiled = compileRoleMap({ "Senior Manager": "Manager", M3: "Director", Weird: null });
  it.each<[string, RoleSegment | null, boolean]>([
    ["Senior Manager", "Manager", true], // confirmed map beats the suggestion
    ["senior  manager", "Manager", true],
    ["M3", "Director", true],
    ["Weird", null, true], // admin left it unassigned
    ["Vice President", "VP", false], // not in the map: suggestion
    ["Q9", null, false],
  ])("%j → %j (from map: %s)", (raw, role, fromMap) => expect(resolveRole(raw, compiled)).toEqual({ role, fromMap }));
});
