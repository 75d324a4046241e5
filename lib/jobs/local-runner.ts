/**
 * The scheduler on the embedded database (PGlite: one process, and pg-boss cannot run on it): a timer
 * ticks, due runs go into an in-memory queue, and one run at a time is worked, since PGlite has one
 * connection. The run lease still guards each organization, as under pg-boss.
 */
import type { Db } from "@/db";
import { claimDueWork, type SyncJob } from "@/lib/schedule/due";
import { runMaintenance } from "./maintenance";
import { runSyncJob, type RunSyncDeps } from "./run-sync-job";
import type { Runner, RunnerOptions } from "./runner";

export function startLocalRunner(db: Db, opts: RunnerOptions & { deps?: RunSyncDeps }): Runner {
  const queue: SyncJob[] = [];
  let stopped = false;
  let ticking: Promise<void> | null = null;
  let draining: Promise<void> | null = null;

  const work = async () => {
    while (queue.length && !stopped) {
      const job = queue.shift()!;
      await runSyncJob(db, job, opts.deps).catch((e) => console.error(`[scheduler] sync of ${job.orgId} failed:`, e));
    }
  };
  const drain = () => {
    // Cleared in `finally`, after the assignment: an async body that finishes without awaiting
    // would otherwise clear it before `draining` is set, and no later run would ever start.
    if (!draining && queue.length) draining = work().finally(() => (draining = null));
    return draining ?? Promise.resolve();
  };

  const tick = () => {
    if (stopped) return Promise.resolve();
    ticking ??= (async () => {
      try {
        const jobs = await claimDueWork(db);
        for (const job of jobs) if (!queue.some((q) => q.orgId === job.orgId)) queue.push(job);
        void drain();
      } catch (e) {
        console.error("[scheduler] tick failed:", e);
      } finally {
        ticking = null;
      }
    })();
    return ticking;
  };

  let maintaining: Promise<unknown> = Promise.resolve();
  const maintain = () =>
    (maintaining = runMaintenance(db).catch((e) => {
      if (!stopped) console.error("[scheduler] maintenance failed:", e);
    }));
  const tickTimer = setInterval(tick, opts.tickMs);
  const maintenanceTimer = setInterval(maintain, opts.maintenanceMs);
  tickTimer.unref();
  maintenanceTimer.unref();
  void maintain().then(tick);

  return {
    mode: "in-process",
    tick,
    async idle() {
      await ticking;
      await draining;
    },
    async stop() {
      stopped = true;
      clearInterval(tickTimer);
      clearInterval(maintenanceTimer);
      await ticking;
      await maintaining;
      // The run in progress finishes (and releases its lease) before the database is closed.
      await draining;
    },
  };
}
