import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { mappingVersions } from "../schema";
import type { MappingConfig } from "@/lib/mapping/types";

export type MappingVersion = typeof mappingVersions.$inferSelect;

export async function getCurrentMapping(db: DbOrTx, { orgId }: { orgId: string }): Promise<MappingVersion | null> {
  const [row] = await db
    .select()
    .from(mappingVersions)
    .where(eq(mappingVersions.organizationId, orgId))
    .orderBy(desc(mappingVersions.version))
    .limit(1);
  return row ?? null;
}

export async function getMappingVersion(db: DbOrTx, { orgId, version }: { orgId: string; version: number }) {
  const [row] = await db
    .select()
    .from(mappingVersions)
    .where(and(eq(mappingVersions.organizationId, orgId), eq(mappingVersions.version, version)))
    .limit(1);
  return row ?? null;
}

export async function listMappingVersions(db: DbOrTx, { orgId, limit = 20 }: { orgId: string; limit?: number }) {
  return db
    .select({
      version: mappingVersions.version,
      note: mappingVersions.note,
      createdByEmail: mappingVersions.createdByEmail,
      createdAt: mappingVersions.createdAt,
    })
    .from(mappingVersions)
    .where(eq(mappingVersions.organizationId, orgId))
    .orderBy(desc(mappingVersions.version))
    .limit(limit);
}

/** Appends a version; the unique (organization, version) key makes two simultaneous saves collide, not interleave. */
export async function saveMappingVersion(
  db: DbOrTx,
  { orgId, config, actor, note }: { orgId: string; config: MappingConfig; actor: { id: string | null; email: string | null }; note?: string },
) {
  const [row] = await db
    .insert(mappingVersions)
    .values({
      organizationId: orgId,
      version: sql`(select coalesce(max(version), 0) + 1 from ${mappingVersions} where organization_id = ${orgId})`,
      config,
      note: note ?? null,
      createdBy: actor.id,
      createdByEmail: actor.email,
    })
    .returning();
  return row;
}
