import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getConnectionHealth, listHealthTransitions, listRunFigures } from "@/db/queries/health";
import { listNotifications } from "@/db/queries/notifications";
import { getSchedule } from "@/db/queries/schedules";
import { syncRuns } from "@/db/schema";
import { setHealthWebhook } from "@/lib/health/webhook-settings";
import type { BackoffPolicy } from "@/lib/schedule/backoff";
import type { SyncJob } from "@/lib/schedule/due";
import { connectedOrg, recordingChannels, TEST_ACTOR, useSimAndDb } from "./fixtures.test-helpers";
import { runSyncJob, type RunSyncDeps } from "./run-sync-job";

const ctx = useSimAndDb();

const policy: BackoffPolicy = { baseMs: 1000, maxMs: 8000, maxAttempts: 4, jitter: 0 };
const job = (orgId: string, trigger: SyncJob["trigger"] = "scheduled"): SyncJob => ({
  orgId,
  trigger,
  actor: trigger === "scheduled" ? { id: null, email: "scheduled sync" } : TEST_ACTOR,
  windowEndsAt: Date.now() + 3600_000,
});

/**
 * No real waiting: a wait moves a virtual clock on and is recorded, and `onSleep` can change the
 * tenant between attempts.
 */
function deps(onSleep: (ms: number) => void = () => {}) {
  const waits: number[] = [];
  let slept = 0;
  const rec = recordingChannels();
  const d: RunSyncDeps = {
    backoff: policy,
    random: () => 0.5,
    now: () => Date.now() + slept,
    sleep: async (ms) => {
      waits.push(ms);
      slept += ms;
      onSleep(ms);
    },
    channels: rec.channels,
  };
  return { deps: d, waits, ...rec };
}

describe("a scheduled run", () => {
  it("previews, applies on its own, and records its figures and a healthy state", async () => {
    const org = await connectedOrg(ctx.handle.db, ctx.sim, "sched-ok");
    const { deps: d } = deps();
    const result = await runSyncJob(ctx.handle.db, job(org.id), d);
    expect(result).toMatchObject({ status: "applied", attempts: 1, errorCode: null });

    const [figures] = await listRunFigures(ctx.handle.db, { orgId: org.id });
    expect(figures).toMatchObject({ trigger: "scheduled", outcome: "applied", attempts: 1, rowsRead: 20, memberCount: expect.any(Number) });
    expect(figures.counts?.create).toBeGreaterThan(0);
    expect(Object.keys(figures.stages!).sort()).toEqual(["applyMs", "cleanMs", "fetchGroupsMs", "fetchUsersMs", "planMs"]);
    expect(figures.durationMs).toBeGreaterThanOrEqual(0);

    const health = await getConnectionHealth(ctx.handle.db, { orgId: org.id });
    expect(health).toMatchObject({ state: "healthy", consecutiveFailures: 0 });
    expect(health?.lastSuccessAt).not.toBeNull();
    // The first applied sync starts the default schedule: daily.
    expect((await getSchedule(ctx.handle.db, { orgId: org.id }))?.mode).toBe("daily");
    // The lease is given back.
    expect((await getSchedule(ctx.handle.db, { orgId: org.id }))?.leaseToken).toBeNull();
  });

  it("retries a Workday outage with growing waits and succeeds once it is back", async () => {
    const org = await connectedOrg(ctx.handle.db, ctx.sim, "sched-retry", { fault: "503" });
    let sleeps = 0;
    const { deps: d, waits } = deps(() => {
      if (++sleeps === 2) ctx.sim.setTenant("sched-retry", { workers: 20, delayMs: 0, seed: "sched-retry" });
    });
    const result = await runSyncJob(ctx.handle.db, job(org.id), d);
    expect(result).toMatchObject({ status: "applied", attempts: 3 });
    expect(waits).toEqual([1000, 2000]);
    const [figures] = await listRunFigures(ctx.handle.db, { orgId: org.id });
    expect(figures).toMatchObject({ outcome: "applied", attempts: 3 });
    // Each attempt is a sync run of its own; the failed ones keep their problem.
    const runs = await ctx.handle.db.select().from(syncRuns).where(eq(syncRuns.organizationId, org.id));
    expect(runs.map((r) => r.status).sort()).toEqual(["applied", "failed", "failed"]);
  });

  it("gives up when the window closes, and stays one failed run", async () => {
    const org = await connectedOrg(ctx.handle.db, ctx.sim, "sched-window", { fault: "503" });
    const { deps: d, waits } = deps();
    const result = await runSyncJob(ctx.handle.db, { ...job(org.id), windowEndsAt: Date.now() + 2500 }, d);
    expect(result).toMatchObject({ status: "failed", errorCode: "host_unreachable" });
    expect(waits.length).toBeLessThanOrEqual(1);
    expect(await listRunFigures(ctx.handle.db, { orgId: org.id })).toHaveLength(1);
  });

  it("does not retry a refused sign-in: the connection is failing and people are told at once", async () => {
    const org = await connectedOrg(ctx.handle.db, ctx.sim, "sched-auth", { fault: "401" });
    await setHealthWebhook(ctx.handle.db, { orgId: org.id, actor: TEST_ACTOR, url: "https://hooks.example.com/wc" });
    const { deps: d, waits, emails, webhooks } = deps();
    const result = await runSyncJob(ctx.handle.db, job(org.id), d);
    expect(result).toMatchObject({ status: "failed", attempts: 1, errorCode: "auth_failed" });
    expect(waits).toEqual([]);

    const health = await getConnectionHealth(ctx.handle.db, { orgId: org.id });
    expect(health?.state).toBe("failing");
    expect(health?.reason).toMatch(/refused the Integration System User/);
    const support = await listNotifications(ctx.handle.db, { orgId: org.id, audience: "support" });
    const admin = await listNotifications(ctx.handle.db, { orgId: org.id, audience: "admin" });
    expect(support.map((n) => n.kind)).toEqual(["health.failing"]);
    expect(admin.map((n) => n.kind)).toEqual(["health.failing"]);
    expect(emails).toHaveLength(1);
    expect(emails[0].to).toContain("admin@sched-auth.test");
    expect(webhooks).toHaveLength(1);
    expect(webhooks[0].payload).toMatchObject({ event: "health.failing", state: "failing", organization: { slug: "sched-auth" } });
  });

  it("does not retry a missing report authorization either", async () => {
    const org = await connectedOrg(ctx.handle.db, ctx.sim, "sched-notauth", { fault: "500" });
    const { deps: d, waits } = deps();
    expect(await runSyncJob(ctx.handle.db, job(org.id), d)).toMatchObject({ status: "failed", attempts: 1, errorCode: "not_authorized" });
    expect(waits).toEqual([]);
    expect((await getConnectionHealth(ctx.handle.db, { orgId: org.id }))?.state).toBe("failing");
  });

  it("leaves a plan that would remove too many members held for review, and says so once", async () => {
    const org = await connectedOrg(ctx.handle.db, ctx.sim, "sched-held", { workers: 40 });
    const { deps: d, webhooks } = deps();
    await setHealthWebhook(ctx.handle.db, { orgId: org.id, actor: TEST_ACTOR, url: "https://hooks.example.com/wc" });
    expect((await runSyncJob(ctx.handle.db, job(org.id), d)).status).toBe("applied");
    ctx.sim.setTenant("sched-held", { workers: 40, delayMs: 0, seed: "sched-held", dropPercent: 40 });
    const held = await runSyncJob(ctx.handle.db, job(org.id), d);
    expect(held.status).toBe("held");
    const [run] = await ctx.handle.db.select().from(syncRuns).where(and(eq(syncRuns.organizationId, org.id), eq(syncRuns.status, "held")));
    expect(run.heldCode).toBe("deletion_threshold");
    expect((await getConnectionHealth(ctx.handle.db, { orgId: org.id }))?.state).toBe("held");
    // Still held on the next run: no second announcement.
    expect((await runSyncJob(ctx.handle.db, job(org.id), d)).status).toBe("held");
    expect(webhooks.map((w) => (w.payload as { event: string }).event)).toEqual(["health.held"]);
  });

  it("announces five failing runs once, and the recovery once", async () => {
    const org = await connectedOrg(ctx.handle.db, ctx.sim, "sched-flaky");
    const { deps: d, webhooks } = deps();
    await setHealthWebhook(ctx.handle.db, { orgId: org.id, actor: TEST_ACTOR, url: "https://hooks.example.com/wc" });
    expect((await runSyncJob(ctx.handle.db, job(org.id), d)).status).toBe("applied");
    ctx.sim.setTenant("sched-flaky", { workers: 20, delayMs: 0, seed: "sched-flaky", fault: "503" });
    const oneAttempt = { ...d, backoff: { ...policy, maxAttempts: 1 } };
    const states: string[] = [];
    for (let i = 0; i < 5; i++) {
      expect((await runSyncJob(ctx.handle.db, job(org.id), oneAttempt)).status).toBe("failed");
      states.push((await getConnectionHealth(ctx.handle.db, { orgId: org.id }))!.state);
    }
    // Degraded while a success today is recent, failing from the third failure in a row.
    expect(states).toEqual(["degraded", "degraded", "failing", "failing", "failing"]);
    ctx.sim.setTenant("sched-flaky", { workers: 20, delayMs: 0, seed: "sched-flaky" });
    expect((await runSyncJob(ctx.handle.db, job(org.id), d)).status).toBe("applied");

    expect(webhooks.map((w) => (w.payload as { event: string }).event)).toEqual(["health.failing", "health.recovered"]);
    const kinds = (await listNotifications(ctx.handle.db, { orgId: org.id, audience: "support" })).map((n) => n.kind);
    expect(kinds.sort()).toEqual(["health.failing", "health.recovered"]);
    const history = (await listHealthTransitions(ctx.handle.db, { orgId: org.id })).map((t) => t.toState).reverse();
    expect(history).toEqual(["healthy", "degraded", "failing", "healthy"]);
  });

  it("does not start while another run of the organization holds the lease", async () => {
    const org = await connectedOrg(ctx.handle.db, ctx.sim, "sched-busy", { delayMs: 300 });
    const { deps: d } = deps();
    const [first, second] = await Promise.all([runSyncJob(ctx.handle.db, job(org.id), d), runSyncJob(ctx.handle.db, job(org.id), d)]);
    expect([first.status, second.status].sort()).toEqual(["applied", "busy"]);
  });
});
