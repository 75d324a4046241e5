import { describe, expect, it } from "vitest";
import { cleanRow, createRowCleaner } from "./clean-row";
import { buildWorkerIndex, EMPTY_WORKER_INDEX, resolveManager, WorkerIndex } from "./worker-index";
import type { MappingConfig } from "./types";
import type { RawRow } from "../workday/types";
import { ROWS, WORKDAY_MAPPING } from "./fixtures.test-helpers";

const index = buildWorkerIndex(ROWS, WORKDAY_MAPPING);

describe("cleanRow", () => {
  it("cleans a complete row without problems", () => {
    const { profile, problems } = cleanRow(ROWS[0], WORKDAY_MAPPING, index);
    expect(problems).toEqual([]);
    expect(profile).toEqual({
      workdayId: "000100",
      email: "alex.manager@example.com",
      firstName: "Alex",
      lastName: "Manager",
      managementLevel: "VP",
      jobTitle: "VP Sales",
      businessUnit: null,
      jobFunction: null,
      peopleManager: "yes",
      managerEmail: null,
      location: "Toronto",
      locale: "en-US",
      status: "active",
      groups: [],
    });
  });

  it("resolves a manager descriptor, joins lists and keeps leave of absence active", () => {
    const { profile, problems } = cleanRow(ROWS[1], WORKDAY_MAPPING, index);
    expect(problems).toEqual([]);
    expect(profile).toMatchObject({
      email: "jo.doe@example.com",
      firstName: "Jo",
      managementLevel: "Sr. Manager",
      jobTitle: "Lead; Coach",
      businessUnit: "Sales (Alex Manager)",
      peopleManager: "yes",
      managerEmail: "alex.manager@example.com",
      location: "Montréal",
      locale: "fr-CA",
      status: "active",
      groups: ["Mentors", "New Hires"],
    });
  });

  it("reports every problem on a bad row", () => {
    const { profile, problems } = cleanRow(ROWS[2], WORKDAY_MAPPING, index);
    expect(profile).toMatchObject({ email: null, lastName: null, managementLevel: null, peopleManager: null, managerEmail: null, locale: null, status: "inactive" });
    expect(problems.map((p) => [p.field, p.severity, p.code])).toEqual([
      ["email", "error", "invalid"],
      ["lastName", "error", "missing"],
      ["managementLevel", "error", "invalid"],
      ["peopleManager", "warning", "invalid"],
      ["managerEmail", "warning", "unresolved"],
      ["locale", "warning", "invalid"],
    ]);
  });

  const minimal: MappingConfig = { columns: { workdayId: "id", email: "mail", firstName: "fn", lastName: "ln", managementLevel: "lvl" }, roleMap: {}, statusMap: {} };
  it.each<[string, RawRow, Partial<Record<string, unknown>>, string[]]>([
    ["no status column: active", { id: "1", mail: "a@b.co", fn: "A", ln: "B", lvl: "Director" }, { status: "active", managementLevel: "Director" }, ["managementLevel:warning"]],
    ["missing identity", { fn: "A", ln: "B", lvl: "Intern" }, { workdayId: null, email: null }, ["workdayId:error", "email:error", "managementLevel:warning"]],
    ["unrecognised level without map", { id: "1", mail: "a@b.co", fn: "A", ln: "B", lvl: "L7" }, { managementLevel: null }, ["managementLevel:error"]],
    ["empty level", { id: "1", mail: "a@b.co", fn: "A", ln: "B" }, { managementLevel: null }, ["managementLevel:error"]],
  ])("%s", (_name, raw, expected, problems) => {
    const r = cleanRow(raw, minimal, EMPTY_WORKER_INDEX);
    expect(r.profile).toMatchObject(expected);
    expect(r.problems.map((p) => `${p.field}:${p.severity}`)).toEqual(problems);
  });

  it("says when no column is mapped to a required field", () => {
    const r = cleanRow({}, { columns: {}, roleMap: {}, statusMap: {} }, EMPTY_WORKER_INDEX);
    expect(r.problems[0].message).toBe("No report column is mapped to Workday ID.");
    expect(r.problems).toHaveLength(5);
    expect(r.profile.status).toBe("active");
  });

  it("applies the admin's status map", () => {
    const cleaner = createRowCleaner({ ...WORKDAY_MAPPING, statusMap: { "Leave of Absence": "inactive" } });
    expect(cleaner(ROWS[1], index).profile.status).toBe("inactive");
  });
});

describe("resolveManager", () => {
  const idx = new WorkerIndex({ columns: {} });
  idx.set("000687", "alex@example.com");
  idx.set("E12", "e12@example.com");
  it.each<[string, string | null, string | null]>([
    ["Alex Manager (000687)", "alex@example.com", null],
    ["000687", "alex@example.com", null],
    [" e12 ", "e12@example.com", null],
    ["Boss@Example.com", "boss@example.com", null],
    ["boss@", null, "invalid"],
    ["Alex (Sales) Manager (000687)", "alex@example.com", null],
    ["Nobody (123)", null, "unresolved"],
    ["Alex Manager", null, "unresolved"],
  ])("%j → %j", (raw, email, problem) => expect(resolveManager(raw, idx)).toEqual({ email, problem }));

  it("links a manager listed after the report", () => {
    const rows = [...ROWS].reverse();
    const r = cleanRow(rows[1], WORKDAY_MAPPING, buildWorkerIndex(rows, WORKDAY_MAPPING));
    expect(r.profile.managerEmail).toBe("alex.manager@example.com");
  });
});
