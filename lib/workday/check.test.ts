import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUIRED_USER_FIELDS } from "../mapping/fields";
import { checkReport, checkReports } from "./check";
import { startWorkdaySim, type WorkdaySim } from "./sim";

let sim: WorkdaySim;
let base: { username: string; password: string; extraHosts: string[] };

beforeAll(async () => {
  sim = await startWorkdaySim({ port: 0 });
  base = { username: sim.username, password: sim.password, extraHosts: [`127.0.0.1:${sim.port}`] };
});
afterAll(() => sim.close());

const codes = (ps: Array<{ code: string }>) => ps.map((p) => p.code);

describe("checkReports", () => {
  it("passes the demo tenant with every required field mapped", async () => {
    const progress: string[] = [];
    const result = await checkReports({
      ...base,
      usersUrl: sim.reportUrl("acme", "Workers_for_10KC"),
      groupsUrl: sim.reportUrl("acme", "Groups_for_10KC"),
      onProgress: (p) => progress.push(p.report),
    });
    expect(Object.keys(result).sort()).toEqual(["groups", "ok", "users"]);
    expect(result.ok).toBe(true);
    const { users, groups } = result;
    expect(users).toMatchObject({ ok: true, rows: 250, tenant: "acme", report: "Workers_for_10KC" });
    expect(users.problems.filter((p) => p.severity === "error")).toEqual([]);
    for (const key of REQUIRED_USER_FIELDS) expect(users.mapping[key], key).toBeTruthy();
    expect(users.mapping).toMatchObject({
      workdayId: "employee_id",
      email: "primary_work_email",
      firstName: "Legal_Name_-_First_Name",
      lastName: "Legal_Name_-_Last_Name",
      managementLevel: "Management_Level",
    });
    expect(users.sample).toHaveLength(5);
    expect(users.columns).toContain("Worker_s_Manager");
    const id = users.columnStats.find((c) => c.name === "employee_id");
    expect(id).toEqual({ name: "employee_id", filled: 250, share: 1 });
    expect(groups).toMatchObject({ ok: true, mapping: { groupName: "group_name" }, report: "Groups_for_10KC" });
    expect(groups!.rows).toBeGreaterThan(5);
    expect(new Set(progress)).toEqual(new Set(["users", "groups"]));
  });

  it("returns groups: null when no group report is given", async () => {
    const result = await checkReports({ ...base, usersUrl: sim.reportUrl("acme", "Workers"), groupsUrl: null });
    expect(result.groups).toBeNull();
    expect(result.ok).toBe(true);
  });

  it("flags a missing required column at step 4 and mentions ISU field access", async () => {
    const users = await checkReport("users", sim.reportUrl("acme", "Workers", { dropColumns: "Management_Level" }), base);
    expect(users.ok).toBe(false);
    const p = users.problems.find((x) => x.code === "missing_required_fields");
    expect(p).toMatchObject({ severity: "error", step: 4 });
    expect(p!.message).toMatch(/Management level/);
    expect(p!.message).toMatch(/step 1/);
    expect(p!.message).toMatch(/silently/);
    expect(users.mapping.managementLevel).toBeNull();
  });

  it("warns about missing recommended columns without failing", async () => {
    const users = await checkReport("users", sim.reportUrl("acme", "Workers", { dropColumns: "Business_Title,Job_Family" }), base);
    expect(users.ok).toBe(true);
    expect(users.problems.find((p) => p.code === "missing_recommended_fields")).toMatchObject({ severity: "warning", step: 4 });
  });

  it("warns about a mapped column empty in more than half the rows", async () => {
    const overrides: Record<string, Record<string, string | null>> = {};
    for (let i = 1; i <= 200; i++) overrides[`E${String(i).padStart(6, "0")}`] = { Job_Family: null };
    sim.setTenant("sparse", { workers: 250, overrides });
    try {
      const users = await checkReport("users", sim.reportUrl("sparse", "Workers"), base);
      const p = users.problems.find((x) => x.code === "sparse_field");
      expect(p).toMatchObject({ severity: "warning", step: 4 });
      expect(p!.message).toMatch(/Job_Family/);
      expect(users.ok).toBe(true);
    } finally {
      sim.reset();
    }
  });

  it("reports an empty user report at step 3", async () => {
    const users = await checkReport("users", sim.reportUrl("acme", "Workers", { fault: "empty" }), base);
    expect(users).toMatchObject({ ok: false, rows: 0, columns: [] });
    expect(codes(users.problems)).toEqual(["empty_report"]);
    expect(users.problems[0]).toMatchObject({ step: 3, severity: "error" });
    expect(users.problems[0].message).toMatch(/Worker Data: Active and Terminated Workers/);
  });

  it("reports a group report without group_name at step 5", async () => {
    const groups = await checkReport("groups", sim.reportUrl("acme", "Groups", { dropColumns: "group_name" }), base);
    expect(groups.problems.find((p) => p.code === "missing_required_fields")).toMatchObject({ step: 5 });
  });

  it("turns a fetch failure into a problem, fails overall, and never echoes the password", async () => {
    const password = "Wr0ng-Pa55word";
    const result = await checkReports({
      ...base,
      password,
      usersUrl: sim.reportUrl("acme", "Workers"),
      groupsUrl: sim.reportUrl("acme", "Groups"),
    });
    expect(result.ok).toBe(false);
    expect(codes(result.users.problems)).toEqual(["auth_failed"]);
    expect(result.users.problems[0].step).toBe(1);
    expect(codes(result.groups!.problems)).toEqual(["auth_failed"]);
    expect(JSON.stringify(result)).not.toContain(password);
  });

  it("fails overall when only the group report fails", async () => {
    const result = await checkReports({
      ...base,
      usersUrl: sim.reportUrl("acme", "Workers"),
      groupsUrl: sim.reportUrl("acme", "Groups", { fault: "500" }),
    });
    expect(result.users.ok).toBe(true);
    expect(result.ok).toBe(false);
    expect(result.groups!.problems[0]).toMatchObject({ code: "not_authorized", step: 6 });
  });

  it("reports a bad URL with tenant and report null", async () => {
    const users = await checkReport("users", "https://example.com/foo", base);
    expect(users).toMatchObject({ ok: false, rows: 0, tenant: null, report: null });
    expect(users.problems[0]).toMatchObject({ code: "bad_url", step: 7 });
  });

  it("reports time caps as timeout", async () => {
    const users = await checkReport("users", sim.reportUrl("acme", "Workers", { fault: "slow", delayMs: 3000 }), {
      ...base,
      timeouts: { firstByteMs: 100 },
    });
    expect(users.problems[0]).toMatchObject({ code: "timeout", step: null });
  });
});
