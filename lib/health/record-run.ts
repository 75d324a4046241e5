/**
 * After every run: its figures are stored, the organization's state is worked out again from the
 * recent runs, and a change of state is written to the history and announced (once).
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { getConnection } from "@/db/queries/connections";
import {
  insertHealthTransition,
  insertRunFigures,
  lastSuccessAndAttempt,
  listRecentRunFacts,
  lockConnectionHealth,
  runFiguresExist,
  saveConnectionHealth,
  type NewRunFigures,
} from "@/db/queries/health";
import { ensureDefaultSchedule, getSchedule } from "@/db/queries/schedules";
import { syncRuns, type HealthState, type RunOutcome, type RunTrigger, type StageDurations, type SyncRun } from "@/db/schema";
import type { Problem } from "@/lib/workday/types";
import { announceHealthChange, type AlertChannels, type HealthAlert } from "./alerts";
import { alertFor, evaluateHealth, type HealthVerdict, type RunFact } from "./state";

export interface HealthRefresh extends HealthVerdict {
  previous: HealthState | null;
  changed: boolean;
  alert: HealthAlert | null;
}

export async function refreshHealth(
  db: Db,
  { orgId, now = new Date(), channels }: { orgId: string; now?: Date; channels?: AlertChannels },
): Promise<HealthRefresh> {
  const result = await db.transaction(async (tx) => {
    // Lock first, then read: the verdict is made on runs no other refresh is judging at the same time.
    const current = await lockConnectionHealth(tx, { orgId });
    const connection = await getConnection(tx, { orgId });
    const schedule = await getSchedule(tx, { orgId });
    const facts = await listRecentRunFacts(tx, { orgId });
    const times = await lastSuccessAndAttempt(tx, { orgId });
    const runs: RunFact[] = facts.map((f) => ({
      ...f,
      // A held plan someone confirmed afterwards is an applied one.
      outcome: f.outcome === "held" && f.runStatus === "applied" ? "applied" : f.outcome,
    }));
    const verdict = evaluateHealth({
      connected: !!(connection?.usersUrl && connection.passwordBox),
      paused: schedule?.paused ?? false,
      runs,
      now,
    });
    const last = runs[0];
    const previous = current?.state ?? null;
    const changed = !current || current.state !== verdict.state;
    const alertKind = changed ? alertFor(previous, verdict.state) : null;
    await saveConnectionHealth(tx, {
      organizationId: orgId,
      state: verdict.state,
      reason: verdict.reason,
      since: changed ? now : current!.since,
      consecutiveFailures: verdict.consecutiveFailures,
      lastAttemptAt: times.lastAttemptAt,
      lastSuccessAt: times.lastSuccessAt,
      lastOutcome: last?.outcome ?? null,
      lastErrorCode: last?.outcome === "failed" ? (last.errorCode ?? null) : null,
    });
    if (changed) {
      await insertHealthTransition(tx, { orgId, fromState: previous, toState: verdict.state, reason: verdict.reason, alert: alertKind, at: now });
    }
    const alert: HealthAlert | null = alertKind ? { orgId, kind: alertKind, from: previous, to: verdict.state, reason: verdict.reason, at: now } : null;
    return { ...verdict, previous, changed, alert };
  });
  // Outside the transaction: email and webhooks can be slow, and must not hold the row.
  if (result.alert) {
    await announceHealthChange(db, result.alert, channels).catch((e) => console.error(`health alert for ${orgId} failed:`, e));
  }
  return result;
}

/** Active members once the run's plan is in place: the chart's member line. */
export function membersAfter(run: Pick<SyncRun, "status" | "activeMembers" | "counts">): number | null {
  if (run.activeMembers === null) return null;
  if (run.status !== "applied" || !run.counts) return run.activeMembers;
  const c = run.counts;
  return Math.max(0, run.activeMembers + c.create + c.reactivate - c.deactivate - c.remove);
}

export function firstError(problems: Problem[] | null | undefined): Problem | null {
  return problems?.find((p) => p.severity === "error") ?? null;
}

/** Stores a run's figures and refreshes the organization's state. */
export async function recordRunFigures(db: Db, figures: NewRunFigures, opts: { channels?: AlertChannels; now?: Date } = {}) {
  const row = await insertRunFigures(db, figures);
  // The default schedule (daily) starts with the first applied sync.
  if (figures.outcome === "applied") await ensureDefaultSchedule(db, { orgId: figures.organizationId });
  const health = await refreshHealth(db, { orgId: figures.organizationId, channels: opts.channels, now: opts.now });
  return { figures: row, health };
}

export function outcomeOf(run: Pick<SyncRun, "status">): RunOutcome | null {
  return run.status === "running" ? null : run.status;
}

/**
 * For runs started by a person on the sync page (not through the scheduler): call after the
 * preview, and again after applying it. One row per sync run; a second call updates nothing but the
 * state, so the apply of a previewed plan is seen as "applied" through the join on sync_runs.
 */
export async function recordManualRun(
  db: Db,
  { orgId, runId, trigger = "manual", stages = null, channels }: { orgId: string; runId: string; trigger?: RunTrigger; stages?: StageDurations | null; channels?: AlertChannels },
) {
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId)).limit(1);
  if (!run || run.organizationId !== orgId) return null;
  const outcome = outcomeOf(run);
  if (!outcome) return null;
  if (await runFiguresExist(db, { orgId, syncRunId: runId })) {
    await db.execute(
      // The figures say what the run became: a previewed plan later applied reads as applied.
      sql`update sync_run_figures set outcome = ${outcome}, finished_at = ${(run.appliedAt ?? run.updatedAt).toISOString()}
        where organization_id = ${orgId} and sync_run_id = ${runId}`,
    );
    if (outcome === "applied") await ensureDefaultSchedule(db, { orgId });
    return { health: await refreshHealth(db, { orgId, channels }) };
  }
  const problem = firstError(run.problems);
  const finishedAt = run.appliedAt ?? run.updatedAt;
  return recordRunFigures(
    db,
    {
      organizationId: orgId,
      syncRunId: runId,
      trigger,
      outcome,
      attempts: 1,
      startedAt: run.createdAt,
      finishedAt,
      durationMs: Math.max(0, finishedAt.getTime() - run.createdAt.getTime()),
      stages,
      rowsRead: run.rowsRead,
      counts: run.counts,
      rejected: run.counts?.rejected ?? 0,
      memberCount: membersAfter(run),
      errorCode: outcome === "failed" ? (problem?.code ?? null) : null,
      errorStep: outcome === "failed" ? (problem?.step ?? null) : null,
      errorMessage: outcome === "failed" ? (problem?.message ?? null) : null,
    },
    { channels },
  );
}
