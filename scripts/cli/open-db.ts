import { embeddedDataDir, openDatabase, type DbHandle } from "@/db";
import { findOrganizationBySlug } from "@/db/queries/organizations";
import type { Organization } from "@/db/schema";
import { UsageError } from "./command";

/**
 * The CLI uses the app's database: DATABASE_URL, else the embedded one. The embedded one refuses a
 * second process (see claimDataDir), so while the app runs the CLI says so instead of opening it.
 */
export async function openCliDatabase(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  try {
    return url ? await openDatabase({ url }) : await openDatabase({ dataDir: embeddedDataDir() });
  } catch (e) {
    if (/in use by process/.test((e as Error).message)) throw new UsageError((e as Error).message);
    throw e;
  }
}

/** Opens the database, finds the organization named by --org (a usage error when there is none), runs `fn`, closes. */
export async function withOrganization<T>(slug: string, fn: (db: DbHandle["db"], org: Organization) => Promise<T>): Promise<T> {
  const { db, close } = await openCliDatabase();
  try {
    const org = await findOrganizationBySlug(db, slug);
    if (!org) throw new UsageError(`No organization "${slug}".`);
    return await fn(db, org);
  } finally {
    await close();
  }
}
