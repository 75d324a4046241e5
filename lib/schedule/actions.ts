/**
 * What admins and support change about syncing: "sync now", pause and resume, the schedule and the
 * safeguard thresholds. Each is written to the audit log with who did it. Role checks belong to the
 * caller (the action wrapper): admins for their own organization, support for any.
 */
import type { Db } from "@/db";
import { recordAudit, type Actor } from "@/db/queries/audit";
import { getConnection } from "@/db/queries/connections";
import { findOrganizationById } from "@/db/queries/organizations";
import { getSchedule, markSyncRequested, saveSchedule, setSchedulePaused } from "@/db/queries/schedules";
import { updateSyncSettings } from "@/db/queries/sync-runs";
import type { ScheduleMode } from "@/db/schema";
import { ActionError } from "@/lib/actions/result";
import { refreshHealth } from "@/lib/health/record-run";
import { DEFAULT_DAILY_AT, isValidDailyAt, nextRunAt, type ScheduleSpec } from "./next-run";
import { pokeScheduler } from "./poke";

async function orgOrThrow(db: Db, orgId: string) {
  const org = await findOrganizationById(db, orgId);
  if (!org) throw new ActionError("This organization does not exist.", "not_found");
  return org;
}

/**
 * Runs a sync (preview, then apply unless a safeguard holds it) as soon as a scheduler picks it up,
 * usually within seconds. Allowed while paused: pausing stops scheduled runs only.
 */
export async function requestSyncNow(db: Db, { orgId, actor }: { orgId: string; actor: Actor }) {
  await orgOrThrow(db, orgId);
  const connection = await getConnection(db, { orgId });
  if (!connection?.usersUrl || !connection.passwordBox) {
    throw new ActionError("Save the Workday connection (report URL, username and password) before syncing.", "not_connected");
  }
  const row = await db.transaction(async (tx) => {
    const saved = await markSyncRequested(tx, { orgId, actor });
    await recordAudit(tx, { orgId, actor, action: "sync.requested", detail: {} });
    return saved;
  });
  pokeScheduler();
  return { requestedAt: row.requestedAt! };
}

export async function pauseSync(db: Db, { orgId, actor, reason }: { orgId: string; actor: Actor; reason?: string }) {
  await orgOrThrow(db, orgId);
  await db.transaction(async (tx) => {
    await setSchedulePaused(tx, { orgId, paused: true, actorEmail: actor.email, actorId: actor.id, nextRunAt: null });
    await recordAudit(tx, { orgId, actor, action: "sync.paused", detail: reason ? { reason } : {} });
  });
  return refreshHealth(db, { orgId });
}

export async function resumeSync(db: Db, { orgId, actor }: { orgId: string; actor: Actor }) {
  const org = await orgOrThrow(db, orgId);
  const current = await getSchedule(db, { orgId });
  const spec: ScheduleSpec = current ?? { mode: "daily", intervalHours: 24, dailyAt: DEFAULT_DAILY_AT };
  // From now: a resumed organization does not fire the runs it missed while paused.
  const next = nextRunAt(spec, org.timeZone, new Date());
  await db.transaction(async (tx) => {
    await setSchedulePaused(tx, { orgId, paused: false, actorEmail: actor.email, actorId: actor.id, nextRunAt: next });
    await recordAudit(tx, { orgId, actor, action: "sync.resumed", detail: {} });
  });
  return refreshHealth(db, { orgId });
}

export interface ScheduleInput {
  mode: ScheduleMode;
  /** 1 to 24, for "interval". */
  intervalHours?: number;
  /** "HH:MM" in the organization's time zone, for "daily". */
  dailyAt?: string;
}

export async function updateSchedule(db: Db, { orgId, actor, schedule }: { orgId: string; actor: Actor; schedule: ScheduleInput }) {
  const org = await orgOrThrow(db, orgId);
  const current = await getSchedule(db, { orgId });
  const intervalHours = schedule.intervalHours ?? current?.intervalHours ?? 24;
  const dailyAt = schedule.dailyAt ?? current?.dailyAt ?? DEFAULT_DAILY_AT;
  if (!["off", "interval", "daily"].includes(schedule.mode)) throw new ActionError("Choose off, every N hours, or daily.", "invalid_schedule");
  if (!Number.isInteger(intervalHours) || intervalHours < 1 || intervalHours > 24) {
    throw new ActionError("Choose an interval from 1 to 24 hours.", "invalid_interval");
  }
  if (!isValidDailyAt(dailyAt)) throw new ActionError("Enter the time of day as HH:MM, for example 03:00.", "invalid_time");
  const spec = { mode: schedule.mode, intervalHours, dailyAt };
  const next = nextRunAt(spec, org.timeZone, new Date());
  const row = await db.transaction(async (tx) => {
    const saved = await saveSchedule(tx, { orgId, ...spec, nextRunAt: next, actorId: actor.id });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "sync.schedule_changed",
      detail: { from: current ? { mode: current.mode, intervalHours: current.intervalHours, dailyAt: current.dailyAt } : null, to: spec },
    });
    return saved;
  });
  return row;
}

export async function updateThresholds(
  db: Db,
  { orgId, actor, deleteThresholdPercent, deleteThresholdCount }: { orgId: string; actor: Actor; deleteThresholdPercent?: number; deleteThresholdCount?: number | null },
) {
  await orgOrThrow(db, orgId);
  if (deleteThresholdPercent !== undefined && (!Number.isInteger(deleteThresholdPercent) || deleteThresholdPercent < 0 || deleteThresholdPercent > 100)) {
    throw new ActionError("The deletion threshold is a whole percentage from 0 to 100.", "invalid_threshold");
  }
  if (deleteThresholdCount !== undefined && deleteThresholdCount !== null && (!Number.isInteger(deleteThresholdCount) || deleteThresholdCount < 0)) {
    throw new ActionError("The deletion count limit is a whole number of members, or empty for none.", "invalid_threshold");
  }
  return db.transaction(async (tx) => {
    const row = await updateSyncSettings(tx, { orgId, deleteThresholdPercent, deleteThresholdCount, actorId: actor.id });
    await recordAudit(tx, { orgId, actor, action: "sync.thresholds_changed", detail: { deleteThresholdPercent, deleteThresholdCount } });
    return row;
  });
}
