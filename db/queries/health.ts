import { and, asc, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { rowsOf } from "../index";
import { getConnection } from "./connections";
import { getSchedule } from "./schedules";
import { listSetupSteps } from "./setup";
import { getLatestSyncRun, getSyncSettings } from "./sync-runs";
import {
  organizations,
  connectionHealth,
  healthTransitions,
  healthWebhooks,
  syncRunFigures,
  syncRuns,
  type ConnectionHealth,
  type HealthState,
  type ScheduleMode,
  type SyncCounts,
} from "../schema";

// ---- Run figures ----

export type NewRunFigures = typeof syncRunFigures.$inferInsert;

export async function insertRunFigures(db: DbOrTx, figures: NewRunFigures) {
  const [row] = await db.insert(syncRunFigures).values(figures).returning();
  return row;
}

export async function runFiguresExist(db: DbOrTx, { orgId, syncRunId }: { orgId: string; syncRunId: string }) {
  const [row] = await db
    .select({ id: syncRunFigures.id })
    .from(syncRunFigures)
    .where(and(eq(syncRunFigures.organizationId, orgId), eq(syncRunFigures.syncRunId, syncRunId)))
    .limit(1);
  return !!row;
}

/**
 * The newest runs' figures with their sync run's status now: a held plan a person confirmed later
 * reads as applied, so the connection stops being "held".
 */
export async function listRecentRunFacts(db: DbOrTx, { orgId, limit = 20 }: { orgId: string; limit?: number }) {
  return db
    .select({
      outcome: syncRunFigures.outcome,
      finishedAt: syncRunFigures.finishedAt,
      errorCode: syncRunFigures.errorCode,
      errorStep: syncRunFigures.errorStep,
      errorMessage: syncRunFigures.errorMessage,
      rowsRead: syncRunFigures.rowsRead,
      rejected: syncRunFigures.rejected,
      runStatus: syncRuns.status,
      heldReason: syncRuns.heldReason,
    })
    .from(syncRunFigures)
    .leftJoin(syncRuns, eq(syncRuns.id, syncRunFigures.syncRunId))
    .where(eq(syncRunFigures.organizationId, orgId))
    .orderBy(desc(syncRunFigures.finishedAt))
    .limit(limit);
}

/** Support-wide: the 90-day retention. Returns how many runs' figures were deleted. */
export async function deleteAllRunFiguresBefore(db: DbOrTx, { before }: { before: Date }): Promise<number> {
  const rows = await db.delete(syncRunFigures).where(lt(syncRunFigures.startedAt, before)).returning({ id: syncRunFigures.id });
  return rows.length;
}

/** Support-wide: state history kept as long as the figures. */
export async function deleteAllHealthTransitionsBefore(db: DbOrTx, { before }: { before: Date }): Promise<number> {
  const rows = await db.delete(healthTransitions).where(lt(healthTransitions.at, before)).returning({ id: healthTransitions.id });
  return rows.length;
}

export async function lastSuccessAndAttempt(db: DbOrTx, { orgId }: { orgId: string }) {
  const [row] = rowsOf<{ last_attempt: string | Date | null; last_success: string | Date | null }>(
    await db.execute(sql`
      select max(finished_at) as last_attempt,
        max(finished_at) filter (where outcome in ('applied', 'previewed')) as last_success
      from sync_run_figures where organization_id = ${orgId}`),
  );
  const d = (v: string | Date | null) => (v === null ? null : new Date(v));
  return { lastAttemptAt: d(row?.last_attempt ?? null), lastSuccessAt: d(row?.last_success ?? null) };
}

// ---- Current state and its history ----

export async function getConnectionHealth(db: DbOrTx, { orgId }: { orgId: string }): Promise<ConnectionHealth | null> {
  const [row] = await db.select().from(connectionHealth).where(eq(connectionHealth.organizationId, orgId)).limit(1);
  return row ?? null;
}

/**
 * The current state, with the organization's health lock held until the transaction ends, so two
 * runs finishing together record one change (an advisory lock: the row may not exist yet).
 */
export async function lockConnectionHealth(tx: DbOrTx, { orgId }: { orgId: string }): Promise<ConnectionHealth | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`workday-connect:health:${orgId}`}, 0))`);
  const [row] = await tx.select().from(connectionHealth).where(eq(connectionHealth.organizationId, orgId)).limit(1);
  return row ?? null;
}

export async function saveConnectionHealth(db: DbOrTx, row: typeof connectionHealth.$inferInsert) {
  const { organizationId, ...set } = row;
  await db
    .insert(connectionHealth)
    .values(row)
    .onConflictDoUpdate({ target: connectionHealth.organizationId, set: { ...set, updatedAt: new Date() } });
  void organizationId;
}

export async function insertHealthTransition(
  db: DbOrTx,
  t: { orgId: string; fromState: HealthState | null; toState: HealthState; reason: string; alert: string | null; at: Date },
) {
  await db.insert(healthTransitions).values({
    organizationId: t.orgId,
    fromState: t.fromState,
    toState: t.toState,
    reason: t.reason,
    alert: t.alert,
    at: t.at,
  });
}

export async function listHealthTransitions(db: DbOrTx, { orgId, since, limit = 100 }: { orgId: string; since?: Date; limit?: number }) {
  return db
    .select()
    .from(healthTransitions)
    .where(since ? and(eq(healthTransitions.organizationId, orgId), gte(healthTransitions.at, since)) : eq(healthTransitions.organizationId, orgId))
    .orderBy(desc(healthTransitions.at), desc(healthTransitions.id))
    .limit(Math.min(limit, 500));
}

// ---- Webhook ----

export async function getHealthWebhook(db: DbOrTx, { orgId }: { orgId: string }) {
  const [row] = await db.select().from(healthWebhooks).where(eq(healthWebhooks.organizationId, orgId)).limit(1);
  return row ?? null;
}

export async function saveHealthWebhook(db: DbOrTx, { orgId, url, secretBox, actorId }: { orgId: string; url: string; secretBox: string | null; actorId: string | null }) {
  const base = { url, updatedAt: new Date(), updatedBy: actorId };
  const set = secretBox ? { ...base, secretBox } : base;
  if (!secretBox) {
    await db.update(healthWebhooks).set(set).where(eq(healthWebhooks.organizationId, orgId));
    return;
  }
  await db
    .insert(healthWebhooks)
    .values({ organizationId: orgId, url, secretBox, updatedBy: actorId })
    .onConflictDoUpdate({ target: healthWebhooks.organizationId, set });
}

export async function deleteHealthWebhook(db: DbOrTx, { orgId }: { orgId: string }) {
  await db.delete(healthWebhooks).where(eq(healthWebhooks.organizationId, orgId));
}

export async function recordWebhookDelivery(db: DbOrTx, { orgId, ok, error }: { orgId: string; ok: boolean; error: string | null }) {
  await db
    .update(healthWebhooks)
    .set({ lastDeliveryAt: new Date(), lastDeliveryOk: ok, lastDeliveryError: error })
    .where(eq(healthWebhooks.organizationId, orgId));
}

// ---- Support console ----

export type HealthSort = "state" | "name" | "last_success" | "since";

export interface OrganizationHealthRow {
  orgId: string;
  slug: string;
  name: string;
  state: HealthState;
  reason: string;
  since: Date | null;
  consecutiveFailures: number;
  lastSuccessAt: Date | null;
  lastAttemptAt: Date | null;
  lastErrorCode: string | null;
  membersCount: number;
  /** The newest finished sync run, scheduled or not, and its changes (planned, or applied). */
  lastRun: { status: string; at: Date; counts: SyncCounts | null } | null;
  wizard: { stepsDone: number; stepsTotal: 8; submittedAt: Date | null };
  schedule: { mode: ScheduleMode; intervalHours: number; dailyAt: string; paused: boolean; nextRunAt: Date | null } | null;
}

const SEVERITY_SQL = sql.raw(
  "case coalesce(h.state, 'not_connected') when 'failing' then 0 when 'held' then 1 when 'degraded' then 2 when 'paused' then 3 when 'not_connected' then 4 else 5 end",
);

const ORDER: Record<HealthSort, SQL> = {
  state: sql`${SEVERITY_SQL}, h.since asc nulls last, lower(o.name)`,
  name: sql`lower(o.name)`,
  last_success: sql`h.last_success_at asc nulls first, lower(o.name)`,
  since: sql`h.since desc nulls last, lower(o.name)`,
};

const toDate = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

/** Support-wide: every organization's connection health, most urgent first by default. */
export async function listAllOrganizationsHealth(
  db: DbOrTx,
  { search, state, sort = "state", limit }: { search?: string; state?: HealthState; sort?: HealthSort; limit?: number } = {},
): Promise<OrganizationHealthRow[]> {
  const q = search?.trim().toLowerCase();
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select o.id, o.slug, o.name,
        coalesce(h.state, 'not_connected') as state, h.reason, h.since, coalesce(h.consecutive_failures, 0) as consecutive_failures,
        h.last_success_at, h.last_attempt_at, h.last_error_code,
        (c.organization_id is not null and c.users_url is not null and c.password_box is not null) as connected,
        c.submitted_at,
        (select count(*)::int from members m where m.organization_id = o.id and m.removed_at is null and m.status = 'active') as members_count,
        (select count(*)::int from setup_steps st where st.organization_id = o.id and st.done) as steps_done,
        lr.status as last_run_status, lr.created_at as last_run_at, lr.counts as last_run_counts,
        s.mode, s.interval_hours, s.daily_at, s.paused, s.next_run_at
      from organizations o
      left join connection_health h on h.organization_id = o.id
      left join connections c on c.organization_id = o.id
      left join sync_schedules s on s.organization_id = o.id
      left join lateral (
        select r.status, r.created_at, r.counts from sync_runs r
        where r.organization_id = o.id and r.status <> 'running' order by r.created_at desc limit 1
      ) lr on true
      where true
        ${like ? sql`and (lower(o.name) like ${like} or lower(o.slug) like ${like})` : sql``}
        ${state ? sql`and coalesce(h.state, 'not_connected') = ${state}` : sql``}
      order by ${ORDER[sort] ?? ORDER.state}
      ${limit !== undefined ? sql`limit ${Math.max(0, Math.floor(limit))}` : sql``}`),
  );
  return rows.map((r) => ({
    orgId: String(r.id),
    slug: String(r.slug),
    name: String(r.name),
    state: r.state as HealthState,
    reason: (r.reason as string | null) ?? (r.connected ? "The connection is saved but no sync has run yet." : "No Workday connection is saved for this organization."),
    since: toDate(r.since),
    consecutiveFailures: Number(r.consecutive_failures),
    lastSuccessAt: toDate(r.last_success_at),
    lastAttemptAt: toDate(r.last_attempt_at),
    lastErrorCode: (r.last_error_code as string | null) ?? null,
    membersCount: Number(r.members_count),
    lastRun: r.last_run_status
      ? { status: String(r.last_run_status), at: toDate(r.last_run_at)!, counts: parseJson<SyncCounts>(r.last_run_counts) }
      : null,
    wizard: { stepsDone: Number(r.steps_done), stepsTotal: 8, submittedAt: toDate(r.submitted_at) },
    schedule: r.mode
      ? {
          mode: r.mode as ScheduleMode,
          intervalHours: Number(r.interval_hours),
          dailyAt: String(r.daily_at),
          paused: Boolean(r.paused),
          nextRunAt: toDate(r.next_run_at),
        }
      : null,
  }));
}

function parseJson<T>(v: unknown): T | null {
  if (v === null || v === undefined) return null;
  return (typeof v === "string" ? JSON.parse(v) : v) as T;
}

/** Figures of an organization's runs since a date, oldest first: the chart's points. */
export async function listRunFiguresSince(db: DbOrTx, { orgId, since }: { orgId: string; since: Date }) {
  return db
    .select({
      startedAt: syncRunFigures.startedAt,
      durationMs: syncRunFigures.durationMs,
      memberCount: syncRunFigures.memberCount,
      outcome: syncRunFigures.outcome,
      trigger: syncRunFigures.trigger,
    })
    .from(syncRunFigures)
    .where(and(eq(syncRunFigures.organizationId, orgId), gte(syncRunFigures.startedAt, since)))
    .orderBy(asc(syncRunFigures.startedAt));
}

/** The newest runs' full figures, newest first. */
export async function listRunFigures(db: DbOrTx, { orgId, limit = 20 }: { orgId: string; limit?: number }) {
  return db
    .select()
    .from(syncRunFigures)
    .where(eq(syncRunFigures.organizationId, orgId))
    .orderBy(desc(syncRunFigures.startedAt))
    .limit(Math.min(limit, 200));
}

/**
 * One organization for support's drill-down: its state and history, runs over 90 days for the chart
 * (duration and members), the last runs with their problems, schedule, thresholds and setup steps.
 */
export async function getOrganizationHealth(db: DbOrTx, { orgId, now = new Date() }: { orgId: string; now?: Date }) {
  const since = new Date(now.getTime() - 90 * 24 * 3600_000);
  const [[org], current, transitions, chart, recentRuns, schedule, settings, steps, connection, lastRun, webhook] = await Promise.all([
    db.select().from(organizations).where(eq(organizations.id, orgId)).limit(1),
    getConnectionHealth(db, { orgId }),
    listHealthTransitions(db, { orgId, limit: 50 }),
    listRunFiguresSince(db, { orgId, since }),
    listRunFigures(db, { orgId, limit: 20 }),
    getSchedule(db, { orgId }),
    getSyncSettings(db, { orgId }),
    listSetupSteps(db, { orgId }),
    getConnection(db, { orgId }),
    getLatestSyncRun(db, { orgId }),
    getHealthWebhook(db, { orgId }),
  ]);
  if (!org) return null;
  const connected = !!(connection?.usersUrl && connection.passwordBox);
  return {
    org: { id: org.id, slug: org.slug, name: org.name, timeZone: org.timeZone },
    current: current ?? {
      organizationId: orgId,
      state: "not_connected" as HealthState,
      reason: connected ? "The connection is saved but no sync has run yet." : "No Workday connection is saved for this organization.",
      since: null,
      consecutiveFailures: 0,
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastOutcome: null,
      lastErrorCode: null,
      updatedAt: null,
    },
    transitions,
    chart,
    recentRuns,
    /** The newest sync run's problems (warnings too), whoever started it. */
    lastRunProblems: lastRun?.problems ?? [],
    schedule: schedule
      ? {
          mode: schedule.mode,
          intervalHours: schedule.intervalHours,
          dailyAt: schedule.dailyAt,
          paused: schedule.paused,
          pausedAt: schedule.pausedAt,
          pausedByEmail: schedule.pausedByEmail,
          nextRunAt: schedule.nextRunAt,
          requestedAt: schedule.requestedAt,
          running: !!schedule.leaseToken && !!schedule.leaseUntil && schedule.leaseUntil > now,
        }
      : null,
    thresholds: { deleteThresholdPercent: settings.deleteThresholdPercent, deleteThresholdCount: settings.deleteThresholdCount },
    setup: {
      steps: steps.map((s) => ({ step: s.step, done: s.done, updatedAt: s.updatedAt, updatedByEmail: s.updatedByEmail })),
      stepsDone: steps.filter((s) => s.done).length,
      stepsTotal: 8,
      submittedAt: connection?.submittedAt ?? null,
      connected,
    },
    webhook: webhook
      ? { url: webhook.url, lastDeliveryAt: webhook.lastDeliveryAt, lastDeliveryOk: webhook.lastDeliveryOk, lastDeliveryError: webhook.lastDeliveryError }
      : null,
  };
}
