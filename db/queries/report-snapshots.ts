import { and, eq, lt } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { reportSnapshots } from "../schema";

export type ReportSnapshotRow = typeof reportSnapshots.$inferSelect;

export async function saveReportSnapshot(db: DbOrTx, snapshot: typeof reportSnapshots.$inferInsert) {
  await db
    .insert(reportSnapshots)
    .values(snapshot)
    .onConflictDoUpdate({ target: [reportSnapshots.organizationId, reportSnapshots.report], set: snapshot });
}

/** The organization's snapshot of one report, or null when there is none or it has expired. */
export async function getReportSnapshot(db: DbOrTx, { orgId, report, now = new Date() }: { orgId: string; report: "users" | "groups"; now?: Date }) {
  const [row] = await db
    .select()
    .from(reportSnapshots)
    .where(and(eq(reportSnapshots.organizationId, orgId), eq(reportSnapshots.report, report)))
    .limit(1);
  if (!row || row.expiresAt <= now) return null;
  return row;
}

/** Support-wide housekeeping: drops every expired snapshot. */
export async function deleteAllExpiredSnapshots(db: DbOrTx, now = new Date()) {
  await db.delete(reportSnapshots).where(lt(reportSnapshots.expiresAt, now));
}
