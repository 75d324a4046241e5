/**
 * Runs once when the server starts (never during `next build`): validates the environment,
 * opens the database, applies migrations, on the embedded demo database seeds the demo, and starts
 * the sync scheduler (unless SCHEDULER=off: web instances that leave syncs to `npm run worker`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  const config = env();
  const { getDbHandle } = await import("./db");
  const { db, kind } = await getDbHandle();
  console.log(`[startup] database ready (${kind})`);
  if (config.embedded && config.SEED_DEMO !== "false") {
    const { seedDemo, demoBanner } = await import("./lib/demo/seed");
    await seedDemo(db);
    console.log(demoBanner(config.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`));
  }
  const { startScheduler } = await import("./lib/jobs/scheduler");
  const scheduler = await startScheduler({ db, kind, url: config.DATABASE_URL ?? null });
  console.log(`[startup] sync scheduler: ${scheduler.mode}`);
}
