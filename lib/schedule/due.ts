/**
 * The scheduler's tick: which organizations should sync now. Every app instance may tick; rows are
 * taken with FOR UPDATE SKIP LOCKED and moved on (next_run_at advanced, requested_at cleared) in the
 * same transaction, so a due run is handed out once however many instances tick together.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db";
import type { Actor } from "@/db/queries/audit";
import type { RunTrigger, ScheduleMode } from "@/db/schema";
import { nextRunAt, runWindowMs } from "./next-run";

export interface SyncJob {
  orgId: string;
  trigger: RunTrigger;
  actor: Actor;
  /** Epoch ms: retries stop once this passes. */
  windowEndsAt: number;
}

/** A requested "sync now" may retry for this long. */
export const MANUAL_WINDOW_MS = 15 * 60_000;
export const SCHEDULER_ACTOR: Actor = { id: null, email: "scheduled sync" };

interface DueRow {
  organization_id: string;
  mode: ScheduleMode;
  interval_hours: number;
  daily_at: string;
  next_run_at: string | Date | null;
  last_scheduled_at: string | Date | null;
  requested_at: string | Date | null;
  requested_by_id: string | null;
  requested_by_email: string | null;
  time_zone: string;
  paused: boolean;
  applied: boolean;
}

const asDate = (v: string | Date | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

export async function claimDueWork(db: Db, { now = new Date(), limit = 50 }: { now?: Date; limit?: number } = {}): Promise<SyncJob[]> {
  return db.transaction(async (tx) => {
    const rows = rowsOf<DueRow>(
      await tx.execute(sql`
        select s.organization_id, s.mode, s.interval_hours, s.daily_at, s.next_run_at, s.last_scheduled_at,
          s.requested_at, s.requested_by_id, s.requested_by_email, s.paused, o.time_zone,
          exists (select 1 from sync_runs r where r.organization_id = s.organization_id and r.status = 'applied') as applied
        from sync_schedules s join organizations o on o.id = s.organization_id
        where s.requested_at is not null
          or (s.paused = false and s.mode <> 'off' and (s.next_run_at is null or s.next_run_at <= ${now.toISOString()}))
        order by coalesce(s.requested_at, s.next_run_at) nulls first
        limit ${limit}
        for update of s skip locked`),
    );
    const jobs: SyncJob[] = [];
    for (const r of rows) {
      const spec = { mode: r.mode, intervalHours: r.interval_hours, dailyAt: r.daily_at };
      const requested = asDate(r.requested_at) !== null;
      const scheduledNext = asDate(r.next_run_at);
      const active = !r.paused && r.mode !== "off";
      const pastDue = active && (scheduledNext === null || scheduledNext.getTime() <= now.getTime());
      // Scheduled runs start only after a person applied a first sync (the wizard's last step);
      // before that a passing slot is skipped, not kept due.
      const due = pastDue && scheduledNext !== null && r.applied;
      const lastScheduled = due ? now : asDate(r.last_scheduled_at);
      const next = pastDue ? nextRunAt(spec, r.time_zone, now, lastScheduled) : scheduledNext;
      await tx.execute(sql`
        update sync_schedules set
          next_run_at = ${next ? next.toISOString() : null},
          last_scheduled_at = ${lastScheduled ? lastScheduled.toISOString() : null},
          requested_at = null, requested_by_id = null, requested_by_email = null
        where organization_id = ${r.organization_id}`);
      if (requested) {
        jobs.push({
          orgId: r.organization_id,
          trigger: "manual",
          actor: { id: r.requested_by_id, email: r.requested_by_email },
          windowEndsAt: now.getTime() + MANUAL_WINDOW_MS,
        });
      } else if (due) {
        jobs.push({ orgId: r.organization_id, trigger: "scheduled", actor: SCHEDULER_ACTOR, windowEndsAt: now.getTime() + runWindowMs(spec) });
      }
    }
    return jobs;
  });
}
