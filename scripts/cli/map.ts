import { getCurrentMapping } from "@/db/queries/mappings";
import { printJson, requireString, type Command } from "./command";
import { withOrganization } from "./open-db";

const usage = "Usage: npm run --silent cli -- map --org SLUG";

/** The organization's saved mapping and value maps. */
export const map: Command = {
  usage,
  options: { org: { type: "string" } },
  async run(values) {
    const slug = requireString(values, "org", usage);
    const current = await withOrganization(slug, (db, org) => getCurrentMapping(db, { orgId: org.id }));
    printJson(
      current
        ? { org: slug, version: current.version, savedAt: current.createdAt, savedBy: current.createdByEmail, ...current.config }
        : { org: slug, version: null, columns: null, groupNameColumn: null, roleMap: {}, statusMap: {} },
    );
    return 0;
  },
};
