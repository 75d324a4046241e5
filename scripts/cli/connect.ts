import { recordAudit } from "@/db/queries/audit";
import { saveMappingVersion } from "@/db/queries/mappings";
import { createOrganization, findOrganizationBySlug } from "@/db/queries/organizations";
import { saveConnectionSettings } from "@/lib/connections/save-connection";
import { env } from "@/lib/env";
import { defaultMappingConfig } from "@/lib/mapping";
import { checkReports } from "@/lib/workday";
import { printJson, requireString, type Command } from "./command";
import { openCliDatabase } from "./open-db";
import { readPassword } from "./read-password";

const usage =
  "Usage: npm run --silent cli -- connect --org SLUG [--name NAME] --users-url URL --groups-url URL --username NAME  (password from WORKDAY_PASSWORD)";
const CLI_ACTOR = { id: null, email: "cli" };

/** Creates the organization if needed, saves its connection and the suggested mapping. */
export const connect: Command = {
  usage,
  options: {
    org: { type: "string" },
    name: { type: "string" },
    "users-url": { type: "string" },
    "groups-url": { type: "string" },
    username: { type: "string" },
  },
  async run(values) {
    const slug = requireString(values, "org", usage);
    const usersUrl = requireString(values, "users-url", usage);
    const username = requireString(values, "username", usage);
    const groupsUrl = (values["groups-url"] as string | undefined) ?? "";
    const password = await readPassword();
    const { db, close } = await openCliDatabase();
    try {
      let org = await findOrganizationBySlug(db, slug);
      if (!org) {
        org = await createOrganization(db, { slug, name: (values.name as string | undefined) ?? slug });
        await recordAudit(db, { orgId: org.id, actor: CLI_ACTOR, action: "organization.created" });
      }
      await saveConnectionSettings(db, { orgId: org.id, usersUrl, groupsUrl, username, password, actor: CLI_ACTOR });
      const check = await checkReports({ usersUrl, groupsUrl: groupsUrl || null, username, password, extraHosts: env().extraHosts });
      if (!check.ok) {
        printJson({ org: slug, ok: false, problems: [...check.users.problems, ...(check.groups?.problems ?? [])] });
        return 1;
      }
      const config = defaultMappingConfig(check.users.columns, [], check.groups?.columns);
      await saveMappingVersion(db, { orgId: org.id, config, actor: CLI_ACTOR, note: "Suggested by connect" });
      printJson({ org: slug, ok: true });
      return 0;
    } finally {
      await close();
    }
  },
};
