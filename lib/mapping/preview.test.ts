import { describe, expect, it } from "vitest";
import type { RawRow } from "../workday/types";
import { ROWS, WORKDAY_MAPPING } from "./fixtures.test-helpers";
import { countChangedRows } from "./summarize";
import { buildMappingPreview, mapKeyFor, startingMappingConfig, withListedRoles, withMapValue, withoutMapValue } from "./preview";

describe("buildMappingPreview", () => {
  const preview = buildMappingPreview(ROWS, WORKDAY_MAPPING);

  it("keeps the first rows raw beside cleaned, with the problem on its cell", () => {
    expect(preview.samples.map((s) => s.row)).toEqual([1, 2, 3]);
    const jo = preview.samples[1].cells;
    expect(jo.email).toEqual({ raw: " jo.doe@example.com ", cleaned: "jo.doe@example.com", problem: null });
    expect(jo.managementLevel).toMatchObject({ raw: "Senior Manager", cleaned: "Sr. Manager" });
    expect(jo.groups.cleaned).toBe("Mentors; New Hires");
    const sam = preview.samples[2];
    expect(sam.worst).toBe("error");
    expect(sam.cells.managementLevel).toMatchObject({ raw: "M3", cleaned: null, problem: { severity: "error", code: "invalid" } });
    expect(sam.cells.lastName.problem?.code).toBe("missing");
  });

  it("lists only rows with problems in problemSamples and counts them", () => {
    expect(preview.problemSamples.every((s) => s.worst !== null)).toBe(true);
    expect(preview.problemSamples.map((s) => s.row)).toContain(3);
    expect(preview.rowsWithProblems).toBe(preview.problemSamples.length);
  });

  it("lists management levels with counts and suggestions, and status wording with its built-in reading", () => {
    expect(preview.roleValues).toContainEqual({ value: "M3", count: 1, suggested: null });
    expect(preview.roleValues).toContainEqual({ value: "Vice President", count: 1, suggested: "VP" });
    expect(preview.statusValues).toContainEqual({ value: "Leave of Absence", count: 1, builtIn: "active" });
    expect(preview.statusValues).toContainEqual({ value: "Terminated", count: 1, builtIn: "inactive" });
    expect(preview.fields.managementLevel).toMatchObject({ column: "Management_Level", filled: 3, invalid: 1 });
  });

  it("caps samples and value lists but still counts every value", () => {
    const rows: RawRow[] = Array.from({ length: 30 }, (_, i) => ({ ...ROWS[0], Employee_ID: `E${i}`, Management_Level: `L${i}` }));
    const capped = buildMappingPreview(rows, WORKDAY_MAPPING, { sampleSize: 5, valueLimit: 10 });
    expect(capped.samples).toHaveLength(5);
    expect(capped.problemSamples).toHaveLength(5);
    expect(capped.roleValues).toHaveLength(10);
    expect(capped.roleValuesTotal).toBe(30);
    expect(capped.rowCount).toBe(30);
  });
});

describe("changed rows against a baseline", () => {
  it("matches countChangedRows, in the same pass as the statistics", () => {
    const draft = { ...WORKDAY_MAPPING, roleMap: { ...WORKDAY_MAPPING.roleMap, M3: "Sr. Director" as const } };
    expect(buildMappingPreview(ROWS, draft, { baseline: WORKDAY_MAPPING }).changedRows).toBe(countChangedRows(ROWS, WORKDAY_MAPPING, draft));
    expect(buildMappingPreview(ROWS, draft, { baseline: WORKDAY_MAPPING }).changedRows).toBe(1);
    const noEmail = { ...WORKDAY_MAPPING, columns: { ...WORKDAY_MAPPING.columns, email: null } };
    expect(buildMappingPreview(ROWS, noEmail, { baseline: WORKDAY_MAPPING }).changedRows).toBe(countChangedRows(ROWS, WORKDAY_MAPPING, noEmail));
    expect(buildMappingPreview(ROWS, draft).changedRows).toBe(0);
  });
});

describe("startingMappingConfig", () => {
  it("suggests columns and a Role for each level found in the suggested column", () => {
    const columns = ["Employee_ID", "Email_-_Primary_Work", "Management_Level", "Worker_Status"];
    const config = startingMappingConfig({ columns, rows: ROWS }, { columns: ["group_name"] });
    expect(config.columns.managementLevel).toBe("Management_Level");
    expect(config.roleMap).toEqual({ "Vice President": "VP", "Senior Manager": "Sr. Manager", M3: null });
    expect(config.groupNameColumn).toBe("group_name");
    expect(startingMappingConfig({ columns, rows: ROWS }).groupNameColumn).toBeNull();
  });
});

describe("value-map edits", () => {
  it("adds listed levels the map lacks, matching case-insensitively, and keeps the same object when none is new", () => {
    const map = { "senior manager": "Manager" as const };
    const listed = [
      { value: "Senior Manager", suggested: "Sr. Manager" as const },
      { value: "M3", suggested: null },
    ];
    const grown = withListedRoles(map, listed);
    expect(grown).toEqual({ "senior manager": "Manager", M3: null });
    expect(withListedRoles(grown, listed)).toBe(grown);
  });

  it("sets and clears a value under whichever spelling the map already holds", () => {
    const map = { " Leave of  Absence": "active" as const, Retired: "inactive" as const };
    expect(mapKeyFor(map, "leave of absence")).toBe(" Leave of  Absence");
    expect(withMapValue(map, "Leave of Absence", "inactive" as const)).toEqual({ Retired: "inactive", "Leave of Absence": "inactive" });
    expect(withoutMapValue(map, "RETIRED")).toEqual({ " Leave of  Absence": "active" });
    expect(withoutMapValue(map, "Unknown")).toBe(map);
  });
});
