import Link from "next/link";
import { getConnection } from "@/db/queries/connections";
import { listMappingVersions } from "@/db/queries/mappings";
import type { LoadedSnapshot } from "@/lib/connections/report-snapshot";
import { connectionView, whatIsMissing } from "@/lib/connections/test-connection";
import {
  buildRoleValueMap,
  countManagementLevels,
  suggestGroupMapping,
  suggestMapping,
  VALUE_LIST_LIMIT,
  withListedRoles,
  type MappingConfig,
} from "@/lib/mapping";
import { requireOrgAccess } from "@/lib/session";
import { MappingEditor } from "@/components/mapping/mapping-editor";
import { MappingVersions } from "@/components/mapping/mapping-versions";
import { NoSnapshot } from "@/components/mapping/no-snapshot";
import { RefreshFromWorkday } from "@/components/mapping/refresh-from-workday";
import { SnapshotNote } from "@/components/mapping/snapshot-note";
import { loadMappingSource, previewDraft } from "./load-mapping";

export const dynamic = "force-dynamic";

export default async function MappingPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { org, db } = await requireOrgAccess(slug);
  const [connection, source, versions] = await Promise.all([
    getConnection(db, { orgId: org.id }),
    loadMappingSource(db, org.id),
    listMappingVersions(db, { orgId: org.id }),
  ]);
  const missing = whatIsMissing(connection);
  const { users, groups, saved, baseline } = source;

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Field mapping</h1>
          <p className="mt-1 max-w-2xl text-slate-600">
            Which Workday column feeds each 10KC profile field, what the values look like once cleaned, and what needs your attention.
          </p>
        </div>
        <Link href={`/orgs/${org.slug}/sync`} className="text-sm font-medium text-brand underline">
          Next: preview the sync →
        </Link>
      </header>

      <RefreshFromWorkday orgSlug={org.slug} initial={connectionView(connection)} missing={missing} hasSnapshot={!!users} />

      {!users || !baseline ? (
        <NoSnapshot orgSlug={org.slug} missing={missing} />
      ) : (
        <>
          <SnapshotNote
            fetchedAt={users.fetchedAt.toISOString()}
            expiresAt={users.expiresAt.toISOString()}
            rowCount={users.rowCount}
            keptRows={users.keptRows}
            groupRows={groups?.rowCount ?? null}
            saved={saved ? { version: saved.version, by: saved.createdByEmail, at: saved.createdAt.toISOString() } : null}
          />
          <EditorForSnapshot orgSlug={org.slug} users={users} groups={groups} savedVersion={saved?.version ?? 0} baseline={baseline} />
        </>
      )}

      {versions.length > 0 && (
        <MappingVersions
          orgSlug={org.slug}
          versions={versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() }))}
          current={saved?.version ?? null}
        />
      )}
    </div>
  );
}

function EditorForSnapshot({
  orgSlug,
  users,
  groups,
  savedVersion,
  baseline,
}: {
  orgSlug: string;
  users: LoadedSnapshot;
  groups: LoadedSnapshot | null;
  savedVersion: number;
  baseline: MappingConfig;
}) {
  // Levels seen since the mapping was saved get their suggestion in the form, for the admin to confirm.
  const levels = countManagementLevels(users.rows, baseline.columns.managementLevel ?? null);
  const draft: MappingConfig = { ...baseline, roleMap: withListedRoles(baseline.roleMap, buildRoleValueMap(levels.slice(0, VALUE_LIST_LIMIT))) };
  const preview = previewDraft(users, baseline, draft);
  return (
    <MappingEditor
      // A new save or a new fetch starts the form again from what the server holds.
      key={`${savedVersion}-${users.fetchedAt.getTime()}`}
      orgSlug={orgSlug}
      baseVersion={savedVersion}
      initialConfig={draft}
      columns={users.columns}
      groupColumns={groups?.columns ?? null}
      suggestions={suggestMapping(users.columns)}
      groupSuggestion={groups ? suggestGroupMapping(groups.columns).groupName : null}
      initialPreview={preview}
    />
  );
}
