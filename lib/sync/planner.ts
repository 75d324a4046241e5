/**
 * Settings for the planner in the sync's own statements. Each was found with `npm run bench`.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db";

/**
 * For a transaction of the sync's set statements:
 * - work_mem 64 MB: the hash joins and aggregates over 100k rows spilled to disk under the default
 *   4 MB; in memory they took about 1 s off a 100k-worker preview;
 * - no JIT: the plan statement's estimated cost switches on Postgres's JIT, whose compilation took
 *   0.8–0.9 s of the 1.1–1.3 s that statement needed in a 100k-worker re-sync.
 */
export async function tuneSyncTransaction(tx: Tx): Promise<void> {
  await tx.execute(sql`set local work_mem = '64MB'`);
  await tx.execute(sql`set local jit = off`);
}

type AnalyzedTable = "sync_staged_rows" | "sync_changes" | "members";

/**
 * Fresh statistics for a table the sync has just filled, so the planner hashes instead of looping
 * (without them an apply of 10k creates took 118 s). Only row counts and rough distributions matter
 * here, so the sample is a tenth of the default: the analyze of 100k staged rows went from about
 * 0.4 s to well under 0.1 s.
 */
export async function analyzeForSync(db: DbOrTx, table: AnalyzedTable): Promise<void> {
  // `set local` needs a transaction (inside the caller's, a savepoint).
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local default_statistics_target = 10`);
    await tx.execute(sql.raw(`analyze ${table}`));
  });
}
