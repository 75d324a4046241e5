/**
 * One run for one organization, the same code under pg-boss and in-process: take the
 * organization's run lease, preview, apply when no safeguard holds the plan, retry transient
 * failures with backoff inside the run's window, then record the run's figures and the new state.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { claimRunLease, extendRunLease, markSyncRequested, releaseRunLease } from "@/db/queries/schedules";
import { syncRuns, type RunOutcome, type StageDurations, type SyncStage } from "@/db/schema";
import { recordRunFigures, refreshHealth, firstError, membersAfter } from "@/lib/health/record-run";
import type { AlertChannels } from "@/lib/health/alerts";
import { DEFAULT_BACKOFF, retryDecision, type BackoffPolicy } from "@/lib/schedule/backoff";
import type { SyncJob } from "@/lib/schedule/due";
import { applySync, isSyncError, previewSync } from "@/lib/sync";
import { loadOrgSyncInput, type LoadSyncInput } from "./sync-input";

/** A crashed worker's lease is taken over this long after its window closed. */
const LEASE_MARGIN_MS = 60 * 60_000;

export interface RunSyncDeps {
  loadInput?: LoadSyncInput;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  backoff?: BackoffPolicy;
  random?: () => number;
  channels?: AlertChannels;
}

export type RunSyncResult =
  | { status: "busy" | "not_connected" }
  | { status: RunOutcome; syncRunId: string | null; attempts: number; errorCode: string | null };

interface Attempt {
  outcome: RunOutcome;
  syncRunId: string | null;
  errorCode: string | null;
  errorStep: number | null;
  errorMessage: string | null;
  stages: StageDurations;
}

const sleepFor = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runSyncJob(db: Db, job: SyncJob, deps: RunSyncDeps = {}): Promise<RunSyncResult> {
  const now = deps.now ?? Date.now;
  const token = randomUUID();
  const leaseMs = () => Math.max(0, job.windowEndsAt - now()) + LEASE_MARGIN_MS;
  if (!(await claimRunLease(db, { orgId: job.orgId, token, leaseMs: leaseMs() }))) {
    // Another run of this organization is going. A person's "sync now" waits for it and runs after
    // (it may follow a fix in Workday); a scheduled slot is covered by the run in progress.
    if (job.trigger === "manual") await markSyncRequested(db, { orgId: job.orgId, actor: job.actor });
    return { status: "busy" };
  }
  try {
    const startedAt = new Date(now());
    let attempts = 0;
    let last: Attempt;
    for (;;) {
      attempts++;
      const input = await (deps.loadInput ?? loadOrgSyncInput)(db, job.orgId);
      if (!input) {
        await refreshHealth(db, { orgId: job.orgId, channels: deps.channels });
        return { status: "not_connected" };
      }
      last = await attempt(db, job, input, now);
      if (last.outcome !== "failed") break;
      const decision = retryDecision(
        { code: last.errorCode, attempt: attempts, now: now(), windowEndsAt: job.windowEndsAt },
        deps.backoff ?? DEFAULT_BACKOFF,
        deps.random,
      );
      if (!decision.retry) break;
      await extendRunLease(db, { orgId: job.orgId, token, leaseMs: leaseMs() });
      await (deps.sleep ?? sleepFor)(decision.delayMs);
    }
    const finishedAt = new Date(now());
    const [run] = last.syncRunId ? await db.select().from(syncRuns).where(eq(syncRuns.id, last.syncRunId)).limit(1) : [];
    await recordRunFigures(
      db,
      {
        organizationId: job.orgId,
        syncRunId: last.syncRunId,
        trigger: job.trigger,
        outcome: last.outcome,
        attempts,
        startedAt,
        finishedAt,
        durationMs: finishedAt.getTime() - startedAt.getTime(),
        stages: last.stages,
        rowsRead: run?.rowsRead ?? 0,
        counts: run?.counts ?? null,
        rejected: run?.counts?.rejected ?? 0,
        memberCount: run ? membersAfter(run) : null,
        errorCode: last.errorCode,
        errorStep: last.errorStep,
        errorMessage: last.errorMessage,
      },
      { channels: deps.channels },
    );
    return { status: last.outcome, syncRunId: last.syncRunId, attempts, errorCode: last.errorCode };
  } finally {
    await releaseRunLease(db, { orgId: job.orgId, token }).catch((e) => console.error(`releasing the run lease of ${job.orgId} failed:`, e));
  }
}

const STAGE_KEY: Partial<Record<SyncStage, keyof StageDurations>> = {
  fetching_users: "fetchUsersMs",
  fetching_groups: "fetchGroupsMs",
  cleaning: "cleanMs",
  planning: "planMs",
  applying: "applyMs",
};

/** Times each stage from the engine's progress reports (a new stage is reported at once). */
class StageClock {
  readonly stages: StageDurations = { fetchUsersMs: 0, fetchGroupsMs: 0, cleanMs: 0, planMs: 0, applyMs: 0 };
  private stage: SyncStage = "fetching_users";
  private since: number;
  constructor(private readonly now: () => number) {
    this.since = now();
  }
  enter(stage: SyncStage) {
    if (stage === this.stage) return;
    this.stop();
    this.stage = stage;
  }
  stop() {
    const key = STAGE_KEY[this.stage];
    const t = this.now();
    if (key) this.stages[key] += t - this.since;
    this.since = t;
  }
}

async function attempt(db: Db, job: SyncJob, input: NonNullable<Awaited<ReturnType<LoadSyncInput>>>, now: () => number): Promise<Attempt> {
  const clock = new StageClock(now);
  const failed = (syncRunId: string | null, code: string, message: string, step: number | null = null): Attempt => ({
    outcome: "failed",
    syncRunId,
    errorCode: code,
    errorStep: step,
    errorMessage: message,
    stages: clock.stages,
  });
  let preview;
  try {
    preview = await previewSync(db, {
      orgId: job.orgId,
      mapping: input.mapping,
      mappingVersionId: input.mappingVersionId,
      source: input.source,
      actor: job.actor,
      onProgress: (p) => clock.enter(p.stage),
    });
  } catch (e) {
    // previewSync has marked its run failed and logged the cause; nothing here can be retried.
    clock.stop();
    return failed(null, "internal_error", `The sync stopped on an internal error: ${(e as Error).message}`);
  }
  clock.stop();
  if (preview.status === "failed") {
    const p = firstError(preview.problems);
    return failed(preview.runId, p?.code ?? "internal_error", p?.message ?? "The sync failed.", p?.step ?? null);
  }
  if (preview.status === "held") {
    return { outcome: "held", syncRunId: preview.runId, errorCode: null, errorStep: null, errorMessage: null, stages: clock.stages };
  }
  clock.enter("applying");
  try {
    await applySync(db, { orgId: job.orgId, runId: preview.runId, actor: job.actor });
  } catch (e) {
    clock.stop();
    // Busy or stale (another writer got there first) are retried with a fresh preview; see backoff.ts.
    if (isSyncError(e)) return failed(preview.runId, e.code, e.message);
    return failed(preview.runId, "internal_error", `Applying the plan failed: ${(e as Error).message}`);
  }
  clock.stop();
  return { outcome: "applied", syncRunId: preview.runId, errorCode: null, errorStep: null, errorMessage: null, stages: clock.stages };
}
