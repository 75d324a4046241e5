/**
 * `npm run worker`: the scheduler in a process of its own, against the PostgreSQL server in
 * DATABASE_URL. Run as many as you like: pg-boss hands each run to one of them, and an
 * organization never syncs twice at once. Web instances then set SCHEDULER=off so they serve pages
 * only ("sync now" still works there: the request is stored and a worker takes it within seconds).
 *
 * Settings: SCHEDULER_CONCURRENCY (runs at once per worker, default 2), SCHEDULER_TICK_MS (how often
 * due runs are looked for, default 10000), DATABASE_POOL_SIZE.
 */
import { openDatabase } from "@/db";
import { env } from "@/lib/env";
import { createScheduler } from "@/lib/jobs/scheduler";

async function main() {
  const config = env();
  const url = config.DATABASE_URL;
  if (!url) {
    // The embedded database belongs to one process: there, the app runs the scheduler itself.
    process.stderr.write("npm run worker needs DATABASE_URL (a PostgreSQL server). On the embedded database the app runs syncs itself.\n");
    process.exit(2);
  }
  const handle = await openDatabase({ url });
  const scheduler = await createScheduler({ db: handle.db, kind: "postgres", url });
  console.log(`[worker] scheduler started (${scheduler.mode}); waiting for due syncs`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: finishing the runs in progress`);
    await scheduler.stop();
    await handle.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e) => {
  console.error("[worker] could not start:", e);
  process.exit(1);
});
