"use server";

import { after } from "next/server";
import { revalidatePath } from "next/cache";
import type { Db } from "@/db";
import { getLatestSyncRun } from "@/db/queries/sync-runs";
import { recordAudit } from "@/db/queries/audit";
import { ActionError, orgAction } from "@/lib/actions";
import { recordManualRun } from "@/lib/health/record-run";
import { loadOrgSyncInput } from "@/lib/jobs/sync-input";
import { applySync, isSyncError, previewSync } from "@/lib/sync";
import { applySyncSchema, previewSyncSchema } from "./form-schema";
import { isStalled } from "./sync-view";

// The organization's admin previews and applies; support does it on a customer's behalf.
const ROLES = ["admin", "support"] as const;

/**
 * Starts a preview and answers with its run id as soon as the run exists; the fetch and planning go on
 * after the response (the page polls the run's progress). A second click while one runs joins it.
 */
export const previewSyncAction = orgAction(previewSyncSchema, [...ROLES], async (_input, { db, org, user }) => {
  const latest = await getLatestSyncRun(db, { orgId: org.id });
  if (latest?.status === "running" && !isStalled(latest)) {
    return { runId: latest.id, joined: true };
  }
  const input = await loadOrgSyncInput(db, org.id);
  if (!input) {
    throw new ActionError(
      "Save the Workday connection (report URL, ISU username and password, setup step 7) before previewing a sync.",
      "not_connected",
    );
  }
  const runId = await startPreview(db, org.id, user, input);
  await recordAudit(db, { orgId: org.id, actor: user, action: "sync.previewed", detail: { runId } });
  return { runId, joined: false };
});

function startPreview(db: Db, orgId: string, user: { id: string; email: string }, input: NonNullable<Awaited<ReturnType<typeof loadOrgSyncInput>>>) {
  return new Promise<string>((resolve, reject) => {
    let known = false;
    const running = previewSync(db, {
      orgId,
      mapping: input.mapping,
      mappingVersionId: input.mappingVersionId,
      source: input.source,
      actor: user,
      // The first report comes right after the run's row is written: that is the id the page polls.
      onProgress: (p) => {
        if (known) return;
        known = true;
        resolve(p.runId);
      },
    }).then(
      async (result) => {
        if (!known) resolve(result.runId);
        // A person's run counts for the connection's health and history like a scheduled one.
        await recordManualRun(db, { orgId, runId: result.runId }).catch((e) => console.error("recording the preview's figures failed", e));
      },
      (err) => {
        // previewSync has marked its run failed and logged why; a caller still waiting learns it here.
        if (!known) reject(err);
      },
    );
    // Keeps the preview alive after the response is sent.
    after(running);
  });
}

/** Applies exactly the run the person reviewed, or says why not (stale, busy, held, already applied). */
export const applySyncAction = orgAction(applySyncSchema, [...ROLES], async ({ runId, confirmHeld }, { db, org, user }) => {
  try {
    const result = await applySync(db, { orgId: org.id, runId, actor: user, confirmHeld });
    // Marks the run applied in the health figures, and gives a first sync its default daily schedule.
    await recordManualRun(db, { orgId: org.id, runId });
    revalidatePath(`/orgs/${org.slug}/members`);
    return result;
  } catch (e) {
    if (isSyncError(e)) throw new ActionError(e.message, e.code);
    throw e;
  }
});
