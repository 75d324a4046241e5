import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { createTestDb } from "@/db/testing";
import { listAudit } from "@/db/queries/audit";
import { getConnection } from "@/db/queries/connections";
import { createOrganization } from "@/db/queries/organizations";
import { startWorkdaySim, type WorkdaySim } from "@/lib/workday/sim";
import { saveConnectionSettings } from "./save-connection";
import { loadSnapshot } from "./report-snapshot";
import { connectionView, runConnectionTest } from "./test-connection";

let handle: DbHandle;
let sim: WorkdaySim;
let orgId: string;
const actor = { id: null, email: "tester@10kc.test" };
const PASSWORD = "Sup3r-Secret-ISU-pw";

beforeAll(async () => {
  sim = await startWorkdaySim({ port: 0, password: PASSWORD });
  process.env.WORKDAY_EXTRA_HOSTS = new URL(sim.baseUrl).host;
  const { resetEnvForTests } = await import("@/lib/env");
  resetEnvForTests();
  handle = await createTestDb();
  orgId = (await createOrganization(handle.db, { slug: "conn", name: "Conn" })).id;
});
afterAll(async () => {
  await handle.close();
  await sim.close();
});

const urls = () => ({ usersUrl: sim.reportUrl("conn", "Workers_for_10KC"), groupsUrl: sim.reportUrl("conn", "Groups_for_10KC") });

describe("connection settings", () => {
  it("keeps the password only encrypted, and out of the browser's view and the audit log", async () => {
    await saveConnectionSettings(handle.db, { orgId, ...urls(), username: "ISU_10KC", password: PASSWORD, actor });
    const stored = await getConnection(handle.db, { orgId });
    expect(stored?.passwordBox).toBeTruthy();
    expect(JSON.stringify(stored)).not.toContain(PASSWORD);
    const view = connectionView(stored);
    expect(view.passwordSaved).toBe(true);
    expect(JSON.stringify(view)).not.toContain(PASSWORD);
    expect(JSON.stringify(view)).not.toContain(stored!.passwordBox!);
    expect(JSON.stringify(await listAudit(handle.db, { orgId }))).not.toContain(PASSWORD);
  });

  it("keeps the saved password when only a URL is edited", async () => {
    const before = await getConnection(handle.db, { orgId });
    await saveConnectionSettings(handle.db, { orgId, ...urls(), groupsUrl: "", username: "ISU_10KC", password: "", actor });
    const after = await getConnection(handle.db, { orgId });
    expect(after?.passwordBox).toBe(before?.passwordBox);
    expect(after?.groupsUrl).toBeNull();
  });

  it("refuses a URL that is not a Workday RaaS JSON link and stores nothing", async () => {
    const before = await getConnection(handle.db, { orgId });
    await expect(
      saveConnectionSettings(handle.db, { orgId, usersUrl: "https://example.com/report", groupsUrl: "", username: "x", password: "", actor }),
    ).rejects.toThrow(/User report URL/);
    expect(await getConnection(handle.db, { orgId })).toEqual(before);
  });

  it("forces format=json and keeps report prompts", async () => {
    const usersUrl = `${sim.reportUrl("conn", "Workers_for_10KC").split("?")[0]}?Org!WID=abc123`;
    await saveConnectionSettings(handle.db, { orgId, usersUrl, groupsUrl: urls().groupsUrl, username: "ISU_10KC", password: "", actor });
    const saved = new URL((await getConnection(handle.db, { orgId }))!.usersUrl!);
    expect(saved.searchParams.get("format")).toBe("json");
    expect(saved.searchParams.get("Org!WID")).toBe("abc123");
  });
});

describe("live test", () => {
  it("records the result without the password and keeps a snapshot of the rows", async () => {
    await saveConnectionSettings(handle.db, { orgId, ...urls(), username: "ISU_10KC", password: PASSWORD, actor });
    const result = await runConnectionTest(handle.db, { orgId });
    expect(result.state).toBe("done");
    if (result.state !== "done") return;
    expect(result.ok).toBe(true);
    expect(result.users.rows).toBeGreaterThan(0);
    const stored = await getConnection(handle.db, { orgId });
    expect(stored?.lastTestOk).toBe(true);
    expect(JSON.stringify(stored?.lastTestResult)).not.toContain(PASSWORD);
    const snapshot = await loadSnapshot(handle.db, { orgId, report: "users" });
    expect(snapshot?.rows).toHaveLength(result.users.rows);
    expect(snapshot?.columns).toEqual(result.users.columns);
  });

  it("points a wrong password at step 1 and keeps the earlier snapshot", async () => {
    await saveConnectionSettings(handle.db, { orgId, ...urls(), username: "ISU_10KC", password: "wrong-password", actor });
    const result = await runConnectionTest(handle.db, { orgId });
    if (result.state !== "done") throw new Error("test did not finish");
    expect(result.ok).toBe(false);
    expect(result.users.problems[0]).toMatchObject({ code: "auth_failed", step: 1 });
    expect((await getConnection(handle.db, { orgId }))?.lastTestOk).toBe(false);
    expect(await loadSnapshot(handle.db, { orgId, report: "users" })).not.toBeNull();
  });
});
