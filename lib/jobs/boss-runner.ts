/**
 * The scheduler on a PostgreSQL server: pg-boss (schema `pgboss` in the app's database) carries the
 * runs, so any number of app or worker processes share them and each job is taken by one.
 *
 * One run per organization at a time, across processes, rests on two things: the queue's "short"
 * policy with the organization as singleton key (at most one queued run per organization), and the
 * run lease in sync_schedules that runSyncJob takes before it starts (at most one running). The
 * engine's advisory lock on apply is a third line.
 */
import PgBoss from "pg-boss";
import type { Db } from "@/db";
import { claimDueWork, type SyncJob } from "@/lib/schedule/due";
import { runMaintenance } from "./maintenance";
import { runSyncJob, type RunSyncDeps } from "./run-sync-job";
import type { Runner, RunnerOptions } from "./runner";

export const SYNC_QUEUE = "workday-sync";
export const MAINTENANCE_QUEUE = "workday-maintenance";
/** Longer than any run's retry window plus a large report's download. */
const JOB_EXPIRE_SECONDS = 4 * 3600;

export interface BossRunnerOptions extends RunnerOptions {
  url: string;
  /** Runs worked at once by this process. */
  concurrency: number;
  /** pg-boss's own connection pool. */
  poolSize?: number;
  pollingIntervalSeconds?: number;
  deps?: RunSyncDeps;
}

export async function startBossRunner(db: Db, opts: BossRunnerOptions): Promise<Runner> {
  const boss = new PgBoss({
    connectionString: opts.url,
    schema: "pgboss",
    max: opts.poolSize ?? Math.max(2, opts.concurrency + 1),
    application_name: "workday-connect-scheduler",
  });
  boss.on("error", (e) => console.error("[scheduler] pg-boss:", e.message));
  await boss.start();
  await boss.createQueue(SYNC_QUEUE, { name: SYNC_QUEUE, policy: "short", retryLimit: 0, expireInSeconds: JOB_EXPIRE_SECONDS });
  await boss.createQueue(MAINTENANCE_QUEUE, { name: MAINTENANCE_QUEUE, policy: "short", retryLimit: 1 });

  let stopped = false;
  let inFlight = 0;
  let ticking: Promise<void> | null = null;
  const polling = { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 };

  // pg-boss 10 works one batch per worker at a time: several workers give several runs at once.
  for (let i = 0; i < opts.concurrency; i++) {
    await boss.work<SyncJob>(SYNC_QUEUE, polling, async ([job]) => {
      inFlight++;
      try {
        await runSyncJob(db, job.data, opts.deps);
      } finally {
        inFlight--;
      }
    });
  }
  await boss.work(MAINTENANCE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 30 }, async () => {
    await runMaintenance(db);
  });
  // pg-boss's cron: one maintenance job an hour for all processes together.
  await boss.schedule(MAINTENANCE_QUEUE, "17 * * * *");

  const tick = () => {
    if (stopped) return Promise.resolve();
    ticking ??= (async () => {
      try {
        for (const job of await claimDueWork(db)) {
          // null: a run of this organization is already queued, and it will do.
          await boss.send(SYNC_QUEUE, job, { singletonKey: job.orgId, retryLimit: 0, expireInSeconds: JOB_EXPIRE_SECONDS });
        }
      } catch (e) {
        console.error("[scheduler] tick failed:", e);
      } finally {
        ticking = null;
      }
    })();
    return ticking;
  };
  const timer = setInterval(tick, opts.tickMs);
  timer.unref();
  void tick();

  return {
    mode: "pg-boss",
    tick,
    async idle() {
      await ticking;
      while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await ticking;
      // Graceful: runs in progress finish before the pool closes.
      await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
    },
  };
}
