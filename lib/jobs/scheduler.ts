/**
 * Starting the scheduler: pg-boss on a PostgreSQL server, an in-process loop on the embedded
 * PGlite. The app calls startScheduler once at server start; `npm run worker` calls it in a process
 * of its own. SCHEDULER=off (web instances that leave the work to workers) makes it a no-op, and
 * "sync now" still works there: the request is stored and the next tick on any process takes it.
 */
import type { Db } from "@/db";
import { startBossRunner } from "./boss-runner";
import { startLocalRunner } from "./local-runner";
import type { RunSyncDeps } from "./run-sync-job";
import type { Runner } from "./runner";

export type { Runner } from "./runner";

export interface SchedulerOptions {
  db: Db;
  kind: "postgres" | "pglite";
  /** The Postgres connection string pg-boss connects with (its own pool); required for "postgres". */
  url?: string | null;
  tickMs?: number;
  maintenanceMs?: number;
  /** Runs worked at once by this process (pg-boss only; PGlite works one at a time). */
  concurrency?: number;
  pollingIntervalSeconds?: number;
  deps?: RunSyncDeps;
}

const OFF: Runner = { mode: "off", tick: async () => {}, idle: async () => {}, stop: async () => {} };

export function schedulerDisabled(): boolean {
  return (process.env.SCHEDULER ?? "").toLowerCase() === "off";
}

const numberEnv = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/** A scheduler of its own, whatever else runs in the process (tests start two). */
export async function createScheduler(opts: SchedulerOptions): Promise<Runner> {
  const tickMs = opts.tickMs ?? numberEnv("SCHEDULER_TICK_MS", 10_000);
  const maintenanceMs = opts.maintenanceMs ?? 3600_000;
  if (opts.kind === "postgres") {
    if (!opts.url) throw new Error("startScheduler: the Postgres connection string (url) is required for pg-boss.");
    return startBossRunner(opts.db, {
      url: opts.url,
      tickMs,
      maintenanceMs,
      concurrency: opts.concurrency ?? numberEnv("SCHEDULER_CONCURRENCY", 2),
      pollingIntervalSeconds: opts.pollingIntervalSeconds,
      deps: opts.deps,
    });
  }
  return startLocalRunner(opts.db, { tickMs, maintenanceMs, deps: opts.deps });
}

const globalForScheduler = globalThis as unknown as { __wcScheduler?: Promise<Runner> };

/**
 * The process's scheduler, started on first call; later calls (a dev-server module reload, a second
 * caller) get the same one. `stop()` lets a new one start.
 */
export function startScheduler(opts: SchedulerOptions): Promise<Runner> {
  if (schedulerDisabled()) return Promise.resolve(OFF);
  if (!globalForScheduler.__wcScheduler) {
    const started: Promise<Runner> = createScheduler(opts).then(
      (runner) => ({
        ...runner,
        async stop() {
          await runner.stop();
          if (globalForScheduler.__wcScheduler === started) globalForScheduler.__wcScheduler = undefined;
        },
      }),
      (e) => {
        globalForScheduler.__wcScheduler = undefined;
        throw e;
      },
    );
    globalForScheduler.__wcScheduler = started;
  }
  return globalForScheduler.__wcScheduler;
}

/** The scheduler of this process, if one was started (lib/schedule/poke.ts reads the same global). */
export function runningScheduler(): Promise<Runner> | null {
  return globalForScheduler.__wcScheduler ?? null;
}
