import { describe, expect, it } from "vitest";
import { countChangedRows, countManagementLevels, summarizeFields } from "./summarize";
import { defaultMappingConfig } from "./default-config";
import { ROWS, WORKDAY_MAPPING } from "./fixtures.test-helpers";
import type { MappingConfig } from "./types";

describe("summarizeFields", () => {
  const s = summarizeFields(ROWS, WORKDAY_MAPPING);

  it.each<[keyof typeof s.fields, number, number, number]>([
    // field, coverage, distinct, invalid
    ["workdayId", 1, 3, 0],
    ["email", 1, 3, 1],
    ["lastName", 2 / 3, 2, 0],
    ["managementLevel", 1, 3, 1],
    ["peopleManager", 1, 3, 1],
    ["managerEmail", 2 / 3, 2, 1],
    ["locale", 1, 3, 1],
    ["jobFunction", 0, 0, 0],
  ])("%s: coverage %d, distinct %d, invalid %d", (field, coverage, distinct, invalid) => {
    expect(s.fields[field].coverage).toBeCloseTo(coverage);
    expect(s.fields[field].distinct).toBe(distinct);
    expect(s.fields[field].invalid).toBe(invalid);
  });

  it("shows raw beside cleaned examples and counts rows with problems", () => {
    expect(s.rowCount).toBe(3);
    expect(s.fields.email.examples[1]).toEqual({ raw: "jo.doe@example.com", cleaned: "jo.doe@example.com" });
    expect(s.fields.locale.invalidExamples).toEqual([{ raw: "de_DE", cleaned: null }]);
    expect(s.fields.groups.examples).toEqual([{ raw: "Mentors; New Hires", cleaned: "Mentors; New Hires" }]);
    expect(s.rowsWithErrors).toBe(1);
    expect(s.rowsWithWarnings).toBe(1);
    expect(s.distinctManagementLevels).toEqual([
      { value: "M3", count: 1 },
      { value: "Senior Manager", count: 1 },
      { value: "Vice President", count: 1 },
    ]);
  });
});

describe("countChangedRows", () => {
  const withMap = (roleMap: MappingConfig["roleMap"], extra: Partial<MappingConfig> = {}): MappingConfig => ({ ...WORKDAY_MAPPING, roleMap, ...extra });
  it.each<[string, MappingConfig, number]>([
    ["same mapping", WORKDAY_MAPPING, 0],
    ["one role reassigned", withMap({ ...WORKDAY_MAPPING.roleMap, "Senior Manager": "Manager" }), 1],
    ["unassigned value assigned", withMap({ ...WORKDAY_MAPPING.roleMap, M3: "Manager" }), 1],
    ["status map", withMap(WORKDAY_MAPPING.roleMap, { statusMap: { "Leave of Absence": "inactive" } }), 1],
    ["location unmapped", withMap(WORKDAY_MAPPING.roleMap, { columns: { ...WORKDAY_MAPPING.columns, location: null } }), 2],
    ["identity column changed", withMap(WORKDAY_MAPPING.roleMap, { columns: { ...WORKDAY_MAPPING.columns, workdayId: null } }), 3],
  ])("%s → %d", (_name, after, changed) => expect(countChangedRows(ROWS, WORKDAY_MAPPING, after)).toBe(changed));
});

describe("defaultMappingConfig", () => {
  it("suggests columns and a role map for the distinct levels", () => {
    const columns = [...new Set(ROWS.flatMap((r) => Object.keys(r)))];
    const config = defaultMappingConfig(columns, countManagementLevels(ROWS, "Management_Level"), ["Group_Name"]);
    expect(config.columns).toEqual({ ...WORKDAY_MAPPING.columns, jobFunction: null });
    expect(config.roleMap).toEqual({ M3: null, "Senior Manager": "Sr. Manager", "Vice President": "VP" });
    expect(config.statusMap).toEqual({});
    expect(config.groupNameColumn).toBe("Group_Name");
  });
});
