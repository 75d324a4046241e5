/**
 * Apply: exactly the previewed plan, in one transaction, or nothing. Refuses a plan that is stale
 * (members were written since the preview), held and not confirmed, already applied, or busy.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { recordAudit, type Actor } from "@/db/queries/audit";
import { bumpMembersRevision, lockMembersRevision } from "@/db/queries/sync-runs";
import { syncRuns, type SyncCounts } from "@/db/schema";
import { APPLY_STEPS, type ApplyStep } from "./apply-sql";
import { syncErrors } from "./errors";
import { tryLockOrgMembers } from "./org-lock";
import { tuneSyncTransaction } from "./planner";

export interface ApplySyncInput {
  orgId: string;
  runId: string;
  actor: Actor;
  /** A person reviewed the held plan and confirms this very run. */
  confirmHeld?: boolean;
  /** Called after each step inside the transaction; tests throw from it to prove a fault rolls everything back. */
  afterStep?: (step: ApplyStep) => void | Promise<void>;
}

export interface ApplySyncResult {
  runId: string;
  status: "applied";
  counts: SyncCounts;
}

export async function applySync(db: Db, input: ApplySyncInput): Promise<ApplySyncResult> {
  const { orgId, runId, actor } = input;
  const scope = { orgId, runId };
  let applied = false;
  // Shown to pollers before the transaction takes its locks; put back if the apply does not happen.
  await db.execute(
    sql`update sync_runs set stage = 'applying', updated_at = now() where id = ${runId} and organization_id = ${orgId} and status in ('previewed', 'held')`,
  );
  try {
    const result = await db.transaction(async (tx) => {
      if (!(await tryLockOrgMembers(tx, orgId))) throw syncErrors.busy();
      await tuneSyncTransaction(tx);
      const [run] = await tx
        .select()
        .from(syncRuns)
        .where(and(eq(syncRuns.id, runId), eq(syncRuns.organizationId, orgId)))
        .for("update");
      if (!run) throw syncErrors.notFound();
      if (run.status === "applied") throw syncErrors.alreadyApplied();
      if (run.status !== "previewed" && run.status !== "held") throw syncErrors.notFound();
      if (run.status === "held" && !input.confirmHeld) throw syncErrors.held(run.heldReason);
      const revision = await lockMembersRevision(tx, { orgId });
      if (run.baseRevision !== revision) throw syncErrors.stale();

      for (const [name, step] of APPLY_STEPS) {
        await step(tx, scope);
        await input.afterStep?.(name);
      }

      await bumpMembersRevision(tx, { orgId });
      const now = new Date();
      await tx
        .update(syncRuns)
        .set({
          status: "applied",
          stage: "done",
          appliedBy: actor.id,
          appliedByEmail: actor.email,
          appliedAt: now,
          heldConfirmedBy: run.status === "held" ? (actor.email ?? actor.id) : null,
          updatedAt: now,
        })
        .where(eq(syncRuns.id, runId));
      const counts = run.counts!;
      await recordAudit(tx, {
        orgId,
        actor,
        action: "sync.applied",
        detail: { runId, counts, heldConfirmed: run.status === "held" },
      });
      return { runId, status: "applied" as const, counts };
    });
    applied = true;
    return result;
  } finally {
    if (!applied) {
      await db.execute(sql`update sync_runs set stage = 'done' where id = ${runId} and organization_id = ${orgId} and status <> 'applied'`);
    }
  }
}
