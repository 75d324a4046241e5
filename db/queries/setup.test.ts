import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { createTestDb } from "@/db/testing";
import { setupFacts, setupProgress } from "@/lib/setup/facts";
import { recordConnectionTest, saveConnection } from "./connections";
import { createNotification, listAllSupportNotifications } from "./notifications";
import { createOrganization } from "./organizations";
import { listConnectionsForProgressOf, listSetupStepsOf, listSetupSteps, saveSetupStep } from "./setup";

let handle: DbHandle;
let org: { id: string; slug: string };
let other: { id: string; slug: string };
const actor = { id: null, email: "admin@acme.test" };

beforeAll(async () => {
  handle = await createTestDb();
  org = await createOrganization(handle.db, { slug: "acme", name: "Acme" });
  other = await createOrganization(handle.db, { slug: "other", name: "Other" });
});
afterAll(() => handle.close());

describe("setup step queries", () => {
  it("saves a step once per organization, replacing answers and keeping who saved it", async () => {
    await saveSetupStep(handle.db, { orgId: org.id, step: 1, answers: { username: "ISU_A" }, done: true, actor });
    await saveSetupStep(handle.db, { orgId: org.id, step: 1, answers: { username: "ISU_B" }, done: true, actor: { id: null, email: "colleague@acme.test" } });
    await saveSetupStep(handle.db, { orgId: other.id, step: 1, answers: { username: "OTHER" }, done: true, actor });
    const rows = await listSetupSteps(handle.db, { orgId: org.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ step: 1, answers: { username: "ISU_B" }, updatedByEmail: "colleague@acme.test" });
  });

  it("gives support each connection's test verdict without its sample rows, read by the same rules", async () => {
    await saveConnection(handle.db, { orgId: org.id, usersUrl: "https://x/u", groupsUrl: "https://x/g", username: "ISU_B", passwordBox: "box", actorId: null });
    const auth = { code: "auth_failed", severity: "error", step: 1, message: "Workday rejected the sign-in" };
    await recordConnectionTest(handle.db, {
      orgId: org.id,
      ok: false,
      result: { state: "done", ok: false, finishedAt: "t", users: { ok: false, rows: 0, sample: [{ a: "secret-ish" }], problems: [auth] }, groups: { ok: false, problems: [auth] } },
    });
    const [row] = await listConnectionsForProgressOf(handle.db, { orgIds: [org.id] });
    expect(JSON.stringify(row.lastTestResult)).not.toContain("sample");
    expect(row.passwordSaved).toBe(true);
    const steps = await listSetupStepsOf(handle.db, { orgIds: [org.id] });
    expect(steps.every((s) => s.organizationId === org.id)).toBe(true);
    expect(await listSetupStepsOf(handle.db, { orgIds: [] })).toEqual([]);
    const progress = setupProgress(steps, setupFacts(steps, row));
    expect(progress.statuses[0].state).toBe("needs_attention");
    expect(progress.next).toBe(1);
  });

  it("reads a running test and a test without a group report", async () => {
    await saveConnection(handle.db, { orgId: other.id, usersUrl: "https://x/u", groupsUrl: null, username: "I", passwordBox: null, actorId: null });
    await recordConnectionTest(handle.db, { orgId: other.id, ok: null, result: { state: "running", users: { rows: 3 }, groups: null } });
    let [row] = await listConnectionsForProgressOf(handle.db, { orgIds: [other.id] });
    expect(setupFacts([], row).test).toEqual({ state: "running" });
    await recordConnectionTest(handle.db, { orgId: other.id, ok: true, result: { state: "done", ok: true, users: { ok: true, problems: [] }, groups: null } });
    [row] = await listConnectionsForProgressOf(handle.db, { orgIds: [other.id] });
    expect(setupFacts([], row).test).toMatchObject({ state: "done", ok: true, groups: null });
  });
});

describe("notifications", () => {
  it("lists support's notifications newest first with the organization named", async () => {
    await createNotification(handle.db, { orgId: org.id, audience: "support", kind: "setup.submitted", message: "first" });
    await createNotification(handle.db, { orgId: org.id, audience: "admin", kind: "x", message: "for the admin" });
    await createNotification(handle.db, { orgId: other.id, audience: "support", kind: "setup.submitted", message: "second" });
    const list = await listAllSupportNotifications(handle.db);
    expect(list.map((n) => n.message)).toEqual(["second", "first"]);
    expect(list[1]).toMatchObject({ orgSlug: "acme", orgName: "Acme" });
  });
});
