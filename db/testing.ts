import { randomBytes } from "node:crypto";
import { openDatabase, type DbHandle } from "./index";

/**
 * A database of its own for one test file: a fresh database on the server that DATABASE_URL names,
 * or an in-memory PGlite when it is unset. Dropped again by `close`.
 */
export async function createTestDb(): Promise<DbHandle> {
  const base = process.env.DATABASE_URL;
  if (!base) return openDatabase({ dataDir: null });
  const { default: postgres } = await import("postgres");
  const name = `wc_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
