"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/queries/audit";
import { getCurrentMapping, getMappingVersion, saveMappingVersion } from "@/db/queries/mappings";
import { ActionError, orgAction } from "@/lib/actions";
import { USER_FIELD_KEYS, type MappingConfig } from "@/lib/mapping";
import { mappingFormSchema, restoreVersionSchema } from "./form-schema";
import { loadMappingSource, previewDraft } from "./load-mapping";

// The organization's admin maps its fields; support does it on a customer's behalf.
const ROLES = ["admin", "support"] as const;

function configOf({ orgSlug: _slug, baseVersion: _base, ...config }: { orgSlug: string; baseVersion: number } & MappingConfig): MappingConfig {
  return config;
}

/** Fields whose column differs, for the audit trail. */
function changedFields(before: MappingConfig | null, after: MappingConfig) {
  return USER_FIELD_KEYS.filter((k) => (before?.columns[k] ?? null) !== (after.columns[k] ?? null));
}

/**
 * The draft's statistics and sample rows over the last fetched report, and how many rows' cleaned
 * values it changes against the saved mapping. Nothing is saved and Workday is not called.
 */
export const previewMappingDraftAction = orgAction(mappingFormSchema, [...ROLES], async (input, { db, org }) => {
  const source = await loadMappingSource(db, org.id);
  if (!source.users || !source.baseline) {
    throw new ActionError("There is no fetched report to preview any more. Refresh from Workday.", "no_snapshot");
  }
  return previewDraft(source.users, source.baseline, configOf(input));
});

export const saveMappingAction = orgAction(mappingFormSchema, [...ROLES], async (input, { db, org, user }) => {
  const config = configOf(input);
  const saved = await db.transaction(async (tx) => {
    const current = await getCurrentMapping(tx, { orgId: org.id });
    // Two people editing at once: the second save would silently undo the first one's choices.
    if ((current?.version ?? 0) !== input.baseVersion) {
      throw new ActionError(
        `${current?.createdByEmail ?? "Someone"} saved version ${current?.version} while you were editing. Reload the page to see it, then make your change again.`,
        "stale_mapping",
      );
    }
    const row = await saveMappingVersion(tx, { orgId: org.id, config, actor: user });
    await recordAudit(tx, {
      orgId: org.id,
      actor: user,
      action: "mapping.saved",
      detail: { version: row.version, changedFields: changedFields(current?.config ?? null, config) },
    });
    return row;
  });
  revalidatePath(`/orgs/${org.slug}/mapping`);
  return { version: saved.version };
});

/** Restoring appends the old config as a new version, so the history never loses a step. */
export const restoreMappingVersionAction = orgAction(restoreVersionSchema, [...ROLES], async ({ version }, { db, org, user }) => {
  const saved = await db.transaction(async (tx) => {
    const old = await getMappingVersion(tx, { orgId: org.id, version });
    if (!old) throw new ActionError(`Version ${version} does not exist.`, "no_such_version");
    const row = await saveMappingVersion(tx, { orgId: org.id, config: old.config, actor: user, note: `Restored version ${version}` });
    await recordAudit(tx, { orgId: org.id, actor: user, action: "mapping.restored", detail: { from: version, version: row.version } });
    return row;
  });
  revalidatePath(`/orgs/${org.slug}/mapping`);
  return { version: saved.version };
});
