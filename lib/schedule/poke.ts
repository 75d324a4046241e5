/**
 * The process's running scheduler, if any, reached through a global rather than an import so the
 * web side ("sync now" in a server action) does not pull pg-boss into its bundle.
 */
export interface Pokeable {
  tick(): Promise<void>;
}

const globalForScheduler = globalThis as unknown as { __wcScheduler?: Promise<Pokeable> };

/** Asks this process's scheduler to look for work now; without one (SCHEDULER=off), a worker's next tick will. */
export function pokeScheduler(): void {
  const running = globalForScheduler.__wcScheduler;
  if (running) void running.then((s) => s.tick()).catch(() => {});
}
