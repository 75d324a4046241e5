import { env } from "@/lib/env";
import { checkReports, type ReportCheck } from "@/lib/workday";
import { printJson, requireString, type Command } from "./command";
import { readPassword } from "./read-password";

const usage = "Usage: npm run --silent cli -- check --users-url URL [--groups-url URL] --username NAME  (password from WORKDAY_PASSWORD)";

/** The stable contract: ok, rows, columns, mapping, problems per report. */
function contract(check: ReportCheck) {
  return { ok: check.ok, rows: check.rows, columns: check.columns, mapping: check.mapping, problems: check.problems };
}

export const check: Command = {
  usage,
  options: { "users-url": { type: "string" }, "groups-url": { type: "string" }, username: { type: "string" } },
  async run(values) {
    const usersUrl = requireString(values, "users-url", usage);
    const username = requireString(values, "username", usage);
    const password = await readPassword();
    const result = await checkReports({
      usersUrl,
      groupsUrl: (values["groups-url"] as string | undefined) ?? null,
      username,
      password,
      extraHosts: env().extraHosts,
    });
    printJson({ ok: result.ok, users: contract(result.users), groups: result.groups ? contract(result.groups) : null });
    return result.ok ? 0 : 1;
  },
};
