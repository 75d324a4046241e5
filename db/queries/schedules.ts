import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { rowsOf } from "../index";
import { syncSchedules, type ScheduleMode, type SyncSchedule } from "../schema";

export async function getSchedule(db: DbOrTx, { orgId }: { orgId: string }): Promise<SyncSchedule | null> {
  const [row] = await db.select().from(syncSchedules).where(eq(syncSchedules.organizationId, orgId)).limit(1);
  return row ?? null;
}

/** Whether a sync was ever applied: scheduled runs (and the default daily schedule) start after that. */
export async function hasAppliedSync(db: DbOrTx, { orgId }: { orgId: string }): Promise<boolean> {
  const rows = rowsOf(await db.execute(sql`select 1 from sync_runs where organization_id = ${orgId} and status = 'applied' limit 1`));
  return rows.length > 0;
}

export async function saveSchedule(
  db: DbOrTx,
  {
    orgId,
    mode,
    intervalHours,
    dailyAt,
    nextRunAt,
    actorId,
  }: { orgId: string; mode: ScheduleMode; intervalHours: number; dailyAt: string; nextRunAt: Date | null; actorId: string | null },
) {
  const set = { mode, intervalHours, dailyAt, nextRunAt, updatedAt: new Date(), updatedBy: actorId };
  return upsertSchedule(db, orgId, set);
}

export async function setSchedulePaused(
  db: DbOrTx,
  { orgId, paused, actorEmail, actorId, nextRunAt }: { orgId: string; paused: boolean; actorEmail: string | null; actorId: string | null; nextRunAt: Date | null },
) {
  const set = paused
    ? { paused, pausedAt: new Date(), pausedByEmail: actorEmail, updatedAt: new Date(), updatedBy: actorId }
    : { paused, pausedAt: null, pausedByEmail: null, nextRunAt, updatedAt: new Date(), updatedBy: actorId };
  return upsertSchedule(db, orgId, set);
}

/** "Sync now": recorded on the row so whichever instance ticks next picks it up. */
export async function markSyncRequested(db: DbOrTx, { orgId, actor }: { orgId: string; actor: { id: string | null; email: string | null } }) {
  const set = { requestedAt: new Date(), requestedById: actor.id, requestedByEmail: actor.email };
  // A new row gets the default (daily); scheduled runs still wait for a first applied sync.
  return upsertSchedule(db, orgId, set);
}

/**
 * Takes the organization's run lease: true when no other worker holds a live one. The lease is what
 * keeps two instances (or two queued jobs) from syncing one organization at once.
 */
export async function claimRunLease(db: DbOrTx, { orgId, token, leaseMs }: { orgId: string; token: string; leaseMs: number }) {
  await db.insert(syncSchedules).values({ organizationId: orgId }).onConflictDoNothing();
  const until = new Date(Date.now() + leaseMs);
  const rows = await db
    .update(syncSchedules)
    .set({ leaseToken: token, leaseUntil: until })
    .where(
      and(eq(syncSchedules.organizationId, orgId), or(isNull(syncSchedules.leaseToken), lt(syncSchedules.leaseUntil, sql`now()`))),
    )
    .returning({ orgId: syncSchedules.organizationId });
  return rows.length === 1;
}

export async function extendRunLease(db: DbOrTx, { orgId, token, leaseMs }: { orgId: string; token: string; leaseMs: number }) {
  await db
    .update(syncSchedules)
    .set({ leaseUntil: new Date(Date.now() + leaseMs) })
    .where(and(eq(syncSchedules.organizationId, orgId), eq(syncSchedules.leaseToken, token)));
}

export async function releaseRunLease(db: DbOrTx, { orgId, token }: { orgId: string; token: string }) {
  await db
    .update(syncSchedules)
    .set({ leaseToken: null, leaseUntil: null })
    .where(and(eq(syncSchedules.organizationId, orgId), eq(syncSchedules.leaseToken, token)));
}

/**
 * Support-wide: gives every organization that has applied a sync but has no schedule row the
 * default (daily). Returns how many were created.
 */
export async function ensureAllDefaultSchedules(db: DbOrTx): Promise<number> {
  const rows = rowsOf(
    await db.execute(sql`
      insert into sync_schedules (organization_id)
      select distinct r.organization_id from sync_runs r
      where r.status = 'applied' and not exists (select 1 from sync_schedules s where s.organization_id = r.organization_id)
      on conflict do nothing
      returning organization_id`),
  );
  return rows.length;
}

export async function ensureDefaultSchedule(db: DbOrTx, { orgId }: { orgId: string }) {
  await db.insert(syncSchedules).values({ organizationId: orgId }).onConflictDoNothing();
}

/** Writes `set` on the organization's schedule row, creating the row (with the defaults) when missing. */
async function upsertSchedule(db: DbOrTx, orgId: string, set: Partial<typeof syncSchedules.$inferInsert>) {
  const [row] = await db
    .insert(syncSchedules)
    .values({ organizationId: orgId, ...set })
    .onConflictDoUpdate({ target: syncSchedules.organizationId, set })
    .returning();
  return row;
}
