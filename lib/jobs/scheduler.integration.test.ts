/**
 * Two schedulers sharing one PostgreSQL database and ten organizations: first two pg-boss instances
 * in this process (each with its own pool), then two real `npm run worker` processes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { and, eq, gte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DbHandle } from "@/db";
import { syncRunFigures, syncRuns } from "@/db/schema";
import { requestSyncNow, updateSchedule } from "@/lib/schedule/actions";
import type { WorkdaySim } from "@/lib/workday/sim";
import { connectedOrg, createServerTestDb, startSim, TEST_ACTOR } from "./fixtures.test-helpers";
import { runSyncJob } from "./run-sync-job";
import { createScheduler, type Runner } from "./scheduler";

const ORGS = 10;

describe.skipIf(!process.env.DATABASE_URL)("scheduler on a PostgreSQL server (needs DATABASE_URL)", () => {
  let main: DbHandle & { url: string };
  let second: DbHandle;
  let sim: WorkdaySim;
  const schedulers: Runner[] = [];
  const orgIds: string[] = [];

  beforeAll(async () => {
    sim = await startSim();
    main = await createServerTestDb();
    second = await openDatabase({ url: main.url });
    for (let i = 0; i < ORGS; i++) {
      const org = await connectedOrg(main.db, sim, `multi-${i}`);
      orgIds.push(org.id);
      // The first sync, applied by a person, before schedules start.
      const first = await runSyncJob(main.db, { orgId: org.id, trigger: "manual", actor: TEST_ACTOR, windowEndsAt: Date.now() + 60_000 });
      expect(first.status).toBe("applied");
      await updateSchedule(main.db, { orgId: org.id, actor: TEST_ACTOR, schedule: { mode: "interval", intervalHours: 1 } });
    }
  });

  afterAll(async () => {
    await Promise.all(schedulers.map((s) => s.stop()));
    await second?.close();
    await main?.close();
    await sim?.close();
  });

  async function waitFor(label: string, check: () => Promise<boolean>, timeoutMs = 90_000) {
    const until = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${label}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  const figuresSince = (since: Date, trigger: "scheduled" | "manual") =>
    main.db
      .select()
      .from(syncRunFigures)
      .where(and(gte(syncRunFigures.startedAt, since), eq(syncRunFigures.trigger, trigger)));

  /** Every sync run since `since`, per organization, as [start, end] intervals. */
  async function runIntervals(since: Date) {
    const runs = await main.db.select().from(syncRuns).where(gte(syncRuns.createdAt, since));
    const byOrg = new Map<string, Array<[number, number]>>();
    for (const r of runs) {
      const list = byOrg.get(r.organizationId) ?? [];
      list.push([r.createdAt.getTime(), r.updatedAt.getTime()]);
      byOrg.set(r.organizationId, list);
    }
    return byOrg;
  }

  function expectNoOverlap(byOrg: Map<string, Array<[number, number]>>) {
    for (const [orgId, intervals] of byOrg) {
      const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i][0], `two runs of ${orgId} overlap`).toBeGreaterThanOrEqual(sorted[i - 1][1]);
      }
    }
  }

  it("syncs ten organizations due at once exactly once each, across two instances", async () => {
    const t0 = new Date();
    await main.db.execute(sql`update sync_schedules set next_run_at = now() - interval '1 minute'`);
    for (const handle of [main, second]) {
      schedulers.push(
        await createScheduler({ db: handle.db, kind: "postgres", url: main.url, tickMs: 150, pollingIntervalSeconds: 0.5, concurrency: 3 }),
      );
    }
    await waitFor("ten scheduled runs", async () => (await figuresSince(t0, "scheduled")).length >= ORGS);
    // A little longer: a duplicate would show up now.
    await new Promise((r) => setTimeout(r, 1500));
    const figures = await figuresSince(t0, "scheduled");
    expect(figures.map((f) => f.organizationId).sort()).toEqual([...orgIds].sort());
    expect(figures.every((f) => f.outcome === "applied")).toBe(true);

    const byOrg = await runIntervals(t0);
    expect([...byOrg.keys()].sort()).toEqual([...orgIds].sort());
    for (const intervals of byOrg.values()) expect(intervals).toHaveLength(1);
  });

  it("never runs one organization twice at the same time, with 'sync now' pressed during runs", async () => {
    const t1 = new Date();
    // Slower reports, so requests land while runs are going.
    orgIds.forEach((_, i) => sim.setTenant(`multi-${i}`, { workers: 20, seed: `multi-${i}`, fault: "slow", delayMs: 300 }));
    for (const orgId of orgIds) await requestSyncNow(main.db, { orgId, actor: TEST_ACTOR });
    await waitFor("first runs under way", async () => (await main.db.select().from(syncRuns).where(gte(syncRuns.createdAt, t1))).length >= 3);
    // Pressed again on both instances' databases while the first ones run.
    await Promise.all(orgIds.map((orgId, i) => requestSyncNow((i % 2 ? second : main).db, { orgId, actor: TEST_ACTOR })));

    await waitFor("two manual runs per organization", async () => {
      const figures = await figuresSince(t1, "manual");
      const counts = new Map<string, number>();
      for (const f of figures) counts.set(f.organizationId, (counts.get(f.organizationId) ?? 0) + 1);
      return orgIds.every((id) => (counts.get(id) ?? 0) >= 1) && figures.length >= ORGS + 1;
    });
    await Promise.all(schedulers.map((s) => s.idle()));
    const byOrg = await runIntervals(t1);
    expectNoOverlap(byOrg);
    const figures = await figuresSince(t1, "manual");
    expect(figures.every((f) => f.outcome === "applied")).toBe(true);
  });

  it("two `npm run worker` processes share ten due organizations: each synced once, none twice at a time", async () => {
    await Promise.all(schedulers.splice(0).map((s) => s.stop()));
    orgIds.forEach((_, i) => sim.setTenant(`multi-${i}`, { workers: 20, seed: `multi-${i}`, delayMs: 0 }));
    const t2 = new Date();
    await main.db.execute(sql`update sync_schedules set next_run_at = now() - interval '1 minute', requested_at = null`);
    const workers: ChildProcess[] = [];
    const logs: string[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const child = spawn("npx", ["tsx", "scripts/worker.ts"], {
          env: { ...process.env, DATABASE_URL: main.url, SCHEDULER_TICK_MS: "200", SCHEDULER_CONCURRENCY: "3" },
          stdio: ["ignore", "pipe", "pipe"],
        });
        child.stdout!.on("data", (d) => logs.push(`[worker ${i}] ${d}`));
        child.stderr!.on("data", (d) => logs.push(`[worker ${i}] ${d}`));
        workers.push(child);
      }
      await waitFor("ten scheduled runs by the worker processes", async () => (await figuresSince(t2, "scheduled")).length >= ORGS);
      await new Promise((r) => setTimeout(r, 1500));
      const figures = await figuresSince(t2, "scheduled");
      expect(figures.map((f) => f.organizationId).sort(), logs.join("")).toEqual([...orgIds].sort());
      const byOrg = await runIntervals(t2);
      for (const intervals of byOrg.values()) expect(intervals).toHaveLength(1);
      expectNoOverlap(byOrg);
    } finally {
      await Promise.all(
        workers.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once("exit", () => resolve());
              child.kill("SIGTERM");
            }),
        ),
      );
    }
  }, 120_000);
});
