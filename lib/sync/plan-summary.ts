/** Counts of a stored plan, read back from its changes (one grouped scan of the run's index range). */
import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/db";
import type { SyncCounts } from "@/db/schema";

export function emptyCounts(): SyncCounts {
  return {
    create: 0,
    update: 0,
    deactivate: 0,
    reactivate: 0,
    remove: 0,
    rejected: 0,
    groupsCreate: 0,
    groupsRemove: 0,
    membershipsAdd: 0,
    membershipsRemove: 0,
  };
}

const COUNT_KEY: Record<string, keyof SyncCounts> = {
  create: "create",
  update: "update",
  deactivate: "deactivate",
  reactivate: "reactivate",
  remove: "remove",
  reject: "rejected",
  group_create: "groupsCreate",
  group_remove: "groupsRemove",
};

export async function countPlan(db: DbOrTx, runId: string): Promise<SyncCounts> {
  const rows = rowsOf<{ action: string; n: number; added: number; removed: number }>(
    await db.execute(sql`
      select action, count(*)::int as n, coalesce(sum(memberships_added), 0)::int as added,
        coalesce(sum(memberships_removed), 0)::int as removed
      from sync_changes where run_id = ${runId} group by action`),
  );
  const counts = emptyCounts();
  for (const r of rows) {
    const key = COUNT_KEY[r.action];
    if (key) counts[key] = Number(r.n);
    counts.membershipsAdd += Number(r.added);
    counts.membershipsRemove += Number(r.removed);
  }
  return counts;
}

export async function countActiveMembers(db: DbOrTx, orgId: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from members where organization_id = ${orgId} and removed_at is null and status = 'active'`,
    ),
  );
  return Number(row.n);
}
