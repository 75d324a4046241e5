import { getCurrentMapping } from "@/db/queries/mappings";
import { findOrganizationBySlug } from "@/db/queries/organizations";
import { printJson, requireString, UsageError, type Command } from "./command";
import { openCliDatabase } from "./open-db";

const usage = "Usage: npm run --silent cli -- map --org SLUG";

/** The organization's saved mapping and value maps. */
export const map: Command = {
  usage,
  options: { org: { type: "string" } },
  async run(values) {
    const slug = requireString(values, "org", usage);
    const { db, close } = await openCliDatabase();
    try {
      const org = await findOrganizationBySlug(db, slug);
      if (!org) throw new UsageError(`No organization "${slug}".`);
      const current = await getCurrentMapping(db, { orgId: org.id });
      printJson(
        current
          ? { org: slug, version: current.version, savedAt: current.createdAt, savedBy: current.createdByEmail, ...current.config }
          : { org: slug, version: null, columns: null, groupNameColumn: null, roleMap: {}, statusMap: {} },
      );
      return 0;
    } finally {
      await close();
    }
  },
};
