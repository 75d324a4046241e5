import type { Db } from "@/db";
import { getCurrentMapping } from "@/db/queries/mappings";
import { loadSnapshot, type LoadedSnapshot } from "@/lib/connections/report-snapshot";
import { buildMappingPreview, startingMappingConfig, type MappingConfig } from "@/lib/mapping";

export interface MappingSource {
  users: LoadedSnapshot | null;
  groups: LoadedSnapshot | null;
  saved: Awaited<ReturnType<typeof getCurrentMapping>>;
  /** What a draft is compared with: the saved mapping, or the suggestions when none is saved. */
  baseline: MappingConfig | null;
}

/** The last fetched reports and the saved mapping; nothing is fetched from Workday here. */
export async function loadMappingSource(db: Db, orgId: string): Promise<MappingSource> {
  const [users, groups, saved] = await Promise.all([
    loadSnapshot(db, { orgId, report: "users" }),
    loadSnapshot(db, { orgId, report: "groups" }),
    getCurrentMapping(db, { orgId }),
  ]);
  const baseline = saved?.config ?? (users ? startingMappingConfig(users, groups) : null);
  return { users, groups, saved, baseline };
}

/** A draft's statistics and sample rows, and how many rows it would change against the baseline. */
export function previewDraft(users: LoadedSnapshot, baseline: MappingConfig, draft: MappingConfig) {
  return buildMappingPreview(users.rows, draft, { baseline });
}
