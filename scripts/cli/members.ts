import { getMembersForCli } from "@/db/queries/members";
import { findOrganizationBySlug } from "@/db/queries/organizations";
import { printJson, requireString, UsageError, type Command } from "./command";
import { openCliDatabase } from "./open-db";

const usage = "Usage: npm run --silent cli -- members --org SLUG";

/** Every member of the organization with the profile field keys, state and groups. */
export const members: Command = {
  usage,
  options: { org: { type: "string" } },
  async run(values) {
    const slug = requireString(values, "org", usage);
    const { db, close } = await openCliDatabase();
    try {
      const org = await findOrganizationBySlug(db, slug);
      if (!org) throw new UsageError(`No organization "${slug}".`);
      printJson(await getMembersForCli(db, org.id));
      return 0;
    } finally {
      await close();
    }
  },
};
