/**
 * What a run needs from the organization's saved setup: the report source (with the ISU password
 * decrypted only here, in memory) and the mapping. Read again for every attempt, so a password
 * fixed between two retries is used by the next one.
 */
import type { DbOrTx } from "@/db";
import { getConnection } from "@/db/queries/connections";
import { getCurrentMapping } from "@/db/queries/mappings";
import { decryptPassword } from "@/lib/connections/credentials";
import { env } from "@/lib/env";
import { defaultMappingConfig, firstText, type MappingConfig } from "@/lib/mapping";
import { raasSource, type ReportSource } from "@/lib/sync";
import type { RawRow } from "@/lib/workday";

export interface OrgSyncInput {
  source: ReportSource;
  mapping: MappingConfig | ((sample: RawRow[]) => MappingConfig);
  mappingVersionId: string | null;
}

export type LoadSyncInput = (db: DbOrTx, orgId: string) => Promise<OrgSyncInput | null>;

/** No saved mapping yet: the suggested one, from the first rows (as the sync command line does). */
export function mappingFromSample(sample: RawRow[]): MappingConfig {
  const columns = new Set<string>();
  for (const row of sample) for (const key of Object.keys(row)) columns.add(key);
  const suggested = defaultMappingConfig([...columns]);
  const levelColumn = suggested.columns.managementLevel;
  const levels = new Set<string>();
  if (levelColumn) {
    for (const row of sample) {
      const v = firstText(row[levelColumn]);
      if (v) levels.add(v);
    }
  }
  return defaultMappingConfig([...columns], levels);
}

/** Null when the organization has no complete connection (URL, username and password). */
export const loadOrgSyncInput: LoadSyncInput = async (db, orgId) => {
  const connection = await getConnection(db, { orgId });
  if (!connection?.usersUrl || !connection.username || !connection.passwordBox) return null;
  const saved = await getCurrentMapping(db, { orgId });
  return {
    source: raasSource({
      usersUrl: connection.usersUrl,
      groupsUrl: connection.groupsUrl,
      username: connection.username,
      password: decryptPassword(connection.passwordBox),
      extraHosts: env().extraHosts,
    }),
    mapping: saved ? saved.config : mappingFromSample,
    mappingVersionId: saved?.id ?? null,
  };
};
