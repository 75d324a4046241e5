/**
 * Preview: fetch both reports, clean and stage every row, compute the plan in the database, check the
 * safeguards, and store it as a run (previewed, held, or failed with the fetch's problems and no plan).
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import type { Actor } from "@/db/queries/audit";
import { getSyncSettings } from "@/db/queries/sync-runs";
import { syncRuns, type SyncCounts } from "@/db/schema";
import { cleanGroups, createRowCleaner, type MappingConfig, type RowCleaner } from "@/lib/mapping";
import { isRaasError, problems as workdayProblems, type Problem, type RawRow } from "@/lib/workday";
import { DeferredManagerIndex } from "./deferred-manager-index";
import { countActiveMembers, countPlan, emptyCounts } from "./plan-summary";
import { planGroups, planMemberChanges, planRejections, planRemovals, rejectDuplicateIds, rejectEmailsInUse } from "./plan-sql";
import { RunProgress, type SyncProgress } from "./run-progress";
import { checkSafeguards } from "./safeguards";
import type { ReportSource } from "./source";
import { StagingWriter } from "./stage-rows";
import { analyzeForSync, tuneSyncTransaction } from "./planner";

/** Rows looked at before a mapping derived from the report (no saved mapping yet) is fixed. */
const MAPPING_SAMPLE_ROWS = 500;

export interface PreviewSyncInput {
  orgId: string;
  /** The saved mapping, or a function deriving one from the first rows (an organization that saved none). */
  mapping: MappingConfig | ((sample: RawRow[]) => MappingConfig);
  source: ReportSource;
  actor: Actor;
  mappingVersionId?: string | null;
  onProgress?: (p: SyncProgress) => void;
}

export interface PreviewSyncResult {
  runId: string;
  status: "previewed" | "held" | "failed";
  counts: SyncCounts;
  heldReason: string | null;
  problems: Problem[];
}

export async function previewSync(db: Db, input: PreviewSyncInput): Promise<PreviewSyncResult> {
  const { orgId } = input;
  const [run] = await db
    .insert(syncRuns)
    .values({
      organizationId: orgId,
      createdBy: input.actor.id,
      createdByEmail: input.actor.email,
      mappingVersionId: input.mappingVersionId ?? null,
    })
    .returning({ id: syncRuns.id });
  const runId = run.id;
  const progress = new RunProgress(db, runId, input.onProgress);
  const problems: Problem[] = [];

  try {
    const fetched = await fetchAndStage(db, runId, input, progress);
    if (fetched.userRows === 0) problems.push(workdayProblems.emptyUserReport());
    if (fetched.groupRows === 0) problems.push(workdayProblems.emptyGroupReport());

    // Read before the members are: if an apply lands while planning, the plan is refused as stale.
    const settings = await getSyncSettings(db, { orgId });
    progress.setStage("cleaning");
    // Fresh rows have no statistics; without them the planner picks nested loops that take minutes at 100k rows.
    await analyzeForSync(db, "sync_staged_rows");
    await db.transaction(async (tx) => {
      await tuneSyncTransaction(tx);
      await rejectDuplicateIds(tx, { runId, orgId });
      await rejectEmailsInUse(tx, { runId, orgId });
    });
    progress.setStage("planning");
    await progress.flush();

    const outcome = await db.transaction(async (tx) => {
      await tuneSyncTransaction(tx);
      const scope = { runId, orgId };
      const activeMembers = await countActiveMembers(tx, orgId);
      await planRejections(tx, scope);
      await planMemberChanges(tx, scope);
      await planRemovals(tx, scope);
      if (fetched.groupsKnown) await planGroups(tx, scope, fetched.reportGroups);
      const counts = await countPlan(tx, runId);
      const hold = checkSafeguards({
        counts,
        reportRows: fetched.userRows,
        activeMembers,
        deleteThresholdPercent: settings.deleteThresholdPercent,
        deleteThresholdCount: settings.deleteThresholdCount,
      });
      const status = hold ? ("held" as const) : ("previewed" as const);
      await tx
        .update(syncRuns)
        .set({
          status,
          stage: "done",
          rowsRead: fetched.userRows,
          reportRows: fetched.userRows,
          activeMembers,
          counts,
          heldCode: hold?.code ?? null,
          heldReason: hold?.reason ?? null,
          problems,
          baseRevision: settings.membersRevision,
          previewedAt: new Date(),
          updatedAt: new Date(),
        })
        .where(eq(syncRuns.id, runId));
      return { status, counts, heldReason: hold?.reason ?? null };
    });
    return { runId, ...outcome, problems };
  } catch (err) {
    await progress.flush();
    const failure = isRaasError(err) ? err.problem : workdayProblems.serverError(null, "the sync stopped on an internal error");
    await db
      .update(syncRuns)
      .set({ status: "failed", stage: "done", problems: [...problems, failure], updatedAt: new Date() })
      .where(eq(syncRuns.id, runId));
    if (!isRaasError(err)) {
      console.error(`sync preview ${runId} failed`, err);
      throw err;
    }
    return { runId, status: "failed", counts: emptyCounts(), heldReason: null, problems: [...problems, failure] };
  } finally {
    // The plan keeps what the apply needs; staged rows are only the preview's working space.
    await db.execute(sql`delete from sync_staged_rows where run_id = ${runId}`);
  }
}

interface Fetched {
  userRows: number;
  groupRows: number | null;
  reportGroups: string[];
  /** False when neither report carries groups: memberships and groups are then left alone. */
  groupsKnown: boolean;
}

async function fetchAndStage(db: Db, runId: string, input: PreviewSyncInput, progress: RunProgress): Promise<Fetched> {
  const index = new DeferredManagerIndex();
  let mapping: MappingConfig | null = typeof input.mapping === "function" ? null : input.mapping;
  let cleaner: RowCleaner | null = null;
  let writer: StagingWriter | null = null;
  const sample: RawRow[] = [];
  let rows = 0;

  const start = (m: MappingConfig) => {
    mapping = m;
    cleaner = createRowCleaner(m);
    writer = new StagingWriter(db, runId, Boolean(m.columns.groups));
  };
  const stage = (row: RawRow) => {
    const { profile, problems } = cleaner!(row, index);
    return writer!.add(profile, problems);
  };
  const startFromSample = async () => {
    start((input.mapping as (s: RawRow[]) => MappingConfig)(sample));
    for (const row of sample.splice(0)) await stage(row);
  };
  if (mapping) start(mapping);

  progress.setStage("fetching_users");
  try {
    await input.source.users((row) => {
      progress.setRows(++rows);
      if (cleaner) return stage(row);
      sample.push(row);
      if (sample.length >= MAPPING_SAMPLE_ROWS) return startFromSample();
    });
    if (!cleaner) await startFromSample();
    await writer!.finish();
  } catch (err) {
    await (writer as StagingWriter | null)?.settle();
    throw err;
  }
  progress.setRows(rows);

  const groupColumn = mapping!.groupNameColumn || "group_name";
  const names = new Set<string>();
  let groupRows: number | null = null;
  if (input.source.groups) {
    progress.setStage("fetching_groups");
    groupRows = 0;
    await input.source.groups((row) => {
      groupRows!++;
      for (const name of cleanGroups(row[groupColumn])) names.add(name);
    });
  }
  return {
    userRows: rows,
    groupRows,
    reportGroups: [...names],
    groupsKnown: Boolean(mapping!.columns.groups) || input.source.groups != null,
  };
}
