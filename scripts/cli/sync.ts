import os from "node:os";
import { getConnection } from "@/db/queries/connections";
import { getCurrentMapping } from "@/db/queries/mappings";
import { findOrganizationBySlug } from "@/db/queries/organizations";
import { decryptPassword } from "@/lib/connections/credentials";
import { env } from "@/lib/env";
import { defaultMappingConfig, firstText, type MappingConfig } from "@/lib/mapping";
import { applySync, previewSync, raasSource, type PreviewSyncResult } from "@/lib/sync";
import type { RawRow } from "@/lib/workday";
import { printJson, requireString, UsageError, type Command } from "./command";
import { openCliDatabase } from "./open-db";

const usage = "Usage: npm run --silent cli -- sync --org SLUG [--apply] [--confirm-deletions]";

/** No saved mapping yet: the suggested one, from the columns and management levels of the first rows. */
function mappingFromSample(sample: RawRow[]): MappingConfig {
  const columns = new Set<string>();
  for (const row of sample) for (const key of Object.keys(row)) columns.add(key);
  const suggested = defaultMappingConfig([...columns]);
  const levelColumn = suggested.columns.managementLevel;
  const levels = new Set<string>();
  if (levelColumn) for (const row of sample) {
    const v = firstText(row[levelColumn]);
    if (v) levels.add(v);
  }
  return defaultMappingConfig([...columns], levels);
}

/** Previews a sync from the organization's saved connection; with --apply, applies that very plan. */
export const sync: Command = {
  usage,
  options: { org: { type: "string" }, apply: { type: "boolean" }, "confirm-deletions": { type: "boolean" } },
  async run(values) {
    const slug = requireString(values, "org", usage);
    const { db, close } = await openCliDatabase();
    try {
      const org = await findOrganizationBySlug(db, slug);
      if (!org) throw new UsageError(`No organization "${slug}".`);
      const connection = await getConnection(db, { orgId: org.id });
      if (!connection?.usersUrl || !connection.username || !connection.passwordBox) {
        throw new UsageError(`Organization "${slug}" has no complete Workday connection; run the connect verb first.`);
      }
      const saved = await getCurrentMapping(db, { orgId: org.id });
      const actor = { id: null, email: `cli:${os.userInfo().username}` };
      const preview: PreviewSyncResult = await previewSync(db, {
        orgId: org.id,
        mapping: saved ? saved.config : mappingFromSample,
        mappingVersionId: saved?.id ?? null,
        source: raasSource({
          usersUrl: connection.usersUrl,
          groupsUrl: connection.groupsUrl,
          username: connection.username,
          password: decryptPassword(connection.passwordBox),
          extraHosts: env().extraHosts,
        }),
        actor,
      });
      let status: "previewed" | "held" | "failed" | "applied" = preview.status;
      const canApply = preview.status === "previewed" || (preview.status === "held" && values["confirm-deletions"] === true);
      if (values.apply && canApply) {
        await applySync(db, { orgId: org.id, runId: preview.runId, actor, confirmHeld: values["confirm-deletions"] === true });
        status = "applied";
      } else if (values.apply && preview.status === "held") {
        process.stderr.write(`Not applied: ${preview.heldReason} Run again with --confirm-deletions to apply it anyway.\n`);
      }
      printJson({ runId: preview.runId, status, counts: preview.counts, heldReason: preview.heldReason, problems: preview.problems });
      return status === "failed" ? 1 : 0;
    } finally {
      await close();
    }
  },
};
