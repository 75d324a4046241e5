import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getConnectionHealth, listRunFigures } from "@/db/queries/health";
import { requestSyncNow, updateSchedule } from "@/lib/schedule/actions";
import { connectedOrg, TEST_ACTOR, useSimAndDb } from "./fixtures.test-helpers";
import { createScheduler, startScheduler } from "./scheduler";

const ctx = useSimAndDb();

async function waitFor(label: string, check: () => Promise<boolean>, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// The embedded database's scheduler: the same job code, in the app's own process.
describe("in-process scheduler", () => {
  it("runs a 'sync now', then the schedule, without pg-boss", async () => {
    const org = await connectedOrg(ctx.handle.db, ctx.sim, "local-now");
    const scheduler = await createScheduler({ db: ctx.handle.db, kind: "pglite", tickMs: 100 });
    try {
      expect(scheduler.mode).toBe("in-process");
      await requestSyncNow(ctx.handle.db, { orgId: org.id, actor: TEST_ACTOR });
      await waitFor("the requested run", async () => (await listRunFigures(ctx.handle.db, { orgId: org.id })).length === 1);
      expect((await listRunFigures(ctx.handle.db, { orgId: org.id }))[0]).toMatchObject({ trigger: "manual", outcome: "applied" });

      await updateSchedule(ctx.handle.db, { orgId: org.id, actor: TEST_ACTOR, schedule: { mode: "interval", intervalHours: 3 } });
      await ctx.handle.db.execute(sql`update sync_schedules set next_run_at = now() - interval '1 second' where organization_id = ${org.id}`);
      await waitFor("the scheduled run", async () => (await listRunFigures(ctx.handle.db, { orgId: org.id })).length === 2);
      expect((await listRunFigures(ctx.handle.db, { orgId: org.id }))[0]).toMatchObject({ trigger: "scheduled", outcome: "applied" });
      expect((await getConnectionHealth(ctx.handle.db, { orgId: org.id }))?.state).toBe("healthy");
    } finally {
      await scheduler.stop();
    }
  });

  it("starts once per process, and not at all with SCHEDULER=off", async () => {
    const saved = process.env.SCHEDULER;
    try {
      process.env.SCHEDULER = "off";
      expect((await startScheduler({ db: ctx.handle.db, kind: "pglite" })).mode).toBe("off");
      delete process.env.SCHEDULER;
      const a = startScheduler({ db: ctx.handle.db, kind: "pglite", tickMs: 60_000 });
      const b = startScheduler({ db: ctx.handle.db, kind: "pglite", tickMs: 60_000 });
      expect(a).toBe(b);
      await (await a).stop();
      const c = startScheduler({ db: ctx.handle.db, kind: "pglite", tickMs: 60_000 });
      expect(c).not.toBe(a);
      await (await c).stop();
    } finally {
      if (saved === undefined) delete process.env.SCHEDULER;
      else process.env.SCHEDULER = saved;
    }
  });
});
