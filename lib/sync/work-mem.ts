import { sql } from "drizzle-orm";
import type { Tx } from "@/db";

/**
 * The plan's and the apply's hash joins and aggregates over 100k rows spill to disk under the default
 * 4 MB work_mem; 64 MB for this transaction only kept them in memory and took about 1 s off a
 * 100k-worker preview in the bench.
 */
export async function useSyncWorkMem(tx: Tx): Promise<void> {
  await tx.execute(sql`set local work_mem = '64MB'`);
}
