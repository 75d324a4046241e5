import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { listAudit } from "@/db/queries/audit";
import { saveConnection } from "@/db/queries/connections";
import { getConnectionHealth } from "@/db/queries/health";
import { createOrganization } from "@/db/queries/organizations";
import { getSchedule, saveSchedule } from "@/db/queries/schedules";
import { getSyncSettings } from "@/db/queries/sync-runs";
import { syncRuns } from "@/db/schema";
import { createTestDb } from "@/db/testing";
import { encryptPassword } from "@/lib/connections/credentials";
import { pauseSync, requestSyncNow, resumeSync, updateSchedule, updateThresholds } from "./actions";
import { claimDueWork } from "./due";

let handle: DbHandle;
const actor = { id: null, email: "support@10kc.test" };

beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle?.close();
});

async function org(slug: string, { applied = true, connected = true } = {}) {
  const o = await createOrganization(handle.db, { slug, name: slug, timeZone: "America/Toronto" });
  if (connected) {
    await saveConnection(handle.db, {
      orgId: o.id,
      usersUrl: "https://wd2-impl-services1.workday.com/ccx/service/customreport2/t/o/r?format=json",
      groupsUrl: null,
      username: "ISU",
      passwordBox: encryptPassword("pw"),
      actorId: null,
    });
  }
  if (applied) await handle.db.insert(syncRuns).values({ organizationId: o.id, status: "applied" });
  return o;
}

const past = () => new Date(Date.now() - 60_000);
const due = (orgId: string) =>
  handle.db.execute(sql`update sync_schedules set next_run_at = ${past().toISOString()} where organization_id = ${orgId}`);
const jobsFor = async (orgId: string) => (await claimDueWork(handle.db)).filter((j) => j.orgId === orgId);

describe("scheduling", () => {
  it("hands a due organization out once, however many ticks run together", async () => {
    const o = await org("due-once");
    await updateSchedule(handle.db, { orgId: o.id, actor, schedule: { mode: "interval", intervalHours: 6 } });
    await due(o.id);
    const [a, b, c] = await Promise.all([claimDueWork(handle.db), claimDueWork(handle.db), claimDueWork(handle.db)]);
    const mine = [...a, ...b, ...c].filter((j) => j.orgId === o.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ trigger: "scheduled", actor: { email: "scheduled sync" } });
    const next = (await getSchedule(handle.db, { orgId: o.id }))!.nextRunAt!;
    expect(next.getTime() - Date.now()).toBeGreaterThan(5.9 * 3600_000);
    expect(await jobsFor(o.id)).toEqual([]);
  });

  it("waits for a first applied sync before running on a schedule", async () => {
    const o = await org("due-first", { applied: false });
    await updateSchedule(handle.db, { orgId: o.id, actor, schedule: { mode: "interval", intervalHours: 1 } });
    await due(o.id);
    expect(await jobsFor(o.id)).toEqual([]);
    // The slot passes instead of staying due forever.
    expect((await getSchedule(handle.db, { orgId: o.id }))!.nextRunAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it("runs daily at the organization's local time by default", async () => {
    const o = await org("due-daily");
    const row = await updateSchedule(handle.db, { orgId: o.id, actor, schedule: { mode: "daily", dailyAt: "03:00" } });
    const local = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    expect(local.format(row.nextRunAt!)).toBe("03:00");
  });

  it("skips paused organizations, and resumes from now without a backlog", async () => {
    const o = await org("due-paused");
    await updateSchedule(handle.db, { orgId: o.id, actor, schedule: { mode: "interval", intervalHours: 2 } });
    const paused = await pauseSync(handle.db, { orgId: o.id, actor, reason: "customer migration" });
    expect(paused.state).toBe("paused");
    await due(o.id);
    expect(await jobsFor(o.id)).toEqual([]);
    const resumed = await resumeSync(handle.db, { orgId: o.id, actor });
    expect(resumed.state).not.toBe("paused");
    const s = (await getSchedule(handle.db, { orgId: o.id }))!;
    expect(s.paused).toBe(false);
    expect(s.nextRunAt!.getTime()).toBeGreaterThan(Date.now() + 3600_000);
    expect((await getConnectionHealth(handle.db, { orgId: o.id }))?.state).not.toBe("paused");
  });

  it("takes a 'sync now' on the next tick, while paused too, with who asked", async () => {
    const o = await org("sync-now");
    await pauseSync(handle.db, { orgId: o.id, actor });
    await requestSyncNow(handle.db, { orgId: o.id, actor: { id: null, email: "admin@acme.test" } });
    const jobs = await jobsFor(o.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ trigger: "manual", actor: { email: "admin@acme.test" } });
    expect(await jobsFor(o.id)).toEqual([]);
  });

  it("refuses 'sync now' without a saved connection", async () => {
    const o = await org("sync-now-none", { connected: false, applied: false });
    await expect(requestSyncNow(handle.db, { orgId: o.id, actor })).rejects.toThrow(/Save the Workday connection/);
  });

  it("refuses schedules outside 1 to 24 hours or a bad time of day", async () => {
    const o = await org("bad-schedule");
    await expect(updateSchedule(handle.db, { orgId: o.id, actor, schedule: { mode: "interval", intervalHours: 25 } })).rejects.toThrow(/1 to 24/);
    await expect(updateSchedule(handle.db, { orgId: o.id, actor, schedule: { mode: "daily", dailyAt: "25:00" } })).rejects.toThrow(/HH:MM/);
  });

  it("writes every change to the audit log with who made it", async () => {
    const o = await org("audited");
    await updateSchedule(handle.db, { orgId: o.id, actor, schedule: { mode: "off" } });
    await updateThresholds(handle.db, { orgId: o.id, actor, deleteThresholdPercent: 10, deleteThresholdCount: 50 });
    await pauseSync(handle.db, { orgId: o.id, actor });
    await resumeSync(handle.db, { orgId: o.id, actor });
    await requestSyncNow(handle.db, { orgId: o.id, actor });
    const audit = await listAudit(handle.db, { orgId: o.id });
    expect(audit.map((a) => a.action).sort()).toEqual(
      ["sync.paused", "sync.requested", "sync.resumed", "sync.schedule_changed", "sync.thresholds_changed"].sort(),
    );
    expect(audit.every((a) => a.actorEmail === actor.email)).toBe(true);
    expect(await getSyncSettings(handle.db, { orgId: o.id })).toMatchObject({ deleteThresholdPercent: 10, deleteThresholdCount: 50 });
    // Off: nothing scheduled, even when a slot is forced.
    await saveSchedule(handle.db, { orgId: o.id, mode: "off", intervalHours: 24, dailyAt: "03:00", nextRunAt: past(), actorId: null });
    expect((await jobsFor(o.id)).filter((j) => j.trigger === "scheduled")).toEqual([]);
  });
});
