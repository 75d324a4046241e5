import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { syncChanges, syncRuns, syncSettings, type SyncChangeAction, type SyncRun, type SyncSettings } from "../schema";

// ---- Settings ----

export const DEFAULT_SYNC_SETTINGS = { deleteThresholdPercent: 20, deleteThresholdCount: null as number | null };

/** The organization's settings; defaults when it never saved any. */
export async function getSyncSettings(
  db: DbOrTx,
  { orgId }: { orgId: string },
): Promise<Pick<SyncSettings, "deleteThresholdPercent" | "deleteThresholdCount" | "membersRevision">> {
  const [row] = await db.select().from(syncSettings).where(eq(syncSettings.organizationId, orgId)).limit(1);
  return row ?? { ...DEFAULT_SYNC_SETTINGS, membersRevision: 0 };
}

export async function updateSyncSettings(
  db: DbOrTx,
  {
    orgId,
    deleteThresholdPercent,
    deleteThresholdCount,
    actorId,
  }: { orgId: string; deleteThresholdPercent?: number; deleteThresholdCount?: number | null; actorId: string | null },
) {
  const set: Partial<typeof syncSettings.$inferInsert> = { updatedAt: new Date(), updatedBy: actorId };
  if (deleteThresholdPercent !== undefined) set.deleteThresholdPercent = deleteThresholdPercent;
  if (deleteThresholdCount !== undefined) set.deleteThresholdCount = deleteThresholdCount;
  const [row] = await db
    .insert(syncSettings)
    .values({ organizationId: orgId, ...set })
    .onConflictDoUpdate({ target: syncSettings.organizationId, set })
    .returning();
  return row;
}

/**
 * The organization's members revision, locking its settings row until the transaction ends (creating
 * it if needed). Every write to members bumps it: a plan computed on an older revision is stale.
 */
export async function lockMembersRevision(tx: DbOrTx, { orgId }: { orgId: string }): Promise<number> {
  await tx.insert(syncSettings).values({ organizationId: orgId }).onConflictDoNothing();
  const [row] = await tx
    .select({ revision: syncSettings.membersRevision })
    .from(syncSettings)
    .where(eq(syncSettings.organizationId, orgId))
    .for("update");
  return row.revision;
}

export async function bumpMembersRevision(tx: DbOrTx, { orgId }: { orgId: string }): Promise<void> {
  await tx
    .update(syncSettings)
    .set({ membersRevision: sql`${syncSettings.membersRevision} + 1` })
    .where(eq(syncSettings.organizationId, orgId));
}

// ---- Runs ----

export async function getSyncRun(db: DbOrTx, { orgId, runId }: { orgId: string; runId: string }): Promise<SyncRun | null> {
  const [row] = await db
    .select()
    .from(syncRuns)
    .where(and(eq(syncRuns.organizationId, orgId), eq(syncRuns.id, runId)))
    .limit(1);
  return row ?? null;
}

/** What a progress bar polls: small, one indexed row. */
export async function getSyncRunProgress(db: DbOrTx, { orgId, runId }: { orgId: string; runId: string }) {
  const [row] = await db
    .select({
      runId: syncRuns.id,
      status: syncRuns.status,
      stage: syncRuns.stage,
      rowsRead: syncRuns.rowsRead,
      reportRows: syncRuns.reportRows,
      updatedAt: syncRuns.updatedAt,
    })
    .from(syncRuns)
    .where(and(eq(syncRuns.organizationId, orgId), eq(syncRuns.id, runId)))
    .limit(1);
  return row ?? null;
}

export async function listSyncRuns(db: DbOrTx, { orgId, limit = 20 }: { orgId: string; limit?: number }) {
  return db
    .select()
    .from(syncRuns)
    .where(eq(syncRuns.organizationId, orgId))
    .orderBy(desc(syncRuns.createdAt))
    .limit(Math.min(limit, 200));
}

export async function getLatestSyncRun(db: DbOrTx, { orgId }: { orgId: string }): Promise<SyncRun | null> {
  const [row] = await listSyncRuns(db, { orgId, limit: 1 });
  return row ?? null;
}

// ---- Changes of a run ----

export const MAX_PAGE_SIZE = 200;

function changeFilter(orgId: string, runId: string, action?: SyncChangeAction, search?: string): SQL {
  const conditions = [eq(syncChanges.runId, runId), eq(syncChanges.organizationId, orgId)];
  if (action) conditions.push(eq(syncChanges.action, action));
  const q = search?.trim().toLowerCase();
  if (q) conditions.push(ilike(syncChanges.searchText, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return and(...conditions)!;
}

/**
 * One page of a run's changes of one kind (or all kinds), searchable by email, name or Workday ID.
 * Served by the (run_id, action, id) index; page is 1-based.
 */
export async function listSyncChanges(
  db: DbOrTx,
  {
    orgId,
    runId,
    action,
    search,
    page = 1,
    pageSize = 50,
  }: { orgId: string; runId: string; action?: SyncChangeAction; search?: string; page?: number; pageSize?: number },
) {
  const size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
  const where = changeFilter(orgId, runId, action, search);
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(syncChanges)
      .where(where)
      .orderBy(asc(syncChanges.action), asc(syncChanges.id))
      .limit(size)
      .offset((Math.max(1, page) - 1) * size),
    db.select({ total: count() }).from(syncChanges).where(where),
  ]);
  return { items, total, page: Math.max(1, page), pageSize: size };
}

/**
 * How many members a plan gives a manager or a new one: creates that name a manager and updates that
 * change it. Served by the (run_id, action, id) index; one count for the summary, not per page.
 */
export async function countManagerLinkChanges(db: DbOrTx, { orgId, runId }: { orgId: string; runId: string }): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(syncChanges)
    .where(
      and(
        eq(syncChanges.runId, runId),
        eq(syncChanges.organizationId, orgId),
        or(
          and(eq(syncChanges.action, "create"), sql`${syncChanges.after}->>'managerEmail' is not null`),
          and(eq(syncChanges.action, "update"), sql`'managerEmail' = any(${syncChanges.fields})`),
        ),
      ),
    );
  return Number(n);
}

/** Every change of a member, newest first, with the run's who and when: the member's history. */
export async function listMemberChanges(db: DbOrTx, { orgId, memberId, limit = 50 }: { orgId: string; memberId: string; limit?: number }) {
  return db
    .select({
      change: syncChanges,
      runStatus: syncRuns.status,
      appliedAt: syncRuns.appliedAt,
      appliedByEmail: syncRuns.appliedByEmail,
    })
    .from(syncChanges)
    .innerJoin(syncRuns, eq(syncRuns.id, syncChanges.runId))
    .where(and(eq(syncChanges.organizationId, orgId), eq(syncChanges.memberId, memberId)))
    .orderBy(desc(syncChanges.id))
    .limit(Math.min(limit, MAX_PAGE_SIZE));
}
