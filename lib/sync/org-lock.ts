/**
 * One writer of an organization's members at a time (apply, restore), whoever asks: a transaction-level
 * advisory lock, released by commit or rollback, so a crash cannot leave it held.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db";

/** False when another transaction holds the organization's lock. */
export async function tryLockOrgMembers(tx: Tx, orgId: string): Promise<boolean> {
  const [row] = rowsOf<{ ok: boolean }>(
    await tx.execute(sql`select pg_try_advisory_xact_lock(hashtextextended(${`workday-connect:members:${orgId}`}, 0)) as ok`),
  );
  return row.ok === true;
}
