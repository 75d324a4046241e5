import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction is used wherever a Db is: every query takes one or the other first. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

export interface DbHandle {
  db: Db;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

export function embeddedDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR || path.join(process.cwd(), ".data", "pglite"));
}

/**
 * PGlite allows one process per data directory. A pid file next to it lets a second process
 * (the CLI, a stray `next start`) say so and stop instead of corrupting the app's database.
 */
function claimDataDir(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  const lock = path.join(path.dirname(dir), `${path.basename(dir)}.pid`);
  try {
    const other = Number(fs.readFileSync(lock, "utf8"));
    if (other && other !== process.pid && isAlive(other)) {
      throw new Error(
        `The embedded database at ${dir} is in use by process ${other} (probably the running app). ` +
          "Stop it first, or set DATABASE_URL to use a PostgreSQL server that several processes can share.",
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.writeFileSync(lock, String(process.pid));
  const release = () => {
    try {
      if (fs.readFileSync(lock, "utf8") === String(process.pid)) fs.unlinkSync(lock);
    } catch {}
  };
  process.once("exit", release);
  return release;
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Opens a database and brings its schema up to date. `dataDir: null` is an in-memory PGlite (tests). */
export async function openDatabase(opts: { url?: string | null; dataDir?: string | null } = {}): Promise<DbHandle> {
  if (opts.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(opts.url, { max: Number(process.env.DATABASE_POOL_SIZE || 10), onnotice: () => {} });
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    return { db: db as unknown as Db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const release = opts.dataDir ? claimDataDir(opts.dataDir) : () => {};
  try {
    const client = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
    await client.waitReady;
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    return {
      db: db as unknown as Db,
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

// One database per process, opened on first use (never at build time), kept across module reloads.
const globalForDb = globalThis as unknown as { __wcDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  if (!globalForDb.__wcDb) {
    const url = process.env.DATABASE_URL || null;
    globalForDb.__wcDb = openDatabase(url ? { url } : { dataDir: embeddedDataDir() }).catch((e) => {
      globalForDb.__wcDb = undefined;
      throw e;
    });
  }
  return globalForDb.__wcDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Rows of a raw `db.execute(sql...)`: postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
