import { getMembersForCli } from "@/db/queries/members";
import { printJson, requireString, type Command } from "./command";
import { withOrganization } from "./open-db";

const usage = "Usage: npm run --silent cli -- members --org SLUG";

/** Every member of the organization with the profile field keys, state and groups. */
export const members: Command = {
  usage,
  options: { org: { type: "string" } },
  async run(values) {
    const slug = requireString(values, "org", usage);
    await withOrganization(slug, async (db, org) => printJson(await getMembersForCli(db, org.id)));
    return 0;
  },
};
