/** What both schedulers (pg-boss on a Postgres server, in-process on PGlite) offer. */
export interface Runner {
  mode: "pg-boss" | "in-process" | "off";
  /** Looks for due runs now (also what "sync now" pokes, so it starts without waiting for the timer). */
  tick(): Promise<void>;
  /** Resolves when no tick or run of this process is going (tests). */
  idle(): Promise<void>;
  /** Stops taking work and waits for the run in progress. */
  stop(): Promise<void>;
}

export interface RunnerOptions {
  /** How often to look for due runs and "sync now" requests. */
  tickMs: number;
  maintenanceMs: number;
}
