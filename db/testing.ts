import { randomBytes } from "node:crypto";
import { openDatabase, type DbHandle } from "./index";

/**
 * A database of its own for one test file: a fresh database on the server that DATABASE_URL names,
 * or an in-memory PGlite when it is unset. Dropped again by `close`.
 */
export async function createTestDb(): Promise<DbHandle> {
  if (!process.env.DATABASE_URL) return openDatabase({ dataDir: null });
  return createServerTestDb();
}

/**
 * A fresh database on the server DATABASE_URL names, with its URL (pg-boss connects by URL, with a
 * pool of its own). Dropped by `close`.
 */
export async function createServerTestDb(): Promise<DbHandle & { url: string }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("createServerTestDb needs DATABASE_URL (a PostgreSQL server).");
  const { default: postgres } = await import("postgres");
  const name = `wc_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
